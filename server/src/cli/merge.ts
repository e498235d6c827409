import { readFileSync } from 'node:fs'
import { mergeReports } from '../report/merge-reports'
import { renderReport, type Figures } from '../report/render-report'

/**
 * `klarsprak report --merge a.json b.json …`: reads the parts, merges them and renders the
 * result. A part that cannot be read is a usage error (exit code 2); a finding of severity
 * error in any part gives exit code 1, as the run over all the files would have.
 */
export function mergeFiles(paths: string[], format: string, err: (s: string) => void): { parts: string[]; usageError: boolean; hasError: boolean } {
  const parts: Array<{ name: string; json: unknown }> = []
  let usageError = false
  for (const name of paths) {
    try {
      parts.push({ name, json: JSON.parse(readFileSync(name, 'utf8')) })
    } catch (error) {
      err(`klarsprak: ${name}: kunde inte läsas som JSON (${error instanceof Error ? error.message : String(error)}).\n`)
      usageError = true
    }
  }
  let merged
  try {
    merged = mergeReports(parts)
  } catch (error) {
    err(`klarsprak: ${(error as Error).message}.\n`)
    return { parts: [], usageError: true, hasError: false }
  }
  for (const path of merged.duplicates) err(`klarsprak: ${path} finns i flera delar; den första används.\n`)
  const files = 'files' in merged.report ? merged.report.files : [merged.report]
  const hasError = files.some((f) => f.findings.some((x) => x.severity === 'error'))
  const before = merged.before ? (new Map(Object.entries(merged.before)) as Figures) : undefined
  return { parts: [renderReport(merged.report, format, { before }) + (format === 'json' ? '\n' : '')], usageError, hasError }
}
