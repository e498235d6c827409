// End-to-end test of the exported report in a real browser: `klarsprak report --format html`
// on the demo fixture, the page opened from disk in Debian's Chromium through playwright-core.
//
// What a person gets when they open the file someone sent them: a page that loads nothing from
// anywhere (no scripts, no remote resources, so no request but the file itself), logs no errors
// or warnings, shows the figures, the sentence-length chart and every finding, and stays readable
// with a dark colour scheme. Saves test-results/report-html.png (light, full page) and
// test-results/report-html-dark.png for a person to look at. The same text as a Word file and a PDF
// (test-fixtures/office/, written by `npm run fixtures:office`) gives the same page with findings
// placed by paragraph and heading or by page: test-results/report-html-docx.png and -pdf.png.
//
// Run by test-e2e/run.sh after `npm run build`, with KLARSPRAK_E2E_CACHE (where playwright-core
// is installed) and KLARSPRAK_E2E_SCRATCH (a folder for the exported page). Prints
// "N passed, N failed" last and exits non-zero on any failure.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cache = process.env.KLARSPRAK_E2E_CACHE ?? join(root, '.e2e')
const scratch = process.env.KLARSPRAK_E2E_SCRATCH ?? join(cache, 'run', 'report-html')
const { chromium } = createRequire(join(cache, 'pw', 'package.json'))('playwright-core')

const FIXTURE = 'test-fixtures/remiss-kommunikationsprogram.md'
const out = join(scratch, 'remiss-kommunikationsprogram.html')
const fileUrl = pathToFileURL(out).href
const SECTIONS = ['Läsbarhet', 'Meningslängder', 'Fynd per kategori och regel', 'De tyngsta styckena', 'Alla fynd']
const shots = {
  light: join(root, 'test-results', 'report-html.png'),
  dark: join(root, 'test-results', 'report-html-dark.png'),
  docx: join(root, 'test-results', 'report-html-docx.png'),
  pdf: join(root, 'test-results', 'report-html-pdf.png'),
}

const started = Date.now()
const results = []
const report = (r) =>
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} [${(r.ms / 1000).toFixed(1)} s]${r.detail ? ` ${r.ok ? '' : '\n     '}${r.detail.replace(/\n/g, '\n     ')}` : ''}`)
const fail = (reason) => { throw new Error(reason) }
const kib = (path) => `${Math.round(statSync(path).size / 1024)} KiB`

/** Runs one check; after the first failure the rest are reported as not run, unless `always`. */
let broken
async function check(name, run, always = false) {
  if (broken && !always) {
    results.push({ name, ok: false, ms: 0, detail: `not run: "${broken}" failed` })
    return report(results.at(-1))
  }
  const t = Date.now()
  try {
    const detail = await run()
    results.push({ name, ok: true, ms: Date.now() - t, detail: `${detail ?? ''}` })
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - t, detail: error.message })
    broken = name
  }
  report(results.at(-1))
}

// --- What the page does in the browser -------------------------------------------------------

/** Everything the browser says while a page loads: console lines, page errors, requests. */
function listen(page) {
  const seen = { console: [], pageErrors: [], requests: [], failed: [] }
  page.on('console', (m) => seen.console.push({ type: m.type(), text: m.text() }))
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)))
  page.on('request', (r) => seen.requests.push(r.url()))
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()}: ${r.failure()?.errorText}`))
  return seen
}

/** Fails on any error or warning in the console, any page error or failed request, and any request but the page's own. */
function quiet(seen, url = fileUrl) {
  const loud = seen.console.filter((m) => m.type === 'error' || m.type === 'warning')
  const others = seen.requests.filter((u) => u !== url)
  const problems = [
    ...loud.map((m) => `console ${m.type}: ${m.text}`),
    ...seen.pageErrors.map((e) => `page error: ${e}`),
    ...seen.failed.map((f) => `failed request: ${f}`),
    ...others.map((u) => `request other than the file: ${u}`),
  ]
  if (problems.length > 0) fail(problems.join('\n'))
  if (!seen.requests.includes(url)) fail(`the page itself was not requested? requests: ${JSON.stringify(seen.requests)}`)
  return `${seen.requests.length} request (the file), ${seen.console.length} console message${seen.console.length === 1 ? '' : 's'}`
}

/** The page's structure as the checks need it, read in the page. */
const structure = (page) =>
  page.evaluate(() => {
    const chart = document.querySelector('figure.chart svg[role=img]')
    const box = chart?.getBoundingClientRect()
    return {
      title: document.title,
      h1: document.querySelector('h1')?.textContent.trim(),
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent.trim()),
      figures: Object.fromEntries([...document.querySelectorAll('table.figures tr')]
        .map((tr) => [tr.querySelector('th')?.textContent.trim(), tr.querySelector('td')?.textContent.replace(/\s+/g, ' ').trim()])),
      chart: chart && {
        label: chart.querySelector('title')?.textContent.trim(),
        labelledBy: chart.getAttribute('aria-labelledby'),
        // the bars themselves, not the <pattern>'s tile (also a rect.bar.long)
        bars: chart.querySelectorAll(':scope > rect.bar').length,
        longBars: chart.querySelectorAll(':scope > rect.bar.long').length,
        width: Math.round(box.width),
        height: Math.round(box.height),
      },
      findings: document.querySelectorAll('ul.findings li').length,
      scripts: document.querySelectorAll('script').length,
      buttons: document.querySelectorAll('button').length,
    }
  })

/**
 * The lowest WCAG contrast ratio between an element's text colour and the background behind it,
 * over every element with its own visible text (SVG text left out: it is drawn with fill).
 */
const lowestContrast = (page) =>
  page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number)
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 }
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3)
      }
      // the canvas: what the browser paints under a page without a background of its own
      return matchMedia('(prefers-color-scheme: dark)').matches && getComputedStyle(document.documentElement).colorScheme.includes('dark')
        ? [18, 18, 18] : [255, 255, 255]
    }
    let lowest = { ratio: Infinity }
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg')) continue
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim() !== '')
      if (!ownText || el.getBoundingClientRect().width === 0) continue
      const fg = lum(rgb(getComputedStyle(el).color))
      const bg = lum(background(el))
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
      if (ratio < lowest.ratio) {
        lowest = { ratio: Math.round(ratio * 100) / 100, element: el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''),
          color: getComputedStyle(el).color, background: `rgb(${background(el).join(', ')})`, text: el.textContent.trim().slice(0, 40) }
      }
    }
    return lowest
  })

// --- The checks ------------------------------------------------------------------------------

rmSync(scratch, { recursive: true, force: true })
mkdirSync(scratch, { recursive: true })
mkdirSync(join(root, 'test-results'), { recursive: true })
for (const p of Object.values(shots)) rmSync(p, { force: true })

await check(`klarsprak report --format html writes ${FIXTURE} as one self-contained page`, async () => {
  const t = Date.now()
  const cli = spawnSync(process.execPath, [join(root, 'bin', 'klarsprak.js'), 'report', FIXTURE, '--format', 'html', '--output', out],
    { cwd: root, encoding: 'utf8', timeout: 60_000 })
  const ms = Date.now() - t
  // 0: no findings of severity error; 1: some (the report is written either way); 2 is a usage error.
  if (cli.error || ![0, 1].includes(cli.status)) fail(`exit ${cli.status} ${cli.signal ?? ''} ${cli.error ?? ''}\n${cli.stdout}\n${cli.stderr}`)
  if (!existsSync(out) || statSync(out).size === 0) fail(`${out} was not written\n${cli.stderr}`)
  const html = readFileSync(out, 'utf8')
  if (/<script/i.test(html)) fail('the page has a <script>')
  const remote = html.match(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi)
  if (remote) fail(`the page refers to remote resources: ${remote.join(', ')}`)
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1]
  if (!csp || !/default-src 'none'/.test(csp)) fail(`no strict Content Security Policy: ${csp}`)
  return `exit ${cli.status}, ${kib(out)} in ${(ms / 1000).toFixed(1)} s; CSP ${csp}`
})

const profile = mkdtempSync(join(tmpdir(), 'klarsprak-chromium-'))
let context
try {
  await check('Chromium starts', async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      timeout: 60_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
        // a closed machine: the browser resolves nothing, so a remote resource could only fail
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    })
    return context.browser()?.version() ?? ''
  })

  let page, seen
  await check('the page loads from disk with no error, warning or request but its own', async () => {
    page = context.pages()[0] ?? (await context.newPage())
    await page.emulateMedia({ colorScheme: 'light' })
    seen = listen(page)
    const t = Date.now()
    await page.goto(fileUrl, { waitUntil: 'load', timeout: 30_000 })
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
    return `loaded in ${((Date.now() - t) / 1000).toFixed(1)} s; ${quiet(seen)}`
  })

  let shape
  await check('the page has the report\'s sections, figures and findings', async () => {
    shape = await structure(page)
    if (!shape.h1?.includes('remiss-kommunikationsprogram.md')) fail(`the heading does not name the file: ${shape.h1}`)
    for (const h of SECTIONS) if (!shape.headings.includes(h)) fail(`no section "${h}": ${JSON.stringify(shape.headings)}`)
    for (const row of ['LIX', 'Ord', 'Meningar']) if (!/\d/.test(shape.figures[row] ?? '')) fail(`no figure for "${row}": ${JSON.stringify(shape.figures)}`)
    if (shape.findings === 0) fail('"Alla fynd" lists nothing')
    if (shape.scripts + shape.buttons > 0) fail(`the exported page has ${shape.scripts} scripts and ${shape.buttons} buttons`)
    return `${shape.headings.join(' | ')}; LIX ${shape.figures.LIX}, Ord ${shape.figures.Ord}, Meningar ${shape.figures.Meningar}; ${shape.findings} findings`
  })

  await check('the sentence-length chart is an inline SVG with a text alternative, drawn on screen', async () => {
    const c = shape.chart
    if (!c) fail('no figure.chart svg[role=img]')
    if (!c.label || !c.labelledBy) fail(`the chart has no accessible name: ${JSON.stringify(c)}`)
    if (c.bars === 0) fail('the chart has no bars')
    if (c.width < 300 || c.height < 100) fail(`the chart is drawn ${c.width}×${c.height} px`)
    const sentences = Number(shape.figures.Meningar)
    if (c.bars !== sentences && c.bars !== 13) fail(`${c.bars} bars for ${sentences} sentences (one per sentence, or a 13-bucket histogram)`)
    return `${c.bars} bars (${c.longBars} long), ${c.width}×${c.height} px; "${c.label}"`
  })

  await check(`full-page screenshot ${relative(root, shots.light)}`, async () => {
    await page.screenshot({ path: shots.light, fullPage: true })
    const contrast = await lowestContrast(page)
    return `${kib(shots.light)}; lowest text contrast ${contrast.ratio}:1 (${contrast.element}, ${contrast.color} on ${contrast.background})`
  }, Boolean(page)) // an artifact to look at, also when an earlier check failed

  await check(`dark colour scheme: loads without errors, same sections, readable; ${relative(root, shots.dark)}`, async () => {
    const dark = await context.newPage()
    await dark.emulateMedia({ colorScheme: 'dark' })
    const seenDark = listen(dark)
    await dark.goto(fileUrl, { waitUntil: 'load', timeout: 30_000 })
    await dark.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
    if (!(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) fail('the dark colour scheme was not applied')
    const quietness = quiet(seenDark)
    const s = await structure(dark)
    for (const h of SECTIONS) if (!s.headings.includes(h)) fail(`no section "${h}": ${JSON.stringify(s.headings)}`)
    if (!s.chart || s.chart.width < 300) fail(`the chart is missing or squeezed: ${JSON.stringify(s.chart)}`)
    const contrast = await lowestContrast(dark)
    if (contrast.ratio < 4.5) fail(`text with contrast ${contrast.ratio}:1 (under 4.5:1): ${JSON.stringify(contrast)}`)
    const colours = await dark.evaluate(() => ({ color: getComputedStyle(document.body).color, background: getComputedStyle(document.body).backgroundColor }))
    await dark.screenshot({ path: shots.dark, fullPage: true })
    await dark.close()
    return `${quietness}; body ${colours.color} on ${colours.background}; lowest text contrast ${contrast.ratio}:1 (${contrast.element}); ${kib(shots.dark)}`
  })

  // the seed text as Word and PDF: the same report, each finding placed as the reader of that file finds it
  const office = { docx: { place: /^Stycke \d+( \((under ”[^”]+”|rubriken)\))?$/, words: 'paragraph and heading' }, pdf: { place: /^Sida \d+$/, words: 'page' } }
  for (const [ext, { place, words }] of Object.entries(office)) {
    const source = `test-fixtures/office/remiss-kommunikationsprogram.${ext}`
    const exported = join(scratch, `remiss-kommunikationsprogram-${ext}.html`)
    await check(`klarsprak report --format html on ${source}: findings placed by ${words}, quoted in context; ${relative(root, shots[ext])}`, async () => {
      const cli = spawnSync(process.execPath, [join(root, 'bin', 'klarsprak.js'), 'report', source, '--format', 'html', '--output', exported], { cwd: root, encoding: 'utf8', timeout: 60_000 })
      if (cli.error || ![0, 1].includes(cli.status)) fail(`exit ${cli.status} ${cli.signal ?? ''} ${cli.error ?? ''}\n${cli.stdout}\n${cli.stderr}`)
      const url = pathToFileURL(exported).href
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: 'light' })
      const heard = listen(page)
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 })
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
      const quietness = quiet(heard, url)
      const s = await structure(page)
      if (!s.h1?.includes(`remiss-kommunikationsprogram.${ext}`)) fail(`the heading does not name the file: ${s.h1}`)
      for (const h of SECTIONS) if (!s.headings.includes(h)) fail(`no section "${h}": ${JSON.stringify(s.headings)}`)
      if (s.findings === 0) fail('"Alla fynd" lists nothing')
      const places = await page.evaluate(() => [...document.querySelectorAll('ul.findings li')].map((li) => ({ where: li.querySelector('.where')?.textContent.trim(), context: li.querySelector('q.context')?.textContent.trim() })))
      const wrong = places.filter((p) => !place.test(p.where ?? '') || !p.context)
      if (wrong.length) fail(`findings without a ${words} or a quoted context: ${JSON.stringify(wrong.slice(0, 3))}`)
      if (s.findings !== shape?.findings) fail(`${s.findings} findings, the Markdown's report has ${shape?.findings}`)
      await page.screenshot({ path: shots[ext], fullPage: true })
      await page.close()
      return `${s.findings} findings as in the Markdown, e.g. ${places[1]?.where}: ”${places[1]?.context}”; ${quietness}; ${kib(shots[ext])}`
    }, Boolean(context))
  }
} finally {
  await context?.close().catch(() => {})
  rmSync(profile, { recursive: true, force: true })
}

const failed = results.filter((r) => !r.ok).length
console.log(`whole test took ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
