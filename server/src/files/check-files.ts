import { resolve } from 'node:path'
import type { CheckResult } from '../engine/check'
import type { DocumentConfig } from '../config/document-config'
import { readDocument } from './read-document'
import type { DocumentSource } from './office/place'
import { describeProblem } from './describe-problem'
import { checkDocument, describeRuleError, type CheckServices } from './check-document'

export interface CheckedFile {
  path: string
  text: string
  result: CheckResult
  config: DocumentConfig
  /** For a Word file or PDF: what the checked text was read from, for the findings' places. */
  source?: DocumentSource
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
 * Everything one file gave, as plain data, so a worker thread can send it back as it is: the
 * small result `keep` made (none when the file was not checked), the lines for stderr in the
 * order they are written, and the flags for the exit code. Configuration problems come apart
 * from the other lines because a run reports each problem once, however many files share it.
 */
export interface FileOutcome<T> {
  result?: T
  /** Configuration problems: `key` tells the same problem apart, `line` is what stderr gets. */
  problems: Array<{ key: string; line: string }>
  /** The other lines for stderr, written after the problems. */
  messages: string[]
  usageError: boolean
  hasError: boolean
}

/**
 * Reads one file, resolves its configuration and runs the engine: the one way for `klarsprak
 * check`, `klarsprak report` and the editor's folder report, on the main thread or a worker.
 * Only `keep`'s result is kept, so a folder of thousands of files never holds all their texts.
 */
export async function checkOneFile<T>(path: string, services: FileServices, keep: (file: CheckedFile) => T): Promise<FileOutcome<T>> {
  const outcome: FileOutcome<T> = { problems: [], messages: [], usageError: false, hasError: false }
  const read = await readDocument(path)
  if (!read.ok) {
    outcome.messages.push(`klarsprak: ${path}: ${read.reason}.\n`)
    outcome.usageError = !read.skipped
    return outcome
  }
  const checked = await checkDocument({ text: read.text, format: read.format, path: resolve(path) }, services)
  for (const problem of checked.config.effective.problems) {
    outcome.problems.push({ key: `${problem.path}:${problem.offset}:${problem.message}`, line: `klarsprak: ${describeProblem(problem)}\n` })
    outcome.usageError = true
  }
  if (!checked.checked) {
    if (checked.reason !== 'ignored') outcome.messages.push(`klarsprak: ${path}: ${checked.message}\n`)
    return outcome
  }
  const { result, config } = checked
  for (const e of checked.ruleErrors) outcome.messages.push(`klarsprak: ${path}: ${describeRuleError(e)}\n`)
  for (const warning of result.overview.warnings ?? []) outcome.messages.push(`klarsprak: ${path}: ${warning}\n`)
  outcome.hasError = result.findings.some((f) => f.severity === 'error')
  outcome.result = keep({ path, text: read.text, result, config, ...(read.source ? { source: read.source } : {}) })
  return outcome
}

/**
 * Collects the outcomes of a run in file order: writes their lines to `err` (each configuration
 * problem once, as it is first met), keeps their results and the exit flags.
 */
export class OutcomeCollector<T> implements CheckedFiles<T> {
  readonly results: T[] = []
  usageError = false
  hasError = false
  private readonly reported = new Set<string>()

  constructor(private readonly err: (s: string) => void) {}

  /** An error of the run itself (an argument that named nothing): written now, exit code 2. */
  fail(line: string): void {
    this.err(line)
    this.usageError = true
  }

  add(outcome: FileOutcome<T>): void {
    for (const { key, line } of outcome.problems) {
      if (this.reported.has(key)) continue
      this.reported.add(key)
      this.err(line)
    }
    for (const line of outcome.messages) this.err(line)
    if (outcome.usageError) this.usageError = true
    if (outcome.hasError) this.hasError = true
    if (outcome.result !== undefined) this.results.push(outcome.result)
  }

  /** The plain result, without the collector's bookkeeping. */
  finish(): CheckedFiles<T> {
    return { results: this.results, usageError: this.usageError, hasError: this.hasError }
  }
}
