import type { DocumentReport } from './report-data'
import type { Before } from './render-report'
import type { Verdict } from './klarsprakstest'
import { escapeHtml as h } from './escape'

/** What got better and what got worse since the version compared with, one Swedish line each. */
export interface Changes {
  better: string[]
  worse: string[]
}

const VERDICT_RANK: Record<Verdict, number> = { 'behöver arbete': 0, 'kan förbättras': 1, bra: 2 }

/**
 * Compares a document's report with the figures of an earlier version: LIX, the number of
 * findings per rule (fewer is better) and the Klarspråkstest's verdicts. Only what changed is
 * listed; the finding counts and verdicts need a `before` that carries them (both --compare a
 * file and --compare a git version do).
 */
export function compareChanges(r: DocumentReport, before: Before): Changes {
  const out: Changes = { better: [], worse: [] }
  const put = (improved: boolean, line: string) => (improved ? out.better : out.worse).push(line)
  const lixNow = Math.round(r.metrics.lix)
  const lixThen = Math.round(before.lix)
  if (lixNow !== lixThen) put(lixNow < lixThen, `LIX: ${lixThen} → ${lixNow}`)
  if (before.findings) {
    const now = countByRule(r.findings)
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((n, c) => n + c, 0)
    if (total(now) !== total(before.findings)) put(total(now) < total(before.findings), `Fynd totalt: ${total(before.findings)} → ${total(now)}`)
    const ids = [...new Set([...Object.keys(now), ...Object.keys(before.findings)])]
    const rows = ids
      .map((id) => ({ id, then: before.findings![id] ?? 0, now: now[id] ?? 0 }))
      .filter((x) => x.then !== x.now)
      .sort((a, b) => Math.abs(b.now - b.then) - Math.abs(a.now - a.then) || a.id.localeCompare(b.id))
    for (const x of rows) put(x.now < x.then, `${x.id}: ${x.then} → ${x.now}`)
  }
  if (before.verdicts) {
    for (const a of r.klarsprakstest ?? []) {
      const then = before.verdicts[a.id]
      if (then === undefined || then === a.verdict || then === null || a.verdict === null) continue
      put(VERDICT_RANK[a.verdict] > VERDICT_RANK[then], `${a.question} ${then} → ${a.verdict}`)
    }
  }
  return out
}

/** Findings per rule, as a report and `before` count them. */
export function countByRule(findings: ReadonlyArray<{ ruleId: string }>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1
  return counts
}

function heading(label: string | undefined): string {
  return label ? `Jämfört med ${label}` : 'Jämförelse'
}

export function compareHtml(r: DocumentReport, before: Before, label?: string): string {
  const c = compareChanges(r, before)
  const list = (title: string, lines: string[]) => (lines.length ? `<h3>${title}</h3><ul>${lines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : '')
  const nothing = c.better.length + c.worse.length === 0 ? '<p>Inga skillnader i LIX, fynd eller klarspråkstest.</p>' : ''
  return `<section aria-labelledby="compare"><h2 id="compare">${h(heading(label))}</h2>${list('Bättre', c.better)}${list('Sämre', c.worse)}${nothing}</section>`
}

export function compareMarkdown(r: DocumentReport, before: Before, label: string | undefined, level: string): string[] {
  const c = compareChanges(r, before)
  const lines = [`${level} ${heading(label)}`, '']
  if (c.better.length) lines.push('Bättre:', '', ...c.better.map((l) => `- ${l}`), '')
  if (c.worse.length) lines.push('Sämre:', '', ...c.worse.map((l) => `- ${l}`), '')
  if (c.better.length + c.worse.length === 0) lines.push('Inga skillnader i LIX, fynd eller klarspråkstest.', '')
  return lines
}


/** What a report keeps of the version it is compared with: its figures, findings per rule and verdicts. */
export function beforeOf(r: DocumentReport): Before {
  return {
    lix: r.metrics.lix,
    words: r.metrics.words,
    sentences: r.metrics.sentences,
    findings: countByRule(r.findings),
    verdicts: Object.fromEntries((r.klarsprakstest ?? []).map((a) => [a.id, a.verdict])),
  }
}
