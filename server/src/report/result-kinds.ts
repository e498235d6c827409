import type { CheckedFile } from '../files/check-files'
import { fileReport, type FileReport } from './file-report'
import { checkedFileReport, type DocumentReport } from './report-data'

/**
 * What a run keeps of each checked file, by name rather than as a function, because a worker
 * thread must make it: `klarsprak check` keeps a FileReport, `report` and the editor's folder
 * report a DocumentReport.
 */
export const RESULT_KINDS = {
  'file-report': (f: CheckedFile): FileReport => fileReport(f.path, f.text, f.result.findings, f.result.metrics, f.result.overview, f.source),
  'document-report': (f: CheckedFile): DocumentReport => checkedFileReport(f),
}

export type ResultKind = keyof typeof RESULT_KINDS
export type ResultOf<K extends ResultKind> = ReturnType<(typeof RESULT_KINDS)[K]>

/** The function for a kind's name, as a worker receives it. */
export function keepFor(kind: string): (file: CheckedFile) => unknown {
  const keep = (RESULT_KINDS as Record<string, (f: CheckedFile) => unknown>)[kind]
  if (!keep) throw new Error(`unknown result kind ${kind}`)
  return keep
}
