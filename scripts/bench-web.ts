/**
 * issue 20: the writing page in a real browser (`npm run bench -- web`). Debian's Chromium and
 * playwright-core as test-e2e/run.sh installs them (.e2e/pw); without them the section says so and
 * is skipped. Measures, against `klarsprak serve`:
 * - time to the first findings of a 2,000-word text kept from an earlier visit, and to the first
 *   findings with spelling (the dictionaries fetched and loaded): median of 5 fresh page loads;
 * - keystroke to underline: p50/p95 over 100 single-character edits (a letter typed, then taken
 *   away, at 50 places), each edit's findings drawn before the next (window.klarsprak.latencies);
 * - the size of dist/web as served: bytes and gzip-compressed bytes, by part.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { folderSize } from './build-web.mjs'
import { CHROMIUM, launchChromium, playwright, startServe, type BenchBrowser, type BenchPage } from '../test-e2e/web-harness.mjs'

type Stats = (xs: number[], digits?: number) => string
const WORDS = 2000
const EDITS = 100
/** One misspelling, so the loads can tell when spelling has arrived. */
const TYPO = 'Här står ett felstavat ord: skrver.'
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const median = (xs: number[]) => percentile(xs, 50)
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length

/** What the bench reads in the page (this file is compiled without the DOM's types). */
interface PageWindow {
  localStorage: { setItem(key: string, value: string): void }
  addEventListener(type: string, listener: (event: { detail: { findings: Array<{ ruleId: string }> } }) => void): void
  performance: { now(): number }
  benchFirst?: number
  benchSpelling?: number
  klarsprak: {
    firstFindingsMs: number
    latencies: number[]
    editor: { view: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void } }
  }
}

export async function benchWeb(root: string, corpusTexts: string[], corpus: string, stats: Stats): Promise<void> {
  size(join(root, 'dist/web'))
  const pw = join(root, '.e2e/pw/node_modules/playwright-core')
  if (!existsSync(CHROMIUM) || !existsSync(pw)) {
    const missing = [!existsSync(CHROMIUM) && `${CHROMIUM} (apt-get install chromium)`, !existsSync(pw) && `${relative(root, pw)} (npm run test:e2e -- web-page installs it)`].filter(Boolean)
    console.log(`web: browser figures skipped, missing ${missing.join(' and ')}`)
    return
  }
  const { text, source } = twoThousandWords(root, corpusTexts, corpus)
  console.log(`web: the text: ${wordCount(text)} words of ${source}`)
  const serve = await startServe(root)
  const browser = await launchChromium(playwright(join(root, '.e2e')).chromium)
  try {
    console.log(`web: ${serve.url} in Chromium ${browser.version()} (headless)`)
    await firstFindings(browser, serve.url, text, stats)
    await keystrokes(browser, serve.url, text)
  } finally {
    await browser.close()
    await serve.stop()
  }
}

/** Paragraphs of the corpus (or, without one, of the fixtures' documents, repeated) up to 2,000 words, with one misspelling. */
function twoThousandWords(root: string, corpusTexts: string[], corpus: string): { text: string; source: string } {
  let texts = corpusTexts
  let source = `the corpus (${corpus})`
  if (texts.length === 0) {
    const dirs = ['test-fixtures/recall', 'test-fixtures/klarsprakstest']
    texts = [join(root, 'test-fixtures/remiss-kommunikationsprogram.md'), ...dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join(root, d, f)))]
      .map((f) => readFileSync(f, 'utf8'))
    source = 'test-fixtures documents, repeated (no corpus)'
  }
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => /\p{L}{3}/u.test(p))
  const out = [TYPO]
  for (let i = 0, words = wordCount(TYPO); words < WORDS; i++) {
    out.push(paragraphs[i % paragraphs.length])
    words += wordCount(out.at(-1)!)
  }
  return { text: out.join('\n\n') + '\n', source }
}

/** A page of a fresh context (empty cache) with the text kept in its storage, as on a later visit. */
async function freshPage(browser: BenchBrowser, text: string): Promise<{ page: BenchPage; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript((t: string) => {
    // serialised into the page: no names from this module's scope
    const w = globalThis as unknown as PageWindow
    w.localStorage.setItem('klarsprak.text', t)
    // milliseconds from the navigation's start (performance's time origin)
    w.addEventListener('klarsprak-findings', (event) => {
      w.benchFirst ??= w.performance.now()
      if (event.detail.findings.some((f) => f.ruleId === 'spelling')) w.benchSpelling ??= w.performance.now()
    })
  }, text)
  return { page: await context.newPage(), close: () => context.close() }
}

const untilSpelling = (page: BenchPage) =>
  page.waitForFunction(() => (globalThis as unknown as PageWindow).benchSpelling !== undefined, undefined, { timeout: 120_000 })

async function firstFindings(browser: BenchBrowser, url: string, text: string, stats: Stats): Promise<void> {
  const runs: Array<{ page: number; first: number; spelling: number }> = []
  for (let run = 0; run < 5; run++) {
    const { page, close } = await freshPage(browser, text)
    await page.goto(url, { waitUntil: 'load' })
    await untilSpelling(page)
    runs.push(await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow
      return { page: w.klarsprak.firstFindingsMs, first: w.benchFirst!, spelling: w.benchSpelling! }
    }))
    await close()
  }
  const row = (what: string, xs: number[]) => console.log(`web:   ${what.padEnd(58)} ${median(xs).toFixed(0).padStart(6)} ms  (${stats(xs, 0)})`)
  console.log('web: first findings, 5 fresh page loads                              median  (min–median–max)')
  row('from navigation to the first findings', runs.map((r) => r.first))
  row('  window.klarsprak.firstFindingsMs, the page\'s own count', runs.map((r) => r.page))
  row('from navigation to the first findings with spelling', runs.map((r) => r.spelling))
}

async function keystrokes(browser: BenchBrowser, url: string, text: string): Promise<void> {
  const { page, close } = await freshPage(browser, text)
  try {
    await page.goto(url, { waitUntil: 'load' })
    await untilSpelling(page)
    await page.getByRole('textbox', { name: 'Text att granska', exact: true }).click()
    const count = () => page.evaluate(() => (globalThis as unknown as PageWindow).klarsprak.latencies.length)
    const start = await count()
    for (let i = 0; i < EDITS / 2; i++) {
      // the end of a word at an even step through the text, the cursor put there without an edit
      await page.evaluate((share: number) => {
        const view = (globalThis as unknown as PageWindow).klarsprak.editor.view
        const doc = view.state.doc.toString()
        const at = doc.slice(0, Math.floor(share * doc.length)).search(/\p{L}(?=[^\p{L}]*$)/u) + 1 || 1
        view.dispatch({ selection: { anchor: at }, scrollIntoView: true })
      }, (i + 0.5) / (EDITS / 2))
      for (const key of ['e', 'Backspace']) {
        const before = await count()
        await page.keyboard.press(key)
        await page.waitForFunction((n: number) => (globalThis as unknown as PageWindow).klarsprak.latencies.length > n, before, { timeout: 30_000 })
      }
    }
    const all = await page.evaluate(() => (globalThis as unknown as PageWindow).klarsprak.latencies)
    const latencies = all.slice(start)
    console.log(`web: keystroke to underline in the ${wordCount(text)}-word text, ${latencies.length} single-character edits at ${EDITS / 2} places: p50 ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, worst ${Math.max(...latencies).toFixed(0)} ms`)
  } finally {
    await close()
  }
}

/** dist/web as a web server sends it (build-web.mjs's folderSize), by part. */
function size(dir: string): void {
  if (!existsSync(dir)) return console.log(`web: ${dir} is missing (npm run build)`)
  const folder = folderSize(dir)
  const parts = new Map<string, { bytes: number; gzipped: number }>()
  for (const file of folder.files) {
    const part = file.path.startsWith('dictionaries/') ? file.path.split('/').slice(0, 2).join('/') + '/' : /\.(js|css|html)$/.test(file.path) ? file.path : 'other'
    const sum = parts.get(part) ?? { bytes: 0, gzipped: 0 }
    parts.set(part, { bytes: sum.bytes + file.bytes, gzipped: sum.gzipped + file.gzipped })
  }
  const kb = (n: number) => `${(n / 1000).toFixed(0)} kB`.padStart(9)
  console.log(`web: size of dist/web${' '.repeat(22)}bytes   gzipped`)
  for (const [part, s] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`web:   ${part.padEnd(34)}${kb(s.bytes)} ${kb(s.gzipped)}`)
  console.log(`web:   ${'total'.padEnd(34)}${kb(folder.bytes)} ${kb(folder.gzipped)}  (${folder.bytes} bytes, ${folder.gzipped} gzipped)`)
}
