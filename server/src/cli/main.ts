/** `klarsprak`: the engine for the terminal and CI. */
import { parseArgs } from 'node:util'
import { checkText } from '../engine/check'
import { formatFor } from '../engine/analyse'
import { expandPaths } from './expand-paths'
import { readTextFile } from './read-file'
import { fileReport, type FileReport } from './file-report'
import { formatJson, formatText, summary, OUTPUT_FORMATS, type OutputFormat } from './format'
import { SpellingService } from '../spelling/spelling-service'
import { DocumentConfigs } from '../config/document-config'
import { describeProblem } from './describe-problem'

const USAGE = `Användning: klarsprak check [--format text|json] <filer, mappar eller mönster …>

Granskar svenska texter (Markdown och ren text) och skriver ut fynden.
  --format text   en rad per fynd: fil:rad:kolumn allvarlighetsgrad meddelande regel (standard)
  --format json   en lista med ett objekt per fil: mått och fynd
  --help          visar den här hjälpen
  --version       visar versionen

Slutkod: 0 inga fel, 1 minst ett fynd med allvarlighetsgraden error, 2 felaktiga argument
eller filer som inte kunde läsas.`

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f', default: 'text' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } },
    })
  } catch (error) {
    err(`klarsprak: ${(error as Error).message}\n\n${USAGE}\n`)
    return EXIT_USAGE
  }
  const { values, positionals } = parsed
  if (values.help) {
    out(USAGE + '\n')
    return EXIT_OK
  }
  if (values.version) {
    out('klarsprak 0.1.0\n')
    return EXIT_OK
  }
  const [command, ...paths] = positionals
  const format = values.format as OutputFormat
  if (command !== 'check' || paths.length === 0 || !OUTPUT_FORMATS.includes(format)) {
    const why = command !== 'check' ? (command ? `okänt kommando ”${command}”` : 'kommando saknas') : paths.length === 0 ? 'inga filer angivna' : `okänt format ”${values.format}”`
    err(`klarsprak: ${why}.\n\n${USAGE}\n`)
    return EXIT_USAGE
  }
  return check(paths, format, out, err)
}

async function check(paths: string[], format: OutputFormat, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const spelling = new SpellingService()
  if (!(await spelling.load())) err(`klarsprak: stavningskontrollen är avstängd: ${spelling.failure}.\n`)
  const configs = new DocumentConfigs()
  const reportedConfigs = new Set<string>()
  const { files, unmatched } = expandPaths(paths)
  let exit = EXIT_OK
  for (const arg of unmatched) {
    err(`klarsprak: ${arg}: inga filer hittades.\n`)
    exit = EXIT_USAGE
  }
  const reports: FileReport[] = []
  for (const path of files) {
    const read = readTextFile(path)
    if (!read.ok) {
      err(`klarsprak: ${path}: ${read.reason}.\n`)
      if (!read.skipped) exit = EXIT_USAGE
      continue
    }
    const config = configs.forDocument(path)
    for (const problem of config.effective.problems) {
      const key = `${problem.path}:${problem.offset}:${problem.message}`
      if (reportedConfigs.has(key)) continue
      reportedConfigs.add(key)
      err(`klarsprak: ${describeProblem(problem)}\n`)
      exit = EXIT_USAGE
    }
    if (config.effective.ignored) continue
    const result = checkText(read.text, formatFor(path), {
      rules: config.rules,
      terms: config.terms,
      spelling: spelling.context(config.words),
      onRuleError: (ruleId, error) => err(`klarsprak: ${path}: regeln ${ruleId} kraschade: ${String(error)}\n`),
    })
    reports.push(fileReport(path, read.text, result.findings, result.metrics))
  }
  out(format === 'json' ? formatJson(reports) : formatText(reports))
  if (format === 'text') err(summary(reports) + '\n')
  const hasError = reports.some((r) => r.messages.some((m) => m.severity === 'error'))
  if (exit === EXIT_OK && hasError) exit = EXIT_FINDINGS
  return exit
}

/** Runs the CLI on this process's arguments (called by bin/klarsprak.js). */
export function main(): void {
  void run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => {
    process.exitCode = code
  })
}
