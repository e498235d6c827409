import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { computeMetrics, lixCounts } from '../engine/metrics'
import { lixBand } from '../engine/lix-band'
import { documentReport, folderReport, longSentenceLimit } from '../report/report-data'
import { renderReport } from '../report/render-report'
import type { FileServices } from '../files/check-files'
import { checkFolder } from '../report/check-folder'
import type { CheckedVersion } from './document-checker'
import type { DocumentConfig } from '../config/document-config'
import type { DocumentStats, ReportParams } from '../protocol'
import { escapeHtml } from '../report/escape'

/** What the status bar shows for a document. */
export function documentStats(checked: CheckedVersion): DocumentStats {
  const m = checked.overview ? lixCounts(checked.overview) : { lix: 0, words: 0 }
  return { lix: m.lix, lixBand: lixBand(m.lix), words: m.words, findings: checked.findings.length }
}

/** The reviewer's report for an open document, from the same check as its diagnostics. */
export function documentReportText(doc: TextDocument, checked: CheckedVersion, config: DocumentConfig, params: ReportParams, folderOf: (path: string) => string | undefined = () => undefined): string {
  // a document that is not checked (switched off, ignored, too large) reports as empty
  const overview = checked.overview ?? { text: '', format: 'plaintext' as const, blocks: [] }
  const report = documentReport(displayPath(doc.uri, folderOf), overview, checked.findings, computeMetrics(overview), longSentenceLimit(config.rules), config)
  return renderReport(report, params.format, { nonce: params.nonce })
}

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

/** The path as the reader knows it: relative to its workspace folder when it has one. */
function displayPath(uri: string, folderOf: (path: string) => string | undefined): string {
  if (!uri.startsWith('file:')) return uri
  const path = fileURLToPath(uri)
  const folder = folderOf(path)
  return folder ? relative(folder, path) : path
}
