import { resolve } from 'node:path'
import type { CheckResult } from '../engine/check'
import { formatFor } from '../engine/analyse'
import type { DocumentConfig } from '../config/document-config'
import { expandPaths } from './expand-paths'
import { readTextFile } from './read-file'
import { describeProblem } from './describe-problem'
import { checkDocument, describeRuleError, type CheckServices } from './check-document'

export interface CheckedFile {
  path: string
  text: string
  result: CheckResult
  config: DocumentConfig
}

export interface CheckedFiles<T> {
  /** What `keep` made of each checked file, in order. */
  results: T[]
  /** True when an argument, a file or a configuration was wrong (exit code 2). */
  usageError: boolean
  /** True when some file has a finding of severity error (exit code 1). */
  hasError: boolean
}

/** The services a run over files shares: the dictionary and the configurations read so far. */
export type FileServices = CheckServices

/**
 * Expands the arguments, reads each file, resolves its configuration and runs the engine: one
 * way for `klarsprak check`, `klarsprak report` and the editor's folder report. Problems go to
 * `err` as they are met; the other files go on. Each checked file is handed to `keep` at once and
 * only its result is kept, so a folder of thousands of files never holds all their texts.
 */
export async function checkFiles<T>(paths: string[], services: FileServices, err: (s: string) => void, keep: (file: CheckedFile) => T, onProgress?: (done: number, total: number) => void): Promise<CheckedFiles<T>> {
  const reported = new Set<string>()
  const { files, unmatched } = expandPaths(paths)
  let usageError = false
  for (const arg of unmatched) {
    err(`klarsprak: ${arg}: inga filer hittades.\n`)
    usageError = true
  }
  const results: T[] = []
  let hasError = false
  for (const [i, path] of files.entries()) {
    onProgress?.(i, files.length)
    const read = readTextFile(path)
    if (!read.ok) {
      err(`klarsprak: ${path}: ${read.reason}.\n`)
      if (!read.skipped) usageError = true
      continue
    }
    const checked = await checkDocument({ text: read.text, format: formatFor(path), path: resolve(path) }, services)
    for (const problem of checked.config.effective.problems) {
      const key = `${problem.path}:${problem.offset}:${problem.message}`
      if (reported.has(key)) continue
      reported.add(key)
      err(`klarsprak: ${describeProblem(problem)}\n`)
      usageError = true
    }
    if (!checked.checked) {
      if (checked.reason !== 'ignored') err(`klarsprak: ${path}: ${checked.message}\n`)
      continue
    }
    const { result, config } = checked
    for (const e of checked.ruleErrors) err(`klarsprak: ${path}: ${describeRuleError(e)}\n`)
    for (const warning of result.overview.warnings ?? []) err(`klarsprak: ${path}: ${warning}\n`)
    if (result.findings.some((f) => f.severity === 'error')) hasError = true
    results.push(keep({ path, text: read.text, result, config }))
  }
  onProgress?.(files.length, files.length)
  return { results, usageError, hasError }
}
