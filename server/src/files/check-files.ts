import { resolve } from 'node:path'
import { checkText, type CheckResult } from '../engine/check'
import { formatFor } from '../engine/analyse'
import type { SpellingService } from '../spelling/spelling-service'
import type { DocumentConfigs, DocumentConfig } from '../config/document-config'
import { expandPaths } from './expand-paths'
import { readTextFile } from './read-file'
import { describeProblem } from './describe-problem'
import { MAX_DOCUMENT_LENGTH } from '../engine/limits'

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
export interface FileServices {
  spelling: SpellingService
  configs: DocumentConfigs
}

/**
 * Expands the arguments, reads each file, resolves its configuration and runs the engine: one
 * way for `klarsprak check`, `klarsprak report` and the editor's folder report. Problems go to
 * `err` as they are met; the other files go on. Each checked file is handed to `keep` at once and
 * only its result is kept, so a folder of thousands of files never holds all their texts.
 */
export function checkFiles<T>(paths: string[], services: FileServices, err: (s: string) => void, keep: (file: CheckedFile) => T, onProgress?: (done: number, total: number) => void): CheckedFiles<T> {
  const reported = new Set<string>()
  const { files, unmatched } = expandPaths(paths)
  let usageError = false
  for (const arg of unmatched) {
    err(`klarsprak: ${arg}: inga filer hittades.\n`)
    usageError = true
  }
  const results: T[] = []
  let hasError = false
  files.forEach((path, i) => {
    onProgress?.(i, files.length)
    const read = readTextFile(path)
    if (!read.ok) {
      err(`klarsprak: ${path}: ${read.reason}.\n`)
      if (!read.skipped) usageError = true
      return
    }
    if (read.text.length > MAX_DOCUMENT_LENGTH) {
      err(`klarsprak: ${path}: filen är för stor (${(read.text.length / 1e6).toFixed(1)} miljoner tecken) och granskas inte; gränsen är ${MAX_DOCUMENT_LENGTH / 1e6} miljoner.\n`)
      return
    }
    const config = services.configs.forDocument(resolve(path))
    for (const problem of config.effective.problems) {
      const key = `${problem.path}:${problem.offset}:${problem.message}`
      if (reported.has(key)) continue
      reported.add(key)
      err(`klarsprak: ${describeProblem(problem)}\n`)
      usageError = true
    }
    if (config.effective.ignored) return
    const result = checkText(read.text, formatFor(path), {
      rules: config.rules,
      terms: config.terms,
      spelling: services.spelling.context(config.words),
      onRuleError: (ruleId, error) => err(`klarsprak: ${path}: regeln ${ruleId} kraschade: ${String(error)}\n`),
    })
    for (const warning of result.overview.warnings ?? []) err(`klarsprak: ${path}: ${warning}\n`)
    if (result.findings.some((f) => f.severity === 'error')) hasError = true
    results.push(keep({ path, text: read.text, result, config }))
  })
  onProgress?.(files.length, files.length)
  return { results, usageError, hasError }
}
