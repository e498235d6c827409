// End-to-end test of the folder report ("Granska mappen") in a real VS Code (code-server with the
// packaged extension, driven through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A person's path: open a document of the folder kapitel/ and see its squiggle; right-click the
// folder in the explorer and choose "Granska mappen"; the report opens in a tab beside the text and
// lists every document of the folder with as many findings as `klarsprak report --format json`
// gives for the same folder (and nothing from outside it); then, with the report still open, type
// a sentence into the document and see its new finding underlined and in the Problems panel. The
// folder's files are checked on worker threads in the language server; the last step shows the
// server still answers the open document.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own. Prints
// "N passed, N failed" last, saves test-results/vscode-folder-report.png, exits non-zero on failure.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { closeSecondarySideBar, editorText, fail, openFile, problemsRow, root, runVsCodeTest, squiggleAndProblem, squigglesOn, until, wordCentre, workspace, frameWith } from './vscode.test.mjs'

const FOLDER = 'kapitel'
const documents = {
  'ansokan.md': '# Ansökan\n\nDu kan erhålla stöd. Ansökan skickas till nämnden.\n',
  'beslut.md': '# Beslut\n\nNämnden fattar beslut om stödet. Du får beslutet med posten.\n',
  'overklaga.md': '# Överklaga\n\nOm du vill överklaga beslutet ska du erhålla en blankett.\n',
  'kontakt.md': '# Kontakt\n\nRing oss om du har frågor.\n',
}
// Outside the folder, with a finding of its own: the report must not list it.
const OUTSIDE = { 'utanfor.md': '# Utanför\n\nDu kan erhålla svar.\n' }
const fixture = {
  ...Object.fromEntries(Object.entries(documents).map(([name, text]) => [`${FOLDER}/${name}`, text])),
  ...OUTSIDE,
}

const FILE = 'ansokan.md' // the document open beside the report
const WORD = 'erhålla'
const MESSAGE = 'Skriv hellre ”få” än ”erhålla”.'
const ADDED = 'Vi har fått ditt brev avseende bygglovet.' // typed on the file's last (empty) line
const ADDED_WORD = 'avseende'
const ADDED_MESSAGE = 'än ”avseende”.'

const MENU_ENTRY = 'Granska mappen'
const PANEL_TITLE = 'Granskning av mappen'

/**
 * What the CLI reports for the same folder, from this repository's build (run.sh has just built
 * dist/): { files: Map(file name -> number of findings), findings: total }.
 */
function cliReport() {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'klarsprak.js'), 'report', '--format', 'json', join(workspace, FOLDER)], { encoding: 'utf8' })
  if (result.error) fail(`klarsprak report did not run: ${result.error.message}`)
  let report
  try {
    report = JSON.parse(result.stdout)
  } catch {
    fail(`klarsprak report --format json gave no JSON (exit ${result.status}): ${result.stdout.slice(0, 200)} ${result.stderr.slice(0, 200)}`)
  }
  return { files: new Map(report.files.map((f) => [basename(f.path), f.findings.length])), findings: report.totals.findings }
}

/** The frame with the folder report's content (the document with the "Sammanfattning" heading), or null. */
const folderReportFrame = (page) => frameWith(page, 'h2#summary')

/** The report's summary: its sentence and its table, one row per file as [path, words, LIX, level, findings]. */
const summary = (frame) =>
  frame.evaluate(() => ({
    text: document.querySelector('section[aria-labelledby="summary"] p')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    rows: [...document.querySelectorAll('section[aria-labelledby="summary"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
  }))

/** The explorer's row for a top-level entry, by its exact name. */
const explorerRow = (page, name) =>
  page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${name}$`) }) }).first()

let expected

const steps = [
  [`opens ${FOLDER}/${FILE} with Ctrl+P`, async (page) => {
    await openFile(page, FILE, 'Du kan erhålla')
    return closeSecondarySideBar(page)
  }],

  [`squiggle under "${WORD}" and its Problems entry`, (page) =>
    squiggleAndProblem(page, { word: WORD, message: MESSAGE, parts: ['plain-words', 'Ln 3, Col 8'], squiggle: 'squiggly-warning' })],

  [`klarsprak report --format json ${FOLDER}/ (the CLI, for comparison)`, () => {
    expected = cliReport()
    const names = [...expected.files.keys()].sort()
    const wantNames = Object.keys(documents).sort()
    if (names.join() !== wantNames.join()) fail(`the CLI lists ${JSON.stringify(names)}, not the folder's ${JSON.stringify(wantNames)}`)
    // Known findings: "erhålla" in two of the documents.
    for (const name of ['ansokan.md', 'overklaga.md']) {
      if (!(expected.files.get(name) >= 1)) fail(`the CLI finds nothing in ${name}, which has "${WORD}"`)
    }
    return [...expected.files].map(([name, n]) => `${name} ${n}`).join(', ') + `; ${expected.findings} findings`
  }],

  [`right-click on ${FOLDER}/ in the explorer, "${MENU_ENTRY}", opens the report with every file`, async (page) => {
    const t = Date.now()
    let attempts = 0
    await until(`"${MENU_ENTRY}" in the explorer's context menu of ${FOLDER}/`, 30_000, async () => {
      attempts++
      await page.keyboard.press('Escape')
      const row = explorerRow(page, FOLDER)
      if (!(await row.isVisible())) await page.keyboard.press('Control+Shift+E') // show the explorer
      await row.waitFor({ state: 'visible', timeout: 5_000 })
      await row.click({ button: 'right' })
      const entry = page.locator('.monaco-menu .action-item:not(.disabled)', { hasText: MENU_ENTRY }).first()
      await entry.waitFor({ state: 'visible', timeout: 3_000 })
      await entry.click()
      return true
    }, 300)
    const chosen = Date.now()
    const tab = page.locator('.tabs-container .tab', { hasText: PANEL_TITLE }).first()
    await tab.waitFor({ timeout: 30_000 })
    const tabbed = Date.now()
    const content = await until('every file of the folder in the report', 30_000, async () => {
      const frame = await folderReportFrame(page)
      const s = frame && (await summary(frame))
      return s && s.rows.length >= Object.keys(documents).length && s
    }, 100)
    const shown = Date.now()
    const listed = new Map(content.rows.map((cells) => [basename(cells[0]), Number(cells.at(-1))]))
    const got = [...listed.keys()].sort()
    const want = [...expected.files.keys()].sort()
    if (got.join() !== want.join()) fail(`the report lists ${JSON.stringify(got)}, the CLI ${JSON.stringify(want)}`)
    for (const [name, n] of expected.files) {
      if (listed.get(name) !== n) fail(`the report counts ${listed.get(name)} findings in ${name}, the CLI ${n}`)
    }
    const filesPart = `${expected.files.size} filer`
    if (!content.text.startsWith(filesPart) || !content.text.endsWith(`${expected.findings} fynd.`)) {
      fail(`the summary reads "${content.text}", expected "${filesPart}, …, ${expected.findings} fynd."`)
    }
    const groups = await page.locator('.editor-group-container').count()
    if (groups < 2) fail(`the report did not open beside the editor (${groups} editor group)`)
    return `menu ${((chosen - t) / 1000).toFixed(1)} s (attempt ${attempts}), tab ${((tabbed - chosen) / 1000).toFixed(1)} s and content ` +
      `${((shown - chosen) / 1000).toFixed(1)} s after the click; "${content.text}"; ` +
      `${[...listed].map(([name, n]) => `${name} ${n}`).join(', ')}, as the CLI`
  }],

  [`typing in ${FILE} with the report open updates its diagnostics ("${ADDED_WORD}")`, async (page) => {
    const c = await until(`"${WORD}" on screen`, 5_000, () => wordCentre(page, WORD))
    await page.mouse.click(c.x, c.y)
    await page.keyboard.press('Control+End')
    const t = Date.now()
    await page.keyboard.type(ADDED, { delay: 10 })
    await until(`the editor to show "${ADDED}"`, 5_000, async () => (await editorText(page)).includes(ADDED))
    const typed = Date.now()
    const classes = await until(`a squiggle under "${ADDED_WORD}"`, 20_000, async () => {
      const found = await squigglesOn(page, ADDED_WORD)
      return found?.length > 0 && found
    })
    const squiggled = Date.now()
    const row = await problemsRow(page, ADDED_MESSAGE)
    if (!row.includes('Ln 4, Col 23')) fail(`the Problems entry is not at Ln 4, Col 23: ${row}`)
    // "erhålla" is still underlined: the document was re-checked, not cleared.
    if (!((await squigglesOn(page, WORD))?.length > 0)) fail(`"${WORD}" lost its squiggle`)
    // The report is still open (the typing went to the document, not to a closed panel).
    if (!(await page.locator('.tabs-container .tab', { hasText: PANEL_TITLE }).first().isVisible())) fail('the report\'s tab closed')
    if (readFileSync(join(workspace, FOLDER, FILE), 'utf8') !== documents[FILE]) fail(`${FILE} changed on disk (nothing was saved)`)
    return `${classes.join(', ')} ${((squiggled - typed) / 1000).toFixed(1)} s after the last key (typing took ${((typed - t) / 1000).toFixed(1)} s); ${row}`
  }],
]

await runVsCodeTest({
  steps,
  fixture,
  screenshot: join(root, 'test-results', 'vscode-folder-report.png'),
  screenshotIsCheck: true,
})
