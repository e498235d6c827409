import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { computeMetrics } from '../engine/metrics'
import { checkText } from '../engine/check'
import { formatFor } from '../engine/analyse'
import { lixBand } from '../engine/lix-band'
import { documentReport, folderReport, type DocumentReport } from '../report/report-data'
import { renderHtml } from '../report/render-html'
import { renderMarkdown } from '../report/render-markdown'
import { expandPaths } from '../files/expand-paths'
import { readTextFile } from '../files/read-file'
import type { DocumentChecker } from './document-checker'
import type { DocumentConfigs } from '../config/document-config'
import type { SpellingService } from '../spelling/spelling-service'

export const REPORT_REQUEST = 'klarsprak/report'
export const FOLDER_REPORT_REQUEST = 'klarsprak/folderReport'
export const STATS_REQUEST = 'klarsprak/documentStats'

export interface ReportParams {
  uri: string
  /** html (interactive when a nonce is given), md or json */
  format: 'html' | 'md' | 'json'
  nonce?: string
}

/** What the status bar shows for a document. */
export function documentStats(doc: TextDocument, checker: DocumentChecker): { lix: number; lixBand: string; words: number; findings: number } {
  const checked = checker.check(doc)
  const m = checked.doc ? computeMetrics(checked.doc) : { lix: 0, words: 0 }
  return { lix: m.lix, lixBand: lixBand(m.lix), words: m.words, findings: checked.findings.length }
}

/** The reviewer's report for an open document, from the same check as its diagnostics. */
export function documentReportText(doc: TextDocument, checker: DocumentChecker, params: ReportParams, folderOf: (path: string) => string | undefined = () => undefined): string {
  const checked = checker.check(doc)
  const config = checker.configFor(doc.uri)
  const analysed = checked.doc ?? checkText('', 'plaintext', { rules: [] }).doc
  const report = documentReport(displayPath(doc.uri, folderOf), analysed, checked.findings, computeMetrics(analysed), longSentenceLimit(config.rules))
  return render(report, params)
}

/** The report for every text file in a folder, each checked with its own configuration. */
export function folderReportText(params: ReportParams, configs: DocumentConfigs, spelling: SpellingService): string {
  const folder = fileURLToPath(params.uri)
  const reports: DocumentReport[] = []
  for (const path of expandPaths([folder]).files) {
    const read = readTextFile(path)
    if (!read.ok) continue
    const config = configs.forDocument(resolve(path))
    if (config.effective.ignored) continue
    const result = checkText(read.text, formatFor(path), { rules: config.rules, terms: config.terms, spelling: spelling.context(config.words) })
    reports.push(documentReport(path, result.doc, result.findings, result.metrics, longSentenceLimit(config.rules)))
  }
  return render(folderReport(folder, reports), params)
}

function render(report: Parameters<typeof renderHtml>[0], params: ReportParams): string {
  if (params.format === 'json') return JSON.stringify(report, null, 2)
  if (params.format === 'md') return renderMarkdown(report)
  return renderHtml(report, { interactive: Boolean(params.nonce), nonce: params.nonce })
}

function longSentenceLimit(rules: { rule: { id: string }; options: Record<string, unknown> }[]): number {
  const max = rules.find((r) => r.rule.id === 'long-sentence')?.options.max
  return typeof max === 'number' ? max : 25
}

/** The path as the reader knows it: relative to its workspace folder when it has one. */
function displayPath(uri: string, folderOf: (path: string) => string | undefined): string {
  if (!uri.startsWith('file:')) return uri
  const path = fileURLToPath(uri)
  const folder = folderOf(path)
  return folder ? relative(folder, path) : path
}
