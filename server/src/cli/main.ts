/** `klarsprak`: the engine for the terminal and CI. */
import '../heap-settings'
import { closeSync, openSync, writeSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { FileReport } from '../report/file-report'
import { formatJson, formatText, summary } from './format'
import { formatSarif } from './sarif'
import { checkFolder } from '../report/check-folder'
import { parseShard } from '../files/shard'
import { cliThreads } from './threads'
import { isCheckWorker } from '../files/file-worker'
import { runCheckWorker } from '../report/check-worker'
import { mergeFiles } from './merge'
import { SpellingService } from '../spelling/spelling-service'
import { DocumentConfigs } from '../config/document-config'
import { progressBar } from './progress'
import { comparison } from './compare'
import type { FileServices } from '../files/check-files'
import { folderReport, type DocumentReport } from '../report/report-data'
import { renderReport } from '../report/render-report'
import { serveWebPage, webFolderExists, WEB_FOLDER } from './serve'

const USAGE = `Användning:
  klarsprak check [--format text|json|sarif] [--shard K/N] <filer, mappar eller mönster …>
  klarsprak report [--format html|md|json] [--output fil] [--compare fil|git-version] [--shard K/N] <fil eller mapp …>
  klarsprak report --merge [--format html|md|json] [--output fil] <del.json …>
  klarsprak serve [--port N]

check granskar svenska texter (Markdown, HTML, ren text, Word och PDF) och skriver ut fynden:
  --format text   en rad per fynd: fil:rad:kolumn allvarlighetsgrad meddelande regel (standard);
                  för Word och PDF stycket eller sidan och orden runt fyndet i stället för rad och kolumn
  --format json   en lista med ett objekt per fil: mått och fynd
  --format sarif  SARIF 2.1.0 för kodgranskningsverktyg
report skriver en granskningsrapport: läsbarhet, meningslängder, fynd per kategori och regel,
de tyngsta styckena. Den börjar med det som är viktigast att åtgärda och ett klarspråkstest.
  --compare       visar vad som blivit bättre och sämre jämfört med en annan fil (när du
                  granskar en fil) eller med en git-version; en fil som finns går före
  --shard K/N     granskar bara del K av N av filerna (valda efter sökvägen), så att N datorer
                  kan dela på en stor mapp; alla datorer väljer samma filer till samma del
  --merge         slår ihop delar från report --format json till en rapport, som om alla filer
                  hade granskats i en körning
serve startar skrivsidan i webbläsaren på den här datorn (http://127.0.0.1, port 8080 om inget
annat anges; 0 väljer en ledig port). Adressen står på första raden. Texten granskas i
webbläsaren och skickas ingenstans. Ctrl+C stänger servern.
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
        shard: { type: 'string' },
        merge: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        port: { type: 'string', short: 'p' },
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
  if (command === 'serve') return serve(values.port, paths, out, err)
  const format = values.format ?? (command === 'report' ? 'html' : 'text')
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  const why = !command
    ? 'kommando saknas'
    : !FORMATS[command]
      ? `okänt kommando ”${command}”`
      : paths.length === 0
        ? 'inga filer angivna'
        : !FORMATS[command].includes(format)
          ? `okänt format ”${format}”`
          : values.shard !== undefined && !shard
            ? `ogiltig del ”${values.shard}” för --shard: skriv K/N, där K är 1–N, till exempel 1/3`
            : values.merge && (command !== 'report' || values.shard !== undefined || values.compare !== undefined)
              ? '--merge går bara med report, utan --shard och --compare'
              : undefined
  if (why) {
    err(`klarsprak: ${why}.\n\n${USAGE}\n`)
    return EXIT_USAGE
  }
  let parts: Iterable<string>
  let checked: { usageError: boolean; hasError: boolean }
  if (values.merge) {
    const merged = mergeFiles(paths, format, err)
    parts = merged.parts
    checked = merged
  } else {
    const options = {
      err,
      threads: cliThreads(),
      services: { spelling: new SpellingService(), configs: new DocumentConfigs() },
      onSpellingFailure: (failure: string) => err(`klarsprak: stavningskontrollen är avstängd: ${failure}.\n`),
      shard,
      useThisThread: true,
      inlineWhenSmall: process.env.KLARSPRAK_THREADS === undefined,
    }
    if (command === 'check') {
      const files = await checkFolder(paths, 'file-report', options)
      parts = renderCheck(files.results, format, err)
      checked = files
    } else {
      const files = await checkFolder(paths, 'document-report', { ...options, onProgress: progressBar() })
      const report = await reportText(files.results, paths, format, values.compare, options.services, err, Boolean(shard))
      parts = [report.text]
      checked = { hasError: files.hasError, usageError: files.usageError || report.compareFailed }
    }
  }
  if (values.output) writeFile(values.output, parts)
  else writeInBatches(parts, out)
  return checked.usageError ? EXIT_USAGE : checked.hasError ? EXIT_FINDINGS : EXIT_OK
}

function renderCheck(reports: FileReport[], format: string, err: (s: string) => void): Iterable<string> {
  if (format === 'text') err(summary(reports) + '\n')
  return format === 'json' ? formatJson(reports) : format === 'sarif' ? [formatSarif(reports)] : formatText(reports)
}

function writeFile(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'w')
  try {
    writeInBatches(parts, (s) => writeSync(fd, s))
  } finally {
    closeSync(fd)
  }
}

/** Joins small parts into writes of about 64 KB: one system call per finding would cost more than the JSON. */
function writeInBatches(parts: Iterable<string>, write: (s: string) => void): void {
  let pending = ''
  for (const part of parts) {
    pending += part
    if (pending.length >= 65_536) {
      write(pending)
      pending = ''
    }
  }
  if (pending) write(pending)
}

/** `klarsprak serve`: runs until the process is stopped; the address is the first line of output. */
async function serve(portOption: string | undefined, extra: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const port = portOption === undefined ? 8080 : Number(portOption)
  const why = extra.length > 0
    ? `serve tar inga filer (${extra.join(' ')}); klistra in texten på sidan`
    : !Number.isInteger(port) || port < 0 || port > 65535
      ? `ogiltig port ”${portOption}”: skriv ett tal 0–65535`
      : !webFolderExists()
        ? `skrivsidan är inte byggd (${WEB_FOLDER} saknas); kör npm run build:web`
        : undefined
  if (why) {
    err(`klarsprak: ${why}.\n`)
    return EXIT_USAGE
  }
  let server
  try {
    server = await serveWebPage(port)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    err(`klarsprak: servern kunde inte starta på port ${port}${code === 'EADDRINUSE' ? ' (porten används redan; välj en annan med --port)' : ` (${String(error)})`}.\n`)
    return EXIT_USAGE
  }
  const address = server.address()
  out(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/\n`)
  out('Skrivsidan är öppen på den här datorn. Ctrl+C stänger servern.\n')
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => resolve())
      // a browser keeps its connections open; they must not hold the process
      server.closeAllConnections()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return EXIT_OK
}

/** A shard is always part of a folder, so its report is a folder's even when it holds one file. */
async function reportText(reports: DocumentReport[], paths: string[], format: string, compare: string | undefined, services: FileServices, err: (s: string) => void, shard: boolean): Promise<{ text: string; compareFailed: boolean }> {
  const report = reports.length === 1 && paths.length === 1 && !shard ? reports[0] : folderReport(paths.join(', '), reports)
  const against = compare ? await comparison(compare, reports.map((r) => r.path), services, err) : undefined
  const text = renderReport(report, format, { before: against?.before, compareLabel: against?.label }) + (format === 'json' ? '\n' : '')
  return { text, compareFailed: Boolean(against?.failed) }
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

// started by the pool as a worker thread: this bundle checks files there (see report/check-worker.ts)
if (isCheckWorker()) runCheckWorker()
