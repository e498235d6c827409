import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { FileServices } from '../files/check-files'
import { checkFolder } from '../report/check-folder'
import { folderReport } from '../report/report-data'
import { renderReport } from '../report/render-report'
import { escapeHtml } from '../report/escape'
import type { ReportParams } from '../protocol'
import { displayPath } from './report-requests'

/**
 * The report for every text file in a folder, each checked with its own configuration, as the CLI
 * does. The files are checked on worker threads, never on the server's own thread, even when
 * there is only one: diagnostics of the open document must not wait for a report. One core is
 * left to the server (cores − 1 workers, at least one), so keystrokes are answered while the
 * report runs.
 */
export async function folderReportText(params: ReportParams, services: FileServices, log: (message: string) => void): Promise<string> {
  const folder = fileURLToPath(params.uri)
  const threads = Math.max(1, availableParallelism() - 1)
  const { results: reports } = await checkFolder([folder], 'document-report', { services, threads, err: (message) => log(message.trimEnd()) })
  return renderReport(folderReport(folder, reports), params.format, { nonce: params.nonce })
}

/**
 * The report for one file from disk that the editor does not hold as text (a Word file or PDF),
 * checked on a worker thread like a folder's files. A file that cannot be read gives a short page
 * (or text) saying why, in Swedish.
 */
export async function fileReportText(params: ReportParams, services: FileServices, log: (message: string) => void, folderOf: (path: string) => string | undefined = () => undefined): Promise<string> {
  const path = fileURLToPath(params.uri)
  const said: string[] = []
  const { results } = await checkFolder([path], 'document-report', { services, threads: 1, err: (message) => said.push(message.trim()) })
  said.forEach(log)
  const shown = displayPath(params.uri, folderOf)
  if (results.length === 1) return renderReport({ ...results[0], path: shown }, params.format)
  const reason = said.map((line) => line.replace(/^klarsprak: /, '').replace(path, shown)).join('\n') || `${shown}: granskas inte.`
  if (params.format !== 'html') return reason + '\n'
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"><title>Klarspråk – granskning</title></head><body><main><h1>Klarspråk kan inte granska filen</h1><p>${escapeHtml(reason)}</p></main></body></html>\n`
}

