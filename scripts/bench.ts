/**
 * `npm run bench`: speed and memory on real Swedish text (../shared/corpus, or KLARSPRAK_CORPUS).
 * Figures, not assertions: each is printed with min–median–max over several runs.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import { TestClient } from '../server/test/helpers/lsp-client'
import { benchSpelling } from './bench-spelling'
import { benchReadability } from './bench-readability'
import { benchAgainstCspell, benchFolderAgainstCspell } from './bench-cspell'
import { writeDocuments } from './bench-documents'
import { protocolFuzz } from '../server/test/helpers/protocol-fuzz'
import { benchServer } from './bench-server'
import { benchPrecision } from './bench-spelling-precision'
import { benchRulePrecision } from './bench-rule-precision'
import { typoRecall } from './bench-spelling-typos'
import { SpellingService } from '../server/src/spelling/spelling-service'
import { benchFixes } from './bench-fixes'
import { benchHtml } from './bench-html'
import { benchEnglish } from './bench-english'
import { benchGrammar } from './bench-grammar'
import { benchOffice } from './bench-office'
import { benchWeb } from './bench-web'

const ROOT = join(__dirname, '..')
const CORPUS = process.env.KLARSPRAK_CORPUS ?? join(ROOT, '../shared/corpus')
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt') && !f.startsWith('LICENSE')).map((f) => join(CORPUS, f))
const texts = files.map((f) => readFileSync(f, 'utf8'))
const rules = resolveRules(undefined).rules

function stats(xs: number[], digits = 1): string {
  const s = [...xs].sort((a, b) => a - b)
  const f = (x: number) => x.toFixed(digits)
  return `${f(s[0])}–${f(s[Math.floor(s.length / 2)])}–${f(s[s.length - 1])}`
}

/** Words per second of the engine alone (no cache), reading the corpus as plain text and as Markdown. */
function engineThroughput(format: 'plaintext' | 'markdown'): void {
  const words = texts.reduce((n, t) => n + checkText(t, format, { rules }).metrics.words, 0)
  for (let i = 0; i < 3; i++) texts.forEach((t) => checkText(t, format, { rules })) // warm-up
  const rates: number[] = []
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now()
    for (const t of texts) checkText(t, format, { rules })
    rates.push(words / ((performance.now() - t0) / 1000))
  }
  console.log(`engine (${format}): ${files.length} files, ${words} words; words/s (min–median–max of 7): ${stats(rates, 0)}`)
}

function wholeProcess(): void {
  const times: number[] = []
  const peaks: number[] = []
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/klarsprak.js'), 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 })
    times.push(performance.now() - t0)
    const kb = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1])
    if (Number.isFinite(kb)) peaks.push(kb / 1024)
  }
  console.log(`cli: klarsprak check --format json on the corpus, wall ms (min–median–max of 5): ${stats(times)}` + (peaks.length ? `; peak RSS MB: ${stats(peaks)}` : ''))
}

/** issue 7: a folder of 100 documents (about 100,000 words) through `klarsprak report`, whole process. */
function folderReport(): void {
  const dir = mkdtempSync(join(tmpdir(), 'klarsprak-bench-'))
  const total = writeDocuments(dir, texts, 100, 1000)
  const times: number[] = []
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/klarsprak.js'), 'report', '--format', 'html', '--output', join(dir, 'rapport.html'), dir], { encoding: 'utf8' })
    times.push(performance.now() - t0)
    if (r.status === 2) throw new Error(r.stderr)
  }
  console.log(`report: folder of 100 Markdown documents, ${total} words, klarsprak report --format html, wall s (min–median–max of 3): ${stats(times.map((t) => t / 1000), 2)}`)
  rmSync(dir, { recursive: true, force: true })
}

/** issue 8: memory growth over 1,000 open/edit/close cycles (RSS after 100 cycles vs after 1,000). */
async function openEditClose(): Promise<void> {
  const client = new TestClient()
  await client.initialize({ textDocument: { diagnostic: {} } })
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))?.[1]) / 1024
  const text = texts[0].slice(0, 4000)
  let at100 = 0
  const t0 = performance.now()
  for (let i = 1; i <= 1000; i++) {
    const uri = `file:///bench/cycle-${i}.md`
    await client.open(uri, text)
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `Rad ${i}. ` }] })
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
    if (i === 100) at100 = rss()
  }
  const at1000 = rss()
  const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))?.[1]) / 1024
  console.log(`server: 1,000 open/edit/close cycles in ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS ${at100.toFixed(0)} MB after 100, ${at1000.toFixed(0)} MB after 1,000 (growth ${(at1000 - at100).toFixed(0)} MB), peak ${peak.toFixed(0)} MB`)
  await client.close()
}

/** issue 13: spelling findings of Klarspråk and two peers judged word by word, and injected typos. */
async function spellingPrecision(): Promise<void> {
  const service = new SpellingService()
  const speller = await service.load()
  if (!speller) return console.log(`precision: skipped, ${service.failure}`)
  const spelling = service.context([])!
  benchPrecision(texts, spelling)
  typoRecall(texts, spelling)
}

/** issue 15: every quick fix on the corpus and the recall texts applied and joined with a reader's verdicts. */
async function fixes(): Promise<void> {
  const service = new SpellingService()
  await service.load()
  benchFixes(CORPUS, service.context([]), process.argv.includes('--tsv'))
}

/** issue 15: the sentence rules' findings on the corpus, judged by hand, with the dictionary loaded as in the editor. */
async function rulePrecision(): Promise<void> {
  const service = new SpellingService()
  await service.load()
  benchRulePrecision(CORPUS, service.context([]))
}

/** issue 19: the grammar rules' false alarms on the corpus and their recall on injected errors (`--tsv` lists every finding). */
async function grammar(): Promise<void> {
  const service = new SpellingService()
  await service.load()
  benchGrammar(ROOT, CORPUS, service.context([]), process.argv.includes('--tsv'))
}

/** Every text of the corpus, its licence too (~113,000 words together). */
function allCorpusTexts(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(CORPUS, f), 'utf8'))
}

async function main(): Promise<void> {
  console.log(`corpus: ${CORPUS}`)
  // `npm run bench -- <part> …`: only those parts (engine, cli, report, html, office, cspell, folder, server, precision, rule-precision, readability, fixes, english, grammar, web), for measuring one change
  const PARTS: Record<string, () => unknown> = {
    engine: () => (engineThroughput('plaintext'), engineThroughput('markdown')),
    cli: wholeProcess,
    report: folderReport,
    html: () => benchHtml(ROOT, texts, rules, stats),
    office: () => benchOffice(ROOT, texts, stats),
    cspell: () => benchAgainstCspell(allCorpusTexts()),
    folder: () => benchFolderAgainstCspell(allCorpusTexts()),
    server: () => benchServer(texts),
    precision: spellingPrecision,
    'rule-precision': rulePrecision,
    readability: () => benchReadability(CORPUS),
    fixes,
    english: () => benchEnglish(ROOT, texts),
    grammar: grammar,
    web: () => benchWeb(ROOT, texts, CORPUS, stats),
  }
  const chosen = process.argv.slice(2).filter((a) => a in PARTS)
  if (chosen.length > 0) {
    for (const part of chosen) await PARTS[part]()
    return
  }
  engineThroughput('plaintext')
  engineThroughput('markdown')
  await benchSpelling(texts)
  await spellingPrecision()
  await rulePrecision()
  await fixes()
  await grammar()
  benchReadability(CORPUS)
  wholeProcess()
  folderReport()
  benchHtml(ROOT, texts, rules, stats)
  await benchOffice(ROOT, texts, stats)
  // the file: every text of the corpus (its licence too, ~113,000 words) five times over
  const allTexts = allCorpusTexts()
  benchAgainstCspell(allTexts)
  benchFolderAgainstCspell(allTexts)
  await benchServer(texts)
  await benchEnglish(ROOT, texts)
  await benchWeb(ROOT, texts, CORPUS, stats)
  await openEditClose()
  // the protocol fuzz test of npm test, ten times longer
  const t0 = performance.now()
  const slowest = await protocolFuzz(2026, 60, 60)
  console.log(`fuzz: 60 random documents × 60 overlapping edits over stdio: no failure; ${((performance.now() - t0) / 1000).toFixed(1)} s, slowest answer ${slowest} ms`)
}

void main()
