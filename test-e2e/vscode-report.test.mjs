// End-to-end test of the report ("Granska dokumentet") in a real VS Code (code-server with the
// packaged extension, driven through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A person's path: open a Markdown file and see "LIX n · k fynd" in the status bar; run
// "Klarspråk: Granska dokumentet" from the command palette and get the report beside the text
// (figures, the sentence-length chart, every finding); click the finding for "erhålla" and find
// the word selected in the editor; type a sentence at the end and see the report follow.
//
// The report is a webview: in code-server an <iframe class="webview"> whose document holds the
// content in a nested <iframe id="active-frame">. It is reached through page.frames(), by content.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own. Prints
// "N passed, N failed" last, saves test-results/vscode-report.png, exits non-zero on failure.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { closeSecondarySideBar, editorText, fail, openFile, root, runVsCodeTest, until, wordCentre, wordRect, workspace, frameWith } from './vscode.test.mjs'

const FILE = 'rapport.md'
const original = [
  '# Stöd',
  '',
  'Du kan erhålla stöd. Ansökan skickas till nämnden.',
  '',
  'Vi ska vidta åtgärder för bullret i området och vi ska göra det snabbt och noggrant och med alla ' +
    'berörda parter och myndigheter som har ett ansvar för frågan i kommunen.',
  '',
].join('\n')
const WORD = 'erhålla'
const WORD_OFFSET = original.indexOf(WORD) // UTF-16 code units, as the server counts them
const WORD_END = WORD_OFFSET + WORD.length
const ADDED = 'Vi hjälper dig gärna.' // four words, typed at the end of the file
const ADDED_WORDS = 4

const COMMAND = 'Klarspråk: Granska dokumentet'
const PANEL_TITLE = `Granskning: ${FILE}`
const STATUS = /LIX \d+ · \d+ fynd/
// The report as it first opens (top: figures and chart), for a person to look at; not counted.
const OPEN_SHOT = join(root, 'test-results', 'vscode-report-open.png')

/** The status bar entry of Klarspråk (found by its text: "$(book) LIX 48 · 12 fynd"). */
const statusItem = (page) => page.locator('.statusbar-item', { hasText: STATUS }).first()

/** VS Code's own "Ln 3, Col 8 (7 selected)" entry. */
const selectionStatus = (page) => page.locator('[id="status.editor.selection"]')

/** The frame with the report's content (the document with the "Läsbarhet" heading), or null. */
const reportFrame = (page) => frameWith(page, 'h2#figures')

/** The report's figures table as { LIX: '24 – ...', Ord: '41', ... }, from the frame's DOM. */
const figures = (frame) =>
  frame.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('table.figures tr')].map((tr) => [
      tr.querySelector('th')?.textContent.trim(), tr.querySelector('td')?.textContent.replace(/\s+/g, ' ').trim(),
    ])),
  )

/** The screen rectangles of the editor's selection highlight, in page coordinates. */
const selectionRects = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.monaco-editor .view-overlays .selected-text')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
  )

let wordsBefore

const steps = [
  [`opens ${FILE} with Ctrl+P`, async (page) => {
    await openFile(page, FILE, 'Du kan erhålla')
    return closeSecondarySideBar(page)
  }],

  ['status bar shows "LIX n · k fynd"', async (page) => {
    const t = Date.now()
    const text = await until('a status bar item "LIX n · k fynd"', 30_000, async () => {
      const item = statusItem(page)
      return (await item.isVisible()) && (await item.innerText()).trim()
    })
    const fynd = Number(text.match(/(\d+) fynd/)[1])
    if (fynd === 0) fail(`the status bar counts no findings: "${text}"`)
    return `"${text}" after ${((Date.now() - t) / 1000).toFixed(1)} s`
  }],

  [`"${COMMAND}" from the command palette opens the report beside the text`, async (page) => {
    const t = Date.now()
    let attempts = 0
    await until(`"${COMMAND}" runs from the palette`, 30_000, async () => {
      attempts++
      if (!(await page.locator('.quick-input-widget').isVisible())) await page.keyboard.press('Control+Shift+P')
      const input = page.locator('.quick-input-widget input')
      await input.waitFor({ state: 'visible', timeout: 3_000 })
      await input.fill(`>${COMMAND}`)
      const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Granska dokumentet' }).first()
      await row.waitFor({ timeout: 5_000 })
      await page.keyboard.press('Enter')
      return true
    }, 500)
    const ran = Date.now()
    const tab = page.locator('.tabs-container .tab', { hasText: PANEL_TITLE }).first()
    await tab.waitFor({ timeout: 15_000 })
    const tabbed = Date.now()
    const frame = await until('the report\'s content in the webview', 20_000, () => reportFrame(page))
    const shown = Date.now()
    const content = await until('"Läsbarhet" and an svg[role=img] in the report', 10_000, async () => {
      const c = await frame.evaluate(() => ({
        headings: [...document.querySelectorAll('h2')].map((h) => h.textContent.trim()),
        charts: document.querySelectorAll('svg[role=img]').length,
        chartTitle: document.querySelector('svg[role=img] title')?.textContent ?? '',
        buttons: document.querySelectorAll('button.jump').length,
      }))
      return c.headings.includes('Läsbarhet') && c.charts > 0 && c
    })
    for (const h of ['Läsbarhet', 'Meningslängder', 'Fynd per kategori och regel', 'De tyngsta styckena', 'Alla fynd']) {
      if (!content.headings.includes(h)) fail(`the report lacks the section "${h}": ${JSON.stringify(content.headings)}`)
    }
    // The panel sits beside the text: two editor groups, the report not in the text's.
    const groups = await page.locator('.editor-group-container').count()
    if (groups < 2) fail(`the report did not open beside the editor (${groups} editor group)`)
    wordsBefore = Number((await figures(frame)).Ord)
    // The report lists as many findings as the status bar counts.
    const counted = Number((await statusItem(page).innerText()).match(/(\d+) fynd/)[1])
    const listed = await frame.locator('ul.findings li').count()
    if (listed !== counted) fail(`"Alla fynd" lists ${listed} findings, the status bar counts ${counted}`)
    await page.screenshot({ path: OPEN_SHOT }).catch((e) => console.log(`no screenshot ${OPEN_SHOT}: ${e.message}`))
    return `palette ${((ran - t) / 1000).toFixed(1)} s (attempt ${attempts}), tab ${((tabbed - ran) / 1000).toFixed(1)} s and content ${((shown - ran) / 1000).toFixed(1)} s later; tab "${PANEL_TITLE}"; ${content.buttons} jump buttons; ` +
      `${listed} findings, as counted; Ord ${wordsBefore}; chart: ${content.chartTitle}; ${relative(root, OPEN_SHOT)}`
  }],

  [`clicking the finding for "${WORD}" (Rad 3:8) selects the word in the editor`, async (page) => {
    const frame = await reportFrame(page)
    const button = frame.locator(`ul.findings button.jump[data-offset="${WORD_OFFSET}"]`).first()
    const label = (await button.innerText()).trim()
    const end = Number(await button.getAttribute('data-end'))
    if (label !== 'Rad 3:8') fail(`the button at offset ${WORD_OFFSET} reads "${label}", not "Rad 3:8"`)
    if (end !== WORD_END) fail(`the button at offset ${WORD_OFFSET} ends at ${end}, not ${WORD_END}`)
    const before = (await selectionStatus(page).innerText()).trim()
    const t = Date.now()
    await button.click()
    // The selection runs from the start of the word to its end (the cursor), 7 characters.
    const status = await until('the status bar to show the selection of the word', 10_000, async () => {
      const s = (await selectionStatus(page).innerText()).trim()
      return /^Ln 3, Col (8|15) \(7 selected\)$/.test(s) && s
    }, 50).catch(async (e) => fail(`${e.message}; it says "${(await selectionStatus(page).innerText()).trim()}" (before the click: "${before}")`))
    const ms = Date.now() - t
    // And the highlight covers exactly the word on screen (not the 7 characters after or before it).
    const word = await wordRect(page, WORD)
    const rects = await until('a selection highlight', 5_000, async () => (await selectionRects(page)).length > 0 && selectionRects(page))
    const covers = rects.some((r) => Math.abs(r.left - word.left) <= 2 && Math.abs(r.right - word.right) <= 2 && r.top <= word.top + 2 && r.bottom >= word.bottom - 2)
    if (!covers) fail(`the selection highlight ${JSON.stringify(rects)} is not over "${WORD}" ${JSON.stringify(word)}`)
    return `"${status}" after ${(ms / 1000).toFixed(1)} s (was "${before}")`
  }],

  ['typing a sentence at the end re-renders the report (Ord goes up)', async (page) => {
    const c = await until(`"${WORD}" on screen`, 5_000, () => wordCentre(page, WORD))
    await page.mouse.click(c.x, c.y)
    await page.keyboard.press('Control+End')
    await page.keyboard.type(ADDED, { delay: 10 })
    await until(`the editor to show "${ADDED}"`, 5_000, async () => (await editorText(page)).includes(ADDED))
    const t = Date.now()
    const now = await until(`"Ord" in the report to become ${wordsBefore + ADDED_WORDS}`, 15_000, async () => {
      const frame = await reportFrame(page)
      const words = frame && Number((await figures(frame)).Ord)
      return words === wordsBefore + ADDED_WORDS && words
    }, 100)
    if (readFileSync(join(workspace, FILE), 'utf8') !== original) fail(`${FILE} changed on disk (nothing was saved)`)
    const status = (await statusItem(page).innerText()).trim()
    return `Ord ${wordsBefore} → ${now} ${((Date.now() - t) / 1000).toFixed(1)} s after the last key; status bar "${status}"`
  }],
]

await runVsCodeTest({
  steps,
  fixture: { [FILE]: original },
  screenshot: join(root, 'test-results', 'vscode-report.png'),
  screenshotIsCheck: true,
})
