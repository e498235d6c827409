// End-to-end test of the team configuration file in a real VS Code (code-server with the packaged
// extension, driven through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A person's path: open a Markdown file and see "skickas" flagged as passive voice; open the
// team's .klarsprak.json in the editor, type a rule setting that turns passive-voice off, save,
// and see the finding go from Problems; then break the file (a missing closing brace), save, and
// see Klarspråk's own "Felaktig JSON" error on .klarsprak.json while the last good configuration
// keeps passive-voice off.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own. Prints
// "N passed, N failed" last, saves test-results/vscode-config.png, exits non-zero on failure.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  editorText, fail, openFile, problemsRow, root, runVsCodeTest, saveAndRead, showProblems, squiggleAndProblem, squigglesOn,
  until, wordCentre, workspace,
} from './vscode.test.mjs'

const FILE = 'text.md'
const original = '# Ansökan\n\nAnsökan skickas till nämnden.\n'
const CONFIG = '.klarsprak.json'
const configOriginal = '{\n  // teamets regler\n  "rules": {}\n}\n'
const configOff = '{ "rules": { "passive-voice": "off" } }'
const configBroken = '{ "rules": { "passive-voice": "off" '

const WORD = 'skickas'
const PASSIVE_MESSAGE = '”skickas” är passiv form. Skriv gärna aktivt: vem gör vad?'
const JSON_ERROR = 'Felaktig JSON'

// Typing into a JSON editor as a user would, without the editor helping: no auto-closed brackets
// or quotes, no wrapping of a selection in braces, no suggestions (the schema offers rule ids)
// that a typed character could accept, no formatting. Workspace settings, so only this scenario
// gets them; repeated per language because VS Code's [jsonc] defaults beat general settings.
const quietEditing = {
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.formatOnType': false,
  'editor.formatOnSave': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnCommitCharacter': false,
  'editor.inlineSuggest.enabled': false,
  'editor.wordBasedSuggestions': 'off',
}
const workspaceSettings = JSON.stringify({ ...quietEditing, '[jsonc]': quietEditing, '[json]': quietEditing }, null, 2)

/**
 * The Problems panel's entries as { file, text, icon }: each marker row with the file row above
 * it (the panel is a tree: files at level 1, their problems at level 2), whitespace collapsed.
 */
const problems = (page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')]
      .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
    const out = []
    let file = null
    for (const row of rows) {
      const text = row.innerText.replace(/\s+/g, ' ').trim()
      if (row.getAttribute('aria-level') === '1') file = row.querySelector('.label-name')?.textContent?.trim() ?? text
      else {
        const icon = [...(row.querySelector('.marker-icon')?.classList ?? [])].find((c) => /^(error|warning|info)$/.test(c))
          ?? [...row.querySelectorAll('[class*="codicon-"]')].flatMap((e) => [...e.classList]).find((c) => /^codicon-(error|warning|info)$/.test(c))
        out.push({ file, text, icon: icon ?? null })
      }
    }
    return out
  })

/** Problems rows whose text contains `text`, counted without waiting. */
const problemsCount = (page, text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).count()

/** Replaces the whole text of the active editor by typing, as a user would: click, Ctrl+A, Backspace, type. */
async function retype(page, anchor, text) {
  const c = await until(`"${anchor}" on screen in the editor`, 10_000, () => wordCentre(page, anchor))
  await page.mouse.click(c.x, c.y)
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')
  await until('the editor to be empty', 5_000, async () => (await editorText(page)).trim() === '')
  await page.keyboard.type(text, { delay: 10 })
  await until(`the editor to show ${JSON.stringify(text)}`, 5_000, async () => (await editorText(page)) === text)
}

const steps = [
  [`opens ${FILE} with Ctrl+P`, (page) => openFile(page, FILE, 'Ansökan skickas')],

  [`"${WORD}" gets an info squiggle and a Problems entry (passive-voice)`, (page) =>
    squiggleAndProblem(page, { word: WORD, message: PASSIVE_MESSAGE, parts: ['klarsprak', 'passive-voice', 'Ln 3, Col 9'], squiggle: 'squiggly-info' })],

  [`${CONFIG} typed to turn passive-voice off, Ctrl+S: the entry goes from Problems`, async (page) => {
    await openFile(page, CONFIG, 'teamets regler')
    await retype(page, 'rules', configOff)
    const onDisk = await saveAndRead(page, join(workspace, CONFIG), configOriginal)
    if (onDisk !== configOff) fail(`${CONFIG} on disk differs.\n--- expected\n${configOff}\n--- got\n${onDisk}`)
    const t = Date.now()
    await showProblems(page)
    await until(`the Problems entry for "${WORD}" to go`, 15_000, async () => (await problemsCount(page, PASSIVE_MESSAGE)) === 0)
    return `gone ${((Date.now() - t) / 1000).toFixed(1)} s after the save; ${CONFIG} on disk: ${onDisk}`
  }],

  [`${CONFIG} broken and saved: "${JSON_ERROR}" on it, passive-voice stays off`, async (page) => {
    await retype(page, 'rules', configBroken)
    const onDisk = await saveAndRead(page, join(workspace, CONFIG), configOff)
    if (onDisk !== configBroken) fail(`${CONFIG} on disk differs.\n--- expected\n${configBroken}\n--- got\n${onDisk}`)
    const t = Date.now()
    await showProblems(page)
    // Klarspråk's own entry, not VS Code's JSON language service's (source json/jsonc, in English).
    const ours = await until(`a Klarspråk "${JSON_ERROR}" entry for ${CONFIG} in Problems`, 15_000, async () =>
      (await problems(page)).find((p) => p.file === CONFIG && p.text.startsWith(JSON_ERROR) && p.text.includes('klarsprak')))
    const errorMs = Date.now() - t
    if (!/error/.test(ours.icon ?? '')) fail(`the entry is not shown as an error (icon ${ours.icon}): ${ours.text}`)
    // The last good configuration keeps working: watch for 2 s that the finding does not come back.
    const watchUntil = Date.now() + 2_000
    while (Date.now() < watchUntil) {
      if ((await problemsCount(page, PASSIVE_MESSAGE)) > 0) fail(`the passive-voice entry came back: ${await problemsRow(page, PASSIVE_MESSAGE)}`)
      await page.waitForTimeout(100)
    }
    // And with text.md in front again (its diagnostics pulled afresh): no squiggle, no entry.
    await openFile(page, FILE, 'Ansökan skickas')
    await until(`"${WORD}" without a squiggle`, 5_000, async () => (await squigglesOn(page, WORD))?.length === 0)
    await page.waitForTimeout(500) // give a late pull the chance to bring it back, then look again
    const classes = await squigglesOn(page, WORD)
    if (classes?.length !== 0) fail(`"${WORD}" has a squiggle again: ${classes?.join(', ')}`)
    if ((await problemsCount(page, PASSIVE_MESSAGE)) > 0) fail(`the passive-voice entry came back: ${await problemsRow(page, PASSIVE_MESSAGE)}`)
    if (readFileSync(join(workspace, FILE), 'utf8') !== original) fail(`${FILE} changed on disk`)
    const others = (await problems(page)).filter((p) => p.file === CONFIG && !p.text.includes('klarsprak'))
    return `after ${(errorMs / 1000).toFixed(1)} s: ${ours.text} (${ours.icon})` +
      (others.length ? `; also from VS Code: ${others.map((p) => p.text).join(' | ')}` : '')
  }],
]

mkdirSync(join(workspace, '.vscode'), { recursive: true })
await runVsCodeTest({
  steps,
  fixture: { [FILE]: original, [CONFIG]: configOriginal, '.vscode/settings.json': workspaceSettings },
  screenshot: join(root, 'test-results', 'vscode-config.png'),
  screenshotIsCheck: true,
})
