import type { DocumentReport, FolderReport } from './report-data'
import type { Verdict } from './klarsprakstest'
import type { QuestionId } from './klarsprakstest-questions'
import { renderHtml } from './render-html'
import { renderMarkdown } from './render-markdown'

/**
 * A file's figures at the version compared with (`klarsprak report --compare`): LIX and counts,
 * and, when the earlier version was checked with the rules, its findings per rule and its
 * Klarspråkstest verdicts, so the report can say what got better and what got worse.
 */
export interface Before {
  lix: number
  words: number
  sentences: number
  findings?: Record<string, number>
  verdicts?: Partial<Record<QuestionId, Verdict | null>>
}

/** Earlier figures by path (`klarsprak report --compare`). */
export type Figures = Map<string, Before>

export interface RenderOptions {
  /** The figures before a change, shown beside today's (and kept in the JSON). */
  before?: Figures
  /** What `before` is of ("main", "gammal.md"): named in the report and kept in the JSON. */
  compareLabel?: string
  /** The webview's script nonce: with it the HTML links findings back to the text. */
  nonce?: string
}

/** A report as HTML, Markdown or JSON: what the CLI writes and the editor's report view shows. */
export function renderReport(report: FolderReport | DocumentReport, format: string, options: RenderOptions = {}): string {
  const { before, nonce, compareLabel } = options
  if (format === 'json') return JSON.stringify(before ? { report, before: Object.fromEntries(before), ...(compareLabel ? { compare: compareLabel } : {}) } : report, null, 2)
  if (format === 'md') return renderMarkdown(report, before, compareLabel)
  return renderHtml(report, { before, compareLabel, interactive: Boolean(nonce), nonce })
}
