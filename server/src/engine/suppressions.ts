import type { DocumentFormat, Finding } from './types'

interface Suppression {
  start: number
  end: number
  /** Rule ids, or undefined for every rule. */
  rules?: Set<string>
}

/** The directive words, for the expressions below. */
const NAME = String.raw`klarsprak-(?:disable-next-line|disable|enable)\b`
const DIRECTIVE = /klarsprak-(disable-next-line|disable|enable)\b([^\n]*)/
const COMMENT_DIRECTIVE = new RegExp(String.raw`<!--\s*(${NAME}[^>]*?)\s*-->`, 'g')
const PLAIN_DIRECTIVE = new RegExp(String.raw`^[ \t]*(${NAME}[^\n]*)$`, 'gm')
const DIRECTIVE_LINE_START = new RegExp(String.raw`^[ \t]*(?:${NAME}|klarsprak-language\b)`)

/** A plain-text line that is a directive (the language one too): an instruction, not prose (plain-blocks leaves it out). */
export function isDirectiveLine(line: string): boolean {
  return DIRECTIVE_LINE_START.test(line)
}

/**
 * In-document control, as in ESLint: `<!-- klarsprak-disable-next-line rule-id -->`,
 * `<!-- klarsprak-disable rule-id -->` … `<!-- klarsprak-enable -->` in Markdown and HTML, and the same
 * words on a line of their own in plain text. Without rule ids they apply to every rule.
 */
export function findSuppressions(text: string, format: DocumentFormat): Suppression[] {
  if (!text.includes('klarsprak-')) return []
  const directives: Array<{ kind: string; rules?: Set<string>; start: number; end: number }> = []
  for (const m of text.matchAll(format === 'plaintext' ? PLAIN_DIRECTIVE : COMMENT_DIRECTIVE)) {
    const d = DIRECTIVE.exec(m[1])
    if (d) directives.push({ kind: d[1], rules: ruleSet(d[2]), start: m.index, end: m.index + m[0].length })
  }
  const out: Suppression[] = []
  const open: Array<{ start: number; rules?: Set<string> }> = []
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const lineEnd = text.indexOf('\n', d.end)
      if (lineEnd < 0) continue
      const nextEnd = text.indexOf('\n', lineEnd + 1)
      out.push({ start: lineEnd + 1, end: nextEnd < 0 ? text.length : nextEnd, rules: d.rules })
    } else if (d.kind === 'disable') {
      open.push({ start: d.end, rules: d.rules })
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        if (!d.rules || (open[i].rules && [...open[i].rules!].every((r) => d.rules!.has(r)))) {
          out.push({ start: open[i].start, end: d.start, rules: open[i].rules })
          open.splice(i, 1)
        }
      }
    }
  }
  for (const o of open) out.push({ start: o.start, end: text.length, rules: o.rules })
  return out
}

/** Drops the findings a directive switched off. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): Finding[] {
  if (suppressions.length === 0) return findings
  return findings.filter((f) => !suppressions.some((s) => f.offset >= s.start && f.offset < s.end && (!s.rules || s.rules.has(f.ruleId))))
}

function ruleSet(raw: string): Set<string> | undefined {
  const ids = raw.replace(/--.*$/, '').split(/[\s,]+/).filter((w) => /^[a-z][a-z-]*$/.test(w))
  return ids.length > 0 ? new Set(ids) : undefined
}
