import { folderReport, type DocumentReport, type FolderReport } from './report-data'

/** Figures of a file at an earlier git version, by path, as `report --compare` writes them. */
export type Before = Record<string, unknown>

/** The report of several `report --format json` results, as one run over all their files gives it. */
export interface MergedReport {
  report: FolderReport | DocumentReport
  before?: Before
  /** Paths that came in more than one part; each is kept once (the first). */
  duplicates: string[]
}

/**
 * Combines the JSON results of `klarsprak report --format json` (a folder report, a single
 * document's report, or either with `--compare`'s figures) into one report. Files are put in path
 * order, which is the order one run over a folder or a glob gives, and the totals are counted
 * again, so the result equals one run over all the files. Throws a Swedish message for anything
 * that is not such a result.
 */
export function mergeReports(parts: Array<{ name: string; json: unknown }>): MergedReport {
  const files: DocumentReport[] = []
  const roots: string[] = []
  let before: Before | undefined
  let anyFolder = false
  for (const { name, json } of parts) {
    const part = asRecord(json, name)
    const report = asRecord('before' in part && 'report' in part ? part.report : part, name)
    if ('before' in part && part.before) before = { ...before, ...asRecord(part.before, name) }
    if (Array.isArray(report.files) && typeof report.root === 'string') {
      anyFolder = true
      if (!roots.includes(report.root)) roots.push(report.root)
      for (const f of report.files) files.push(asDocument(f, name))
    } else files.push(asDocument(report, name))
  }
  const seen = new Set<string>()
  const duplicates: string[] = []
  const unique = files.filter((f) => {
    if (!seen.has(f.path)) return seen.add(f.path)
    duplicates.push(f.path)
    return false
  })
  unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const report = !anyFolder && unique.length === 1 ? unique[0] : folderReport(roots.join(', '), unique)
  return { report, ...(before ? { before } : {}), duplicates }
}

function asRecord(value: unknown, name: string): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  throw new Error(`${name}: är inte en rapport från klarsprak report --format json`)
}

function asDocument(value: unknown, name: string): DocumentReport {
  const doc = asRecord(value, name)
  if (typeof doc.path !== 'string' || !doc.metrics || !Array.isArray(doc.findings)) throw new Error(`${name}: är inte en rapport från klarsprak report --format json`)
  return doc as unknown as DocumentReport
}
