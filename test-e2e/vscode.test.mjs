// End-to-end test in a real VS Code: code-server with the packaged extension installed, driven in
// Debian's Chromium through playwright-core (see shared recipes/real-editor.md).
//
// A person's path through the product: open a Markdown file, see the squiggle and the Problems
// entry, hover for the Swedish explanation and its source, apply the quick fix with Ctrl+., save,
// and find exactly that one word changed on disk.
//
// This file is also the VS Code harness for the other scenarios (vscode-spelling.test.mjs,
// vscode-config.test.mjs): it exports the browser session (runVsCodeTest) and the editor helpers,
// and runs its own scenario only when started directly.
//
// Run by test-e2e/run.sh, which starts code-server and passes KLARSPRAK_E2E_URL,
// KLARSPRAK_E2E_WORKSPACE (the folder to open and write the fixture into), KLARSPRAK_E2E_USER_DATA
// (for the extension's log on failure) and KLARSPRAK_E2E_CACHE (where playwright-core is installed).
// Prints "N passed, N failed" last, saves test-results/vscode-e2e.png, exits non-zero on failure.
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const env = (name) => {
  if (process.env[name]) return process.env[name]
  console.log(`FAIL ${name} is not set: run this through npm run test:e2e\n0 passed, 1 failed`)
  process.exit(1)
}
const url = env('KLARSPRAK_E2E_URL')
export const workspace = env('KLARSPRAK_E2E_WORKSPACE')
const userData = process.env.KLARSPRAK_E2E_USER_DATA
const cache = process.env.KLARSPRAK_E2E_CACHE ?? join(root, '.e2e')
const { chromium } = createRequire(join(cache, 'pw', 'package.json'))('playwright-core')

// Å/ä/ö and emoji (one astral, one ZWJ sequence) before the flagged line: offsets counted in
// anything but UTF-16 code units would put the squiggle and the fix in the wrong place.
const FILE = 'demo.md'
const original = [
  '# Stöd för dig',
  '',
  'Här får Åsa, Örjan och Ängla 👩‍👩‍👧 hjälp 🙂 med blanketten.',
  'Du kan erhålla stöd. Vi gör det i enlighet med lagen.',
  '',
  'Sista raden står kvar.',
  '',
].join('\n')
const expected = original.replace('Du kan erhålla stöd.', 'Du kan få stöd.')
const MESSAGE = 'Skriv hellre ”få” än ”erhålla”.'
const FIX_TITLE = 'Ersätt med ”få”'
const WORD = 'erhålla'

export function fail(reason) {
  throw new Error(reason)
}

/** Polls `probe` until it returns a truthy value; throws `what` after `ms`. Never a fixed sleep. */
export async function until(what, ms, probe, every = 50) {
  const deadline = Date.now() + ms
  let last
  for (;;) {
    try {
      last = await probe()
      if (last) return last
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) fail(`${what} (waited ${ms / 1000} s${last instanceof Error ? `; last error: ${last.message}` : ''})`)
    await new Promise((r) => setTimeout(r, every))
  }
}

export const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

// --- Editor helpers --------------------------------------------------------------------------

/** The screen rectangle of a word in the editor, found through a DOM Range over the rendered line. */
export async function wordRect(page, word) {
  return page.evaluate((word) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + word.length)
        const r = range.getBoundingClientRect()
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
      }
    }
    return null
  }, word)
}

/** The centre of the word on screen. */
export async function wordCentre(page, word) {
  const r = await wordRect(page, word)
  return r && { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 }
}

/**
 * The squiggle classes (e.g. "squiggly-warning") of the decorations covering the word's centre:
 * null if the word is not on screen, [] if it is but has no squiggle.
 */
export async function squigglesOn(page, word) {
  const c = await wordCentre(page, word)
  if (!c) return null
  return page.evaluate(({ x, y }) =>
    [...document.querySelectorAll('.monaco-editor .view-overlays [class*="squiggly-"]')]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.left <= x && x <= r.right && r.top - 2 <= y && y <= r.bottom + 2
      })
      .map((el) => [...el.classList].find((c) => c.startsWith('squiggly-'))),
  c)
}

/** The editor's visible text, with VS Code's U+00A0 spaces turned back into spaces. */
export const editorText = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
      .map((l) => l.textContent.replace(/\u00a0/g, ' '))
      .join('\n'),
  )

/** Opens a workspace file with Ctrl+P and waits until the editor shows `shows`. */
export async function openFile(page, file, shows) {
  await until(`${file} opens in an editor`, 45_000, async () => {
    if (!(await page.locator('.quick-input-widget').isVisible())) await page.keyboard.press('Control+P')
    const input = page.locator('.quick-input-widget input')
    await input.waitFor({ state: 'visible', timeout: 3_000 })
    await input.fill(file)
    // Enter opens the focused row. Right after the fill the list may still be the unfiltered one
    // (recently opened files first), so wait until the filter has put this file in focus.
    const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: file }).first()
    await row.waitFor({ timeout: 5_000 })
    await page.keyboard.press('Enter')
    return until('editor shows the file', 5_000, async () => (await editorText(page)).includes(shows))
  }, 500)
}

/**
 * The webview frame whose document holds `selector`, or null: a report's innermost document.
 * Looked up afresh each time, since a re-render may swap frames.
 */
export async function frameWith(page, selector) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.isDetached()) continue
    const found = await frame.evaluate((s) => !!document.querySelector(s), selector).catch(() => false)
    if (found) return frame
  }
  return null
}

/**
 * VS Code 1.139 opens a secondary side bar on the right (empty, with chat off) that would squeeze
 * a report beside the text into a third of the window; a person would close it. Ctrl+Alt+B toggles
 * it (the setting workbench.secondarySideBar.defaultVisibility in the workspace did not hide it).
 * Best effort: no check depends on it. Returns what happened, for the log.
 */
export async function closeSecondarySideBar(page) {
  const bar = page.locator('[id="workbench.parts.auxiliarybar"]')
  if (!(await bar.isVisible())) return 'no secondary side bar'
  await page.keyboard.press('Control+Alt+B')
  return bar.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => 'secondary side bar closed', () => 'secondary side bar stayed open')
}

/** Opens the Problems panel (Ctrl+Shift+M) unless it is already showing. */
export async function showProblems(page) {
  if (await page.locator('.markers-panel').isVisible()) return
  await page.keyboard.press('Control+Shift+M')
  await page.locator('.markers-panel').waitFor({ timeout: 10_000 })
}

/** The Problems panel's row for a message, its whitespace collapsed. Opens the panel first. */
export async function problemsRow(page, message, timeout = 15_000) {
  await showProblems(page)
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: message }).first()
  await row.waitFor({ timeout })
  return (await row.innerText()).replace(/\s+/g, ' ')
}

/**
 * Waits for a squiggle of the given class (e.g. "squiggly-warning") under a word and checks the
 * Problems row for `message` names each of `parts`; returns what was seen, for the report.
 */
export async function squiggleAndProblem(page, { word, message, parts, squiggle }) {
  const t = Date.now()
  const classes = await until(`a squiggle under "${word}"`, 30_000, async () => {
    const found = await squigglesOn(page, word)
    return found?.length > 0 && found
  })
  const squiggleMs = Date.now() - t
  const text = await problemsRow(page, message)
  for (const part of parts) {
    if (!text.includes(part)) fail(`Problems entry lacks "${part}": ${text}`)
  }
  if (!classes.includes(squiggle)) fail(`expected ${squiggle}, found ${classes.join(', ')}`)
  return `${classes.join(', ')} after ${(squiggleMs / 1000).toFixed(1)} s; ${text}`
}

/**
 * Opens the quick-fix menu on a word with Ctrl+. and returns its rows' titles in menu order.
 * Ctrl+. right after a click is sometimes swallowed: click, wait for the light bulb, settle
 * briefly, press, and retry from Escape if no menu shows.
 */
export async function openQuickFixMenu(page, word) {
  let attempts = 0
  const rows = page.locator('.action-widget .monaco-list-row.action')
  await until(`the quick-fix menu on "${word}"`, 40_000, async () => {
    attempts++
    await page.keyboard.press('Escape')
    const c = await wordCentre(page, word)
    if (!c) fail(`"${word}" is not on screen`)
    await page.mouse.click(c.x, c.y)
    await page.locator('.lightBulbWidget').first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {})
    await page.waitForTimeout(300) // the recipe's settle, not a wait for a result
    await page.keyboard.press('Control+Period')
    await rows.first().waitFor({ timeout: 3_000 })
    return true
  }, 100)
  return { attempts, offered: (await rows.allInnerTexts()).map((s) => s.trim()) }
}

/** Picks an entry of the open quick-fix menu by its exact title. */
export async function chooseQuickFix(page, title) {
  const rows = page.locator('.action-widget .monaco-list-row.action')
  const offered = (await rows.allInnerTexts()).map((s) => s.trim())
  const index = offered.indexOf(title)
  if (index < 0) fail(`the menu offers ${JSON.stringify(offered)}, not "${title}"`)
  await rows.nth(index).click()
}

/** Saves with Ctrl+S and returns the file's text once it differs from `before` on disk. */
export async function saveAndRead(page, path, before) {
  await page.keyboard.press('Control+S')
  return until(`${path} to change on disk`, 10_000, () => {
    const text = readFileSync(path, 'utf8')
    return text !== before && text
  })
}

/** Prints the tail of the extension's Output channel ("Klarspråk") from code-server's logs. */
function printExtensionLog(since) {
  if (!userData || !existsSync(join(userData, 'logs'))) return
  const found = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name)
      if (entry.isDirectory()) walk(p)
      else if (/Klarspr|exthost\.log$/.test(entry.name) && statSync(p).mtimeMs >= since) found.push(p)
    }
  }
  walk(join(userData, 'logs'))
  for (const p of found) {
    const text = readFileSync(p, 'utf8').trimEnd()
    if (text === '') {
      // vscode-languageclient writes the LSP trace only when the channel's log level is Trace
      console.log(`--- ${p.slice(userData.length + 1)} (empty)`)
      continue
    }
    const lines = text.split('\n')
    console.log(`--- ${p.slice(userData.length + 1)} (last ${Math.min(lines.length, 40)} lines)`)
    console.log(lines.slice(-40).join('\n'))
  }
}

// --- The browser session ---------------------------------------------------------------------

/**
 * Runs one scenario in a fresh Chromium against code-server, with KLARSPRAK_E2E_WORKSPACE opened
 * as the folder. `fixture` maps file names (paths such as "kapitel/a.md" too) to their text, written into the workspace before the
 * browser starts. Each step is `[name, async (page) => detail]`; after the first failure the rest
 * are reported as not run. The screenshot is taken at the end either way, and counted as a check
 * when `screenshotIsCheck` is set. Prints "N passed, N failed" last and sets the exit code.
 */
export async function runVsCodeTest({ steps, fixture, screenshot, screenshotIsCheck = false, watchdogSeconds = 240 }) {
  const started = Date.now()
  const watchdog = setTimeout(() => {
    console.log(`FAIL test did not finish within ${watchdogSeconds} s`)
    console.log(`0 passed, ${1 + steps.length + (screenshotIsCheck ? 1 : 0)} failed`) // 1: the workbench
    process.exit(1)
  }, watchdogSeconds * 1000)
  watchdog.unref()

  mkdirSync(workspace, { recursive: true })
  for (const [name, text] of Object.entries(fixture)) {
    mkdirSync(dirname(join(workspace, name)), { recursive: true })
    writeFileSync(join(workspace, name), text)
  }
  mkdirSync(dirname(screenshot), { recursive: true })
  rmSync(screenshot, { force: true })
  const profile = mkdtempSync(join(tmpdir(), 'klarsprak-chromium-'))
  const pageErrors = []
  const results = []
  let context, page
  const report = (r) =>
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} [${(r.ms / 1000).toFixed(1)} s]${r.detail ? ` ${r.ok ? '' : '\n     '}${r.detail}` : ''}`)
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      timeout: 60_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
        // a closed machine: the browser resolves the local code-server and nothing else
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => pageErrors.push(String(e)))
    const folderUrl = `${url}?folder=${encodeURIComponent(workspace)}`
    const all = [
      ['workbench loads', async () => {
        await page.goto(folderUrl, { timeout: 60_000 })
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 })
      }],
      ...steps,
    ]
    let broken
    for (const [name, run] of all) {
      if (broken) {
        results.push({ name, ok: false, detail: `not run: "${broken}" failed` })
        continue
      }
      const t = Date.now()
      try {
        const detail = await run(page)
        results.push({ name, ok: true, detail: `${detail ?? ''}`, ms: Date.now() - t })
      } catch (error) {
        results.push({ name, ok: false, detail: error.message, ms: Date.now() - t })
        broken = name
      }
      report(results.at(-1))
    }
    const t = Date.now()
    const shot = await page.screenshot({ path: screenshot }).then(() => null, (e) => e)
    if (screenshotIsCheck) {
      const ok = !shot && existsSync(screenshot) && statSync(screenshot).size > 0
      results.push({ name: `screenshot ${screenshot.slice(root.length + 1)}`, ok, ms: Date.now() - t,
        detail: ok ? `${Math.round(statSync(screenshot).size / 1024)} KiB` : `not saved: ${shot?.message ?? 'empty file'}` })
      report(results.at(-1))
    } else if (shot) console.log(`no screenshot: ${shot.message}`)
  } catch (error) {
    results.push({ name: 'browser session', ok: false, detail: error.message })
    console.log(`FAIL browser session\n     ${error.message}`)
  } finally {
    await context?.close().catch(() => {})
    rmSync(profile, { recursive: true, force: true })
  }
  for (const r of results.filter((r) => !r.ok && r.detail.startsWith('not run'))) console.log(`FAIL ${r.name} (${r.detail})`)
  const failed = results.filter((r) => !r.ok).length
  if (failed > 0) {
    console.log(`screenshot: ${screenshot}`)
    if (pageErrors.length > 0) console.log(`page errors:\n  ${pageErrors.slice(0, 10).join('\n  ')}`)
    printExtensionLog(started)
  }
  console.log(`whole test took ${elapsed(started)}`)
  console.log(`${results.length - failed} passed, ${failed} failed`)
  process.exitCode = failed === 0 ? 0 : 1
}

// --- This file's scenario --------------------------------------------------------------------

const steps = [
  [`opens ${FILE} with Ctrl+P`, (page) => openFile(page, FILE, 'Du kan erhålla')],

  ['squiggle appears under "erhålla"', async (page) => {
    await until('a Klarspråk squiggle', 30_000, async () => (await squigglesOn(page, WORD))?.length > 0)
  }],

  ['Problems panel lists the finding', async (page) => {
    const text = await problemsRow(page, MESSAGE)
    for (const part of ['klarsprak', 'plain-words', 'Ln 4, Col 8']) {
      if (!text.includes(part)) fail(`Problems entry lacks "${part}": ${text}`)
    }
    return text
  }],

  ['hover explains in Swedish, with its source', async (page) => {
    const text = await until('a hover with "Källa"', 20_000, async () => {
      const c = await wordCentre(page, WORD)
      await page.mouse.move(c.x - 40, c.y + 60) // leave and come back, so each try is a fresh hover
      await page.mouse.move(c.x, c.y, { steps: 3 })
      const hover = page.locator('.monaco-hover:visible', { hasText: 'Källa' }).first()
      await hover.waitFor({ timeout: 3_000 })
      return hover.innerText()
    }, 200)
    const links = await page.locator('.monaco-hover:visible a').count()
    if (!text.includes('få')) fail(`hover does not mention "få": ${text}`)
    if (links === 0) fail(`hover has no link: ${text}`)
    await page.keyboard.press('Escape')
    await page.mouse.move(5, 5)
    const source = text.split('\n').find((l) => l.includes('Källa')).trim()
    return `${source.length > 120 ? `${source.slice(0, 117)}...` : source} (${links} link${links === 1 ? '' : 's'})`
  }],

  [`quick fix "${FIX_TITLE}" via Ctrl+.`, async (page) => {
    const { attempts, offered } = await openQuickFixMenu(page, WORD)
    await chooseQuickFix(page, FIX_TITLE)
    await until('the editor to show "Du kan få stöd."', 10_000, async () => (await editorText(page)).includes('Du kan få stöd.'))
    return `attempt ${attempts}; offered: ${offered.join(' | ')}`
  }],

  ['Ctrl+S writes exactly that change to disk', async (page) => {
    const onDisk = await saveAndRead(page, join(workspace, FILE), original)
    if (onDisk !== expected) {
      fail(`file on disk differs.\n--- expected\n${expected}\n--- got\n${onDisk}`)
    }
    return 'Du kan få stöd. (rest unchanged)'
  }],
]

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runVsCodeTest({ steps, fixture: { [FILE]: original }, screenshot: join(root, 'test-results', 'vscode-e2e.png') })
}
