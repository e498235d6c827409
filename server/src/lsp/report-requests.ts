import { relative } from 'node:path'
import { uriToPath } from './uri-paths'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { computeMetrics, lixCounts } from '../engine/metrics'
import { lixBand } from '../engine/lix-band'
import { documentReport, longSentenceLimit } from '../report/report-data'
import { renderReport } from '../report/render-report'
import type { CheckedVersion } from './document-checker'
import type { DocumentConfig } from '../config/document-config'
import type { DocumentStats, ReportParams } from '../protocol'

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

/** The path as the reader knows it: relative to its workspace folder when it has one. */
export function displayPath(uri: string, folderOf: (path: string) => string | undefined): string {
  const path = uriToPath(uri)
  if (!path) return uri
  const folder = folderOf(path)
  return folder ? relative(folder, path) : path
}

/** What a report on files from disk says in a browser, where there is no disk to read. */
export function unavailableReportText(format: ReportParams['format']): string {
  const reason = 'Mappar och Word- eller PDF-filer granskas bara i VS Code på datorn och med kommandot klarsprak, inte i webbläsaren.'
  if (format !== 'html') return reason + '\n'
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none';"><title>Klarspråk – granskning</title></head><body><main><h1>Klarspråk kan inte granska det här i webbläsaren</h1><p>${reason}</p></main></body></html>\n`
}
