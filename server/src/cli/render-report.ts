import type { DocumentReport, FolderReport } from '../report/report-data'
import { renderHtml } from '../report/render-html'
import { renderMarkdown } from '../report/render-markdown'

/** Earlier figures by path, from `--compare`. */
export type Figures = Map<string, { lix: number; words: number; sentences: number }>

/** A report as `klarsprak report` writes it: HTML, Markdown, or JSON (with `before` when compared). */
export function renderReportAs(report: FolderReport | DocumentReport, before: Figures | undefined, format: string): string {
  if (format === 'json') return JSON.stringify(before ? { report, before: Object.fromEntries(before) } : report, null, 2) + '\n'
  return format === 'md' ? renderMarkdown(report, before) : renderHtml(report, { before })
}
