// End-to-end test of the report on a Word file in a real VS Code (code-server with the packaged
// extension, driven through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A reviewer's path: open a .docx someone sent (VS Code cannot show it as text), run
// "Klarspråk: Granska dokumentet" and get the report beside it, each finding placed by paragraph
// and heading with the words around it; the Word file itself is never changed.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own. Prints
// "N passed, N failed" last, saves test-results/vscode-docx-report.png, exits non-zero on failure.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { closeSecondarySideBar, fail, root, runVsCodeTest, until, workspace, frameWith } from './vscode.test.mjs'

const FILE = 'remiss.docx'
const bytes = readFileSync(join(root, 'test-fixtures', 'office', 'remiss-kommunikationsprogram.docx'))
const COMMAND = 'Klarspråk: Granska dokumentet'
const PANEL_TITLE = `Granskning: ${FILE}`
const PLACE = /^Stycke \d+( \((under ”[^”]+”|rubriken)\))?$/

const steps = [
  [`opens ${FILE} with Ctrl+P (a tab, no text)`, async (page) => {
    await until(`${FILE} opens in a tab`, 45_000, async () => {
      if (!(await page.locator('.quick-input-widget').isVisible())) await page.keyboard.press('Control+P')
      const input = page.locator('.quick-input-widget input')
      await input.waitFor({ state: 'visible', timeout: 3_000 })
      await input.fill(FILE)
      const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: FILE }).first()
      await row.waitFor({ timeout: 5_000 })
      await page.keyboard.press('Enter')
      return until('the tab', 5_000, () => page.locator('.tabs-container .tab.active', { hasText: FILE }).first().isVisible())
    }, 500)
    return closeSecondarySideBar(page)
  }],

  [`"${COMMAND}" shows the report beside it, findings placed by paragraph and heading`, async (page) => {
    const t = Date.now()
    await until(`"${COMMAND}" runs from the palette`, 30_000, async () => {
      if (!(await page.locator('.quick-input-widget').isVisible())) await page.keyboard.press('Control+Shift+P')
      const input = page.locator('.quick-input-widget input')
      await input.waitFor({ state: 'visible', timeout: 3_000 })
      await input.fill(`>${COMMAND}`)
      const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Granska dokumentet' }).first()
      await row.waitFor({ timeout: 5_000 })
      await page.keyboard.press('Enter')
      return true
    }, 500)
    await page.locator('.tabs-container .tab', { hasText: PANEL_TITLE }).first().waitFor({ timeout: 30_000 })
    const frame = await until('the report\'s content in the webview', 60_000, () => frameWith(page, 'ul.findings'))
    const shown = Date.now()
    const content = await frame.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent.trim(),
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent.trim()),
      places: [...document.querySelectorAll('ul.findings li')].map((li) => ({ where: li.querySelector('.where')?.textContent.trim(), context: li.querySelector('q.context')?.textContent.trim() })),
      buttons: document.querySelectorAll('button.jump').length,
    }))
    if (!content.h1?.includes(FILE)) fail(`the report's heading does not name ${FILE}: ${content.h1}`)
    for (const h of ['Läsbarhet', 'Meningslängder', 'Fynd per kategori och regel', 'Alla fynd']) if (!content.headings.includes(h)) fail(`no section "${h}": ${JSON.stringify(content.headings)}`)
    if (content.places.length < 20) fail(`only ${content.places.length} findings`)
    const wrong = content.places.filter((p) => !PLACE.test(p.where ?? '') || !p.context)
    if (wrong.length) fail(`findings without a paragraph or context: ${JSON.stringify(wrong.slice(0, 3))}`)
    // a Word file cannot be opened at an offset, so its findings are labels, not buttons
    if (content.buttons > 0) fail(`${content.buttons} jump buttons in a Word file's report`)
    const erhalla = content.places.find((p) => p.context.includes('avseende'))
    return `content ${((shown - t) / 1000).toFixed(1)} s after the command; ${content.places.length} findings, e.g. ${erhalla?.where}: ”${erhalla?.context}”`
  }],

  [`${FILE} is unchanged on disk`, async () => {
    if (!readFileSync(join(workspace, FILE)).equals(bytes)) fail(`${FILE} changed on disk`)
    return `${bytes.length} bytes as written`
  }],
]

await runVsCodeTest({
  steps,
  fixture: { [FILE]: bytes },
  screenshot: join(root, 'test-results', 'vscode-docx-report.png'),
  screenshotIsCheck: true,
})
