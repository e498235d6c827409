import type { DocumentReport, FolderReport } from './report-data'
import { renderHtml } from './render-html'
import { renderMarkdown } from './render-markdown'

/** Earlier figures by path (`klarsprak report --compare`). */
export type Figures = Map<string, { lix: number; words: number; sentences: number }>

export interface RenderOptions {
  /** The figures before a change, shown beside today's (and kept in the JSON). */
  before?: Figures
  /** The webview's script nonce: with it the HTML links findings back to the text. */
  nonce?: string
}

/** A report as HTML, Markdown or JSON: what the CLI writes and the editor's report view shows. */
export function renderReport(report: FolderReport | DocumentReport, format: string, options: RenderOptions = {}): string {
  const { before, nonce } = options
  if (format === 'json') return JSON.stringify(before ? { report, before: Object.fromEntries(before) } : report, null, 2)
  if (format === 'md') return renderMarkdown(report, before)
  return renderHtml(report, { before, interactive: Boolean(nonce), nonce })
}
