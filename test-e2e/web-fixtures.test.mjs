// The writing page finds what the CLI finds (issue 20): every Markdown and text fixture under
// test-fixtures/ is put into the page, in the format its extension says, and its findings (with
// both dictionaries loaded) must equal `klarsprak check --format json` of the same file: rule,
// severity, message and place (line:column and UTF-16 offsets, start and end).
//
// A folder's .klarsprak.json is loaded into the page through the settings' file input, as a person
// would, and reset afterwards; the page's document is text.md or text.txt in a folder of its own,
// so the configuration is the only thing of the file's surroundings that can matter.
//
// Run by test-e2e/run.sh after `npm run build`, with KLARSPRAK_E2E_CACHE (where playwright-core
// is installed). Prints "N passed, N failed" last and exits non-zero on any failure.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checks, fail, launchChromium, playwright, recordFindings, startServe, waitForFindings } from './web-harness.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cache = process.env.KLARSPRAK_E2E_CACHE ?? join(root, '.e2e')
const { chromium } = playwright(cache)
/** Larger texts would only make the test slower; every fixture today is under 10 kB. */
const MAX_BYTES = 100_000
const FORMATS = { '.md': 'markdown', '.txt': 'plaintext' }
const { check, finish } = checks()

/** The nearest .klarsprak.json from the file's folder up to test-fixtures/ (the CLI walks on, but finds none above). */
function configOf(file) {
  for (let dir = dirname(file); dir.startsWith(join(root, 'test-fixtures')); dir = dirname(dir)) {
    if (existsSync(join(dir, '.klarsprak.json'))) return join(dir, '.klarsprak.json')
  }
  return undefined
}

function fixtures() {
  const found = readdirSync(join(root, 'test-fixtures'), { recursive: true })
    .map((f) => join(root, 'test-fixtures', f))
    .filter((f) => Object.keys(FORMATS).some((ext) => f.endsWith(ext)) && statSync(f).isFile())
    .sort()
  const tooLarge = found.filter((f) => statSync(f).size > MAX_BYTES)
  // without a configuration first, then folder by folder: one reset per folder
  const chosen = found.filter((f) => !tooLarge.includes(f)).map((f) => ({ path: relative(root, f), config: configOf(f) }))
  chosen.sort((a, b) => (a.config ?? '').localeCompare(b.config ?? '') || a.path.localeCompare(b.path))
  return { chosen, tooLarge: tooLarge.map((f) => relative(root, f)) }
}

/** 1-based line and UTF-16 column of an offset, as the CLI counts them. */
function place(text, offset) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`
}

const key = (f) => `${f.start}-${f.end} [${f.from}-${f.to}] ${f.severity} ${f.ruleId}: ${f.message}`

function cliFindings(paths) {
  const cli = spawnSync(process.execPath, [join(root, 'bin', 'klarsprak.js'), 'check', '--format', 'json', ...paths], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 })
  // 0: no finding of severity error, 1: some; 2 is a usage or configuration error
  if (cli.error || ![0, 1].includes(cli.status)) fail(`klarsprak check: exit ${cli.status} ${cli.error ?? ''}\n${cli.stderr}`)
  const byPath = new Map()
  for (const file of JSON.parse(cli.stdout)) {
    byPath.set(file.path, file.messages.map((m) => key({ start: `${m.line}:${m.column}`, end: `${m.endLine}:${m.endColumn}`, from: m.offset, to: m.endOffset, severity: m.severity, ruleId: m.ruleId, message: m.message })).sort())
  }
  return byPath
}

/** What differs between two sorted lists of findings, both ways. */
function difference(cli, page) {
  const missing = cli.filter((k) => !page.includes(k))
  const extra = page.filter((k) => !cli.includes(k))
  if (cli.length === page.length && missing.length === 0 && extra.length === 0) return undefined
  return [...missing.map((k) => `  only the CLI: ${k}`), ...extra.map((k) => `  only the page: ${k}`)].join('\n') || `  ${cli.length} findings from the CLI, ${page.length} in the page`
}

let serve, browser
try {
  const { chosen, tooLarge } = fixtures()
  let expected
  await check(`klarsprak check --format json on ${chosen.length} fixtures (${tooLarge.length} over ${MAX_BYTES / 1000} kB left out)`, () => {
    expected = cliFindings(chosen.map((f) => f.path))
    const missing = chosen.filter((f) => !expected.has(f.path))
    if (missing.length) fail(`the CLI reported nothing for: ${missing.map((f) => f.path).join(', ')}`)
    const count = [...expected.values()].reduce((n, list) => n + list.length, 0)
    if (count === 0) fail('the CLI found nothing at all')
    return `${count} findings; with a .klarsprak.json: ${[...new Set(chosen.filter((f) => f.config).map((f) => relative(root, f.config)))].join(', ') || 'none'}${tooLarge.length ? `; left out: ${tooLarge.join(', ')}` : ''}`
  })

  let page
  await check('the page is served and loads both dictionaries (a Swedish and an English misspelling are found)', async () => {
    serve = await startServe(root)
    browser = await launchChromium(chromium)
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await recordFindings(context)
    page = await context.newPage()
    page.on('pageerror', (e) => console.log(`page error: ${e}`))
    await page.goto(serve.url, { waitUntil: 'load' })
    const text = 'Det här stycket är skrivet på svenska, och ett av orden i det är felstavat: jag skrver fel.\n\nThis paragraph is written in English, and it has one speling error in it.\n'
    await page.evaluate((t) => window.klarsprak.editor.replaceAll(t), text)
    // once loaded the dictionaries stay: from here on each text's first findings include spelling
    await waitForFindings(page, (r, t) => t === text && ['spelling', 'en-spelling'].every((id) => r.findings.some((f) => f.ruleId === id)), 'spelling and en-spelling findings', 90_000)
    return serve.url
  })

  let compared = 0
  let findings = 0
  let format = 'markdown'
  let config
  for (const fixture of chosen) {
    await check(`${fixture.path}${fixture.config ? ` (with ${relative(root, fixture.config)})` : ''}: the page finds what the CLI finds`, async () => {
      if (fixture.config !== config) {
        await useConfig(page, fixture.config)
        config = fixture.config
      }
      const wanted = FORMATS[fixture.path.slice(fixture.path.lastIndexOf('.'))]
      if (wanted !== format) {
        await page.getByLabel('Textformat').selectOption(wanted)
        format = wanted
      }
      const text = readFileSync(join(root, fixture.path), 'utf8')
      // only findings shown from now on count (the same text may have been shown in another format)
      await page.evaluate((t) => {
        window.__findingsLog.length = 0
        window.klarsprak.editor.replaceAll(t)
      }, text)
      const result = await waitForFindings(page, (r, t) => t === text, 'the findings of the text', 60_000)
      const shown = result.findings.map((f) => key({ start: place(text, f.from), end: place(text, f.to), from: f.from, to: f.to, severity: f.severity, ruleId: f.ruleId, message: f.message })).sort()
      const diff = difference(expected.get(fixture.path), shown)
      if (diff) fail(`the page and the CLI differ:\n${diff}`)
      compared++
      findings += shown.length
      return `${shown.length} findings (${wanted})`
    }, Boolean(page))
  }
  await check('summary', () => {
    if (compared !== chosen.length) fail(`${compared} of ${chosen.length} fixtures compared`)
    return `${compared} fixtures and ${findings} findings compared, identical`
  }, true)
} finally {
  await browser?.close().catch(() => {})
  await serve?.stop()
}
finish()

/** Loads a configuration file through the settings' file input, or resets to the defaults; waits until the page uses it. */
async function useConfig(page, file) {
  await page.getByRole('button', { name: 'Inställningar', exact: true }).click()
  const text = file ? readFileSync(file, 'utf8') : ''
  if (file) await page.getByLabel('Läs in teamets .klarsprak.json').setInputFiles({ name: '.klarsprak.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  else await page.getByRole('button', { name: 'Återställ förvalda inställningar', exact: true }).click()
  // the page stores the file and hands it to the server in one step
  await page.waitForFunction((t) => (localStorage.getItem('klarsprak.config') ?? '') === t, text)
  await page.getByRole('button', { name: 'Stäng', exact: true }).click()
}
