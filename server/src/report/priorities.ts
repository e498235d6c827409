import type { Place } from '../files/office/place'
import type { Severity } from '../engine/types'
import { actionFor } from './rule-actions'
import { readability } from '../rules/readability'

/** One thing to do first: the findings of one rule (its hints left out), with where it first stands. */
export interface Priority {
  ruleId: string
  /** The gravest severity among the findings: it gives the weight. */
  severity: Severity
  /** The findings per severity, when they differ ({ warning: 1, info: 2 }). */
  bySeverity?: Partial<Record<Severity, number>>
  /** What to do, in Swedish ("Dela upp de långa meningarna"). */
  action: string
  count: number
  /** The share of the Swedish sentences the findings stand in, in percent (the whole text for a document-wide finding). */
  reach: number
  /** The ranking score (see rankPriorities); kept so the order can be checked. */
  score: number
  /** Up to three different texts the findings cover ("erhålla", "tillhandahålla"). */
  examples: string[]
  /** Where the first finding stands; a Word file or PDF gives its paragraph or page too. */
  first: { path: string; line: number; column: number; offset: number; endOffset: number; place?: Place }
  /** In a folder's report: how many files have it. */
  files?: number
}

/** What the report opens with: at most five things to do, and the hints summed up. */
export interface Priorities {
  top: Priority[]
  /** Other kinds of findings (not hints) that did not make the five; they are in the full list. */
  more: number
  /** Hints are low-weight advice: counted per rule here, listed one by one only in the full list. */
  hints: { count: number; rules: Array<{ ruleId: string; count: number }> }
}

/** What ranking needs of one document: its findings and where its Swedish sentences start, in order. */
export interface RankSource {
  path: string
  findings: ReadonlyArray<{ ruleId: string; severity: Severity; actual: string; line: number; column: number; offset: number; endOffset: number; place?: Place }>
  sentenceStarts: readonly number[]
}

/** How much one finding weighs by its severity. Hints are not ranked; they are summed up. */
export const SEVERITY_WEIGHT: Record<Exclude<Severity, 'hint'>, number> = { error: 8, warning: 4, info: 2 }
/** Findings about the whole text (its LIX) touch every sentence. */
const DOCUMENT_WIDE = new Set([readability.id])
const TOP = 5

/**
 * Ranks the findings by how much fixing them would help. The findings of one rule (hints left
 * out) form one thing to do, scored
 *
 *   weight(gravest severity) × (1 + log2(count)) × (1 + share of the sentences they stand in)
 *
 * with weights error 8, warning 4, info 2: the severity counts most, each doubling of the count
 * adds one more weight, and a rule that touches the whole text can count up to twice as much as
 * one that touches a corner. Ties go to the graver severity, then the larger count, then the
 * earlier place. Hints are never ranked: they are summed up per rule.
 */
export function rankPriorities(sources: readonly RankSource[]): Priorities {
  const groups = new Map<string, { ruleId: string; severity: Severity; bySeverity: Partial<Record<Severity, number>>; count: number; touched: number; examples: string[]; first?: Priority['first']; files: Set<string> }>()
  const hintCounts = new Map<string, number>()
  let sentences = 0
  for (const source of sources) {
    sentences += source.sentenceStarts.length
    const touched = new Map<string, Set<number>>()
    for (const f of source.findings) {
      if (f.severity === 'hint') {
        hintCounts.set(f.ruleId, (hintCounts.get(f.ruleId) ?? 0) + 1)
        continue
      }
      const key = f.ruleId
      let g = groups.get(key)
      if (!g) groups.set(key, (g = { ruleId: f.ruleId, severity: f.severity, bySeverity: {}, count: 0, touched: 0, examples: [], files: new Set() }))
      g.count++
      g.bySeverity[f.severity] = (g.bySeverity[f.severity] ?? 0) + 1
      if (SEVERITY_WEIGHT[f.severity] > SEVERITY_WEIGHT[g.severity as Exclude<Severity, 'hint'>]) g.severity = f.severity
      g.files.add(source.path)
      g.first ??= { path: source.path, line: f.line, column: f.column, offset: f.offset, endOffset: f.endOffset, ...(f.place ? { place: f.place } : {}) }
      const example = f.actual.replace(/\s+/g, ' ').trim()
      if (example && !DOCUMENT_WIDE.has(f.ruleId) && g.examples.length < 3 && !g.examples.includes(example) && example.length <= 60) g.examples.push(example)
      let set = touched.get(key)
      if (!set) touched.set(key, (set = new Set()))
      if (DOCUMENT_WIDE.has(f.ruleId)) for (let i = 0; i < source.sentenceStarts.length; i++) set.add(i)
      else set.add(sentenceAt(source.sentenceStarts, f.offset))
    }
    for (const [key, set] of touched) groups.get(key)!.touched += set.size
  }
  const ranked = [...groups.values()]
    .map((g): Priority => {
      const share = sentences ? Math.min(1, g.touched / sentences) : 0
      const weight = SEVERITY_WEIGHT[g.severity as Exclude<Severity, 'hint'>]
      return {
        ruleId: g.ruleId,
        severity: g.severity,
        ...(Object.keys(g.bySeverity).length > 1 ? { bySeverity: g.bySeverity } : {}),
        action: actionFor(g.ruleId),
        count: g.count,
        reach: Math.round(share * 100),
        score: Math.round(weight * (1 + Math.log2(g.count)) * (1 + share) * 100) / 100,
        examples: g.examples,
        first: g.first!,
        ...(sources.length > 1 ? { files: g.files.size } : {}),
      }
    })
    .sort((a, b) => b.score - a.score || SEVERITY_WEIGHT[b.severity as 'info'] - SEVERITY_WEIGHT[a.severity as 'info'] || b.count - a.count || a.first.path.localeCompare(b.first.path) || a.first.offset - b.first.offset)
  const rules = [...hintCounts].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
  return { top: ranked.slice(0, TOP), more: Math.max(0, ranked.length - TOP), hints: { count: rules.reduce((n, r) => n + r.count, 0), rules } }
}

/** The index of the sentence an offset stands in: the last one starting at or before it (0 before the first). */
function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid] <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
