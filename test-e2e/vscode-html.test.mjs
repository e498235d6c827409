// End-to-end test of a web page in a real VS Code (code-server with the packaged extension,
// driven through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A person's path: open the municipal service page test-fixtures/html/forskola.html, see the link
// text "här" flagged (code link-text) with its Problems entry at the right line and column of the
// HTML source, take the quick fix that ignores it there, save, and find on disk exactly one HTML
// comment added above that line; then see the squiggle go.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own. Prints
// "N passed, N failed" last, saves test-results/vscode-html.png, exits non-zero on failure.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  chooseQuickFix, fail, openFile, openQuickFixMenu, root, runVsCodeTest, saveAndRead, showProblems,
  squiggleAndProblem, squigglesOn, until, workspace,
} from './vscode.test.mjs'

const FILE = 'forskola.html'
const original = readFileSync(join(root, 'test-fixtures', 'html', FILE), 'utf8')
const LINK = 'här'
const LINE = original.split('\n').findIndex((l) => l.includes(`>${LINK}</a>`)) + 1
const COLUMN = original.split('\n')[LINE - 1].indexOf(`>${LINK}<`) + 2
const MESSAGE = `Länktexten ”${LINK}” säger inte vart länken leder.`
const IGNORE_TITLE = 'Ignorera link-text här'

/** The file once the ignore comment is in: one line more, above the link's line, and nothing else changed. */
function checkIgnored(onDisk) {
  const before = original.split('\n')
  const after = onDisk.split('\n')
  if (after.length !== before.length + 1) fail(`expected one added line, got ${after.length - before.length}`)
  const added = after[LINE - 1]
  if (!/^\s*<!-- klarsprak-disable-next-line link-text -->$/.test(added)) fail(`line ${LINE} is not the ignore comment: ${JSON.stringify(added)}`)
  const rest = [...after.slice(0, LINE - 1), ...after.slice(LINE)]
  if (rest.join('\n') !== original) fail('the page changed elsewhere')
  return added.trim()
}

const steps = [
  [`opens ${FILE} with Ctrl+P`, (page) => openFile(page, FILE, 'Ansök om plats i förskola')],

  [`the link text "${LINK}" gets a squiggle and a Problems entry at Ln ${LINE}, Col ${COLUMN} (code link-text)`, async (page) => {
    // bring the link's line into view
    await page.keyboard.press('Control+G')
    await page.keyboard.type(String(LINE))
    await page.keyboard.press('Enter')
    return squiggleAndProblem(page, { word: LINK, message: MESSAGE, parts: ['klarsprak', 'link-text', `Ln ${LINE}, Col ${COLUMN}`], squiggle: 'squiggly-warning' })
  }],

  [`a click on the Problems entry goes to the link; quick fix "${IGNORE_TITLE}" via Ctrl+., then Ctrl+S writes one HTML comment`, async (page) => {
    // the Problems panel took room from the editor: its entry brings the link back into view
    await page.locator('.markers-panel .monaco-list-row', { hasText: MESSAGE }).first().click()
    await until(`"${LINK}" on screen after the click`, 10_000, async () => (await squigglesOn(page, LINK))?.length > 0)
    const { attempts, offered } = await openQuickFixMenu(page, LINK)
    await chooseQuickFix(page, IGNORE_TITLE)
    const onDisk = await saveAndRead(page, join(workspace, FILE), original)
    const comment = checkIgnored(onDisk)
    await showProblems(page)
    await until(`the squiggle under "${LINK}" to go`, 15_000, async () => {
      const found = await squigglesOn(page, LINK)
      return found !== null && found.length === 0
    })
    return `attempt ${attempts}; offered: ${offered.join(' | ')}; added ${comment}`
  }],
]

await runVsCodeTest({
  steps,
  fixture: { [FILE]: original },
  screenshot: join(root, 'test-results', 'vscode-html.png'),
})
