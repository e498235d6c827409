/** `klarsprak`: the engine for the terminal and CI. */
import '../heap-settings'
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { fileReport } from './file-report'
import { formatJson, formatText, summary } from './format'
import { formatSarif } from './sarif'
import { checkFiles, type CheckedFile } from '../files/check-files'
import { SpellingService } from '../spelling/spelling-service'
import { DocumentConfigs } from '../config/document-config'
import { progressBar } from './progress'
import { figuresAt } from './compare'
import { documentReport, folderReport, longSentenceLimit } from '../report/report-data'
import { renderHtml } from '../report/render-html'
import { renderMarkdown } from '../report/render-markdown'

const USAGE = `Användning:
  klarsprak check [--format text|json|sarif] <filer, mappar eller mönster …>
  klarsprak report [--format html|md|json] [--output fil] [--compare git-version] <fil eller mapp …>

check granskar svenska texter (Markdown och ren text) och skriver ut fynden:
  --format text   en rad per fynd: fil:rad:kolumn allvarlighetsgrad meddelande regel (standard)
  --format json   en lista med ett objekt per fil: mått och fynd
  --format sarif  SARIF 2.1.0 för kodgranskningsverktyg
report skriver en granskningsrapport: läsbarhet, meningslängder, fynd per kategori och regel,
de tyngsta styckena. --compare visar hur måtten har ändrats sedan en git-version.
  --help          visar den här hjälpen
  --version       visar versionen

Teamets inställningar läses från närmaste .klarsprak.json.
Slutkod: 0 inga fel, 1 minst ett fynd med allvarlighetsgraden error, 2 felaktiga argument,
filer som inte kunde läsas eller fel i konfigurationen.`

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

const FORMATS: Record<string, string[]> = { check: ['text', 'json', 'sarif'], report: ['html', 'md', 'json'] }

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        compare: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
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
  const format = values.format ?? (command === 'report' ? 'html' : 'text')
  const why = !command ? 'kommando saknas' : !FORMATS[command] ? `okänt kommando ”${command}”` : paths.length === 0 ? 'inga filer angivna' : !FORMATS[command].includes(format) ? `okänt format ”${format}”` : undefined
  if (why) {
    err(`klarsprak: ${why}.\n\n${USAGE}\n`)
    return EXIT_USAGE
  }
  const spelling = new SpellingService()
  if (!(await spelling.load())) err(`klarsprak: stavningskontrollen är avstängd: ${spelling.failure}.\n`)
  const checked = checkFiles(paths, { spelling, configs: new DocumentConfigs() }, err, command === 'report' ? progressBar() : undefined)
  const text = command === 'check' ? renderCheck(checked.files, format, err) : renderReport(checked.files, paths, format, values.compare, err)
  if (values.output) writeFileSync(values.output, text)
  else out(text)
  const hasError = checked.files.some((f) => f.result.findings.some((m) => m.severity === 'error'))
  return checked.usageError ? EXIT_USAGE : hasError ? EXIT_FINDINGS : EXIT_OK
}

function renderCheck(files: CheckedFile[], format: string, err: (s: string) => void): string {
  const reports = files.map((f) => fileReport(f.path, f.text, f.result.findings, f.result.metrics))
  if (format === 'text') err(summary(reports) + '\n')
  return format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports) : formatText(reports)
}

function renderReport(files: CheckedFile[], paths: string[], format: string, compare: string | undefined, err: (s: string) => void): string {
  const reports = files.map((f) => documentReport(f.path, f.result.overview, f.result.findings, f.result.metrics, longSentenceLimit(f.config.rules)))
  const report = reports.length === 1 && paths.length === 1 ? reports[0] : folderReport(paths.join(', '), reports)
  const before = compare ? figuresAt(compare, files.map((f) => f.path), err) : undefined
  if (format === 'json') return JSON.stringify(before ? { report, before: Object.fromEntries(before) } : report, null, 2) + '\n'
  return format === 'md' ? renderMarkdown(report, before) : renderHtml(report, { before })
}

/** Runs the CLI on this process's arguments (called by bin/klarsprak.js). */
export function main(): void {
  run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // a bug must not end in a stack trace for the user: say what happened, exit 2
      process.stderr.write(`klarsprak: ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = EXIT_USAGE
    },
  )
}
