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

export interface CheckedFiles {
  files: CheckedFile[]
  /** True when an argument, a file or a configuration was wrong (exit code 2). */
  usageError: boolean
}

/** The services a run over files shares: the dictionary and the configurations read so far. */
export interface FileServices {
  spelling: SpellingService
  configs: DocumentConfigs
}

/**
 * Expands the arguments, reads each file, resolves its configuration and runs the engine: one
 * way for `klarsprak check`, `klarsprak report` and the editor's folder report. Problems go to
 * `err` as they are met; the other files go on.
 */
export function checkFiles(paths: string[], services: FileServices, err: (s: string) => void, onProgress?: (done: number, total: number) => void): CheckedFiles {
  const reported = new Set<string>()
  const { files, unmatched } = expandPaths(paths)
  let usageError = false
  for (const arg of unmatched) {
    err(`klarsprak: ${arg}: inga filer hittades.\n`)
    usageError = true
  }
  const checked: CheckedFile[] = []
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
    checked.push({ path, text: read.text, result, config })
  })
  onProgress?.(files.length, files.length)
  return { files: checked, usageError }
}
