// End-to-end test of spelling in a real VS Code (code-server with the packaged extension, driven
// through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A person's path: open a Markdown file, see the unknown word "komunikation" flagged (code
// spelling), take the dictionary's suggestion with Ctrl+., save and find only that word changed
// on disk; then teach the team's word list the name "Kandelinxz" from the quick-fix menu and see
// .klarsprak.json updated on disk (its comment kept) and the name's squiggle go away.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own (the
// fixture's .klarsprak.json sits at its root). Prints "N passed, N failed" last, saves
// test-results/vscode-spelling.png, exits non-zero on failure.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  chooseQuickFix, editorText, fail, openFile, openQuickFixMenu, problemsRow, root, runVsCodeTest, saveAndRead,
  showProblems, squiggleAndProblem, squigglesOn, until, workspace,
} from './vscode.test.mjs'

// The same parser the server uses for .klarsprak.json (a devDependency of the project).
const { parse: parseJsonc, printParseErrorCode } = createRequire(join(root, 'package.json'))('jsonc-parser')

const FILE = 'stavning.md'
const original = [
  '# Stavning',
  '',
  'Vi vill främja komunikation med alla.',
  'Vi träffade Kandelinxz på mötet.',
  '',
].join('\n')
const expected = original.replace('komunikation', 'kommunikation')
const CONFIG = '.klarsprak.json'
const configOriginal = '{\n  // teamets ord\n  "words": []\n}\n'

const TYPO = 'komunikation'
const TYPO_MESSAGE = '”komunikation” finns inte i ordlistan. Kontrollera stavningen.'
const REPLACE_TITLE = 'Ersätt med ”kommunikation”'
const NAME = 'Kandelinxz'
const NAME_MESSAGE = '”Kandelinxz” finns inte i ordlistan.'
const TEAM_TITLE = `Lägg till ”${NAME}” i teamets ordlista`
const USER_TITLE = (word) => `Lägg till ”${word}” i min ordlista`

/** Problems rows whose text contains `text`, counted without waiting. */
const problemsCount = (page, text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).count()

/** Checks the menu lists the replacements first, then the team's list, then the user's. */
function checkMenuOrder(offered, word) {
  const team = offered.indexOf(`Lägg till ”${word}” i teamets ordlista`)
  const user = offered.indexOf(USER_TITLE(word))
  const replacements = offered.filter((t) => t.startsWith('Ersätt med ”'))
  if (team < 0 || user < 0) fail(`the menu lacks the word-list entries for "${word}": ${JSON.stringify(offered)}`)
  if (replacements.length > 5) fail(`more than five suggestions: ${JSON.stringify(offered)}`)
  if (offered.findIndex((t) => !t.startsWith('Ersätt med ”')) !== replacements.length || team > user) {
    fail(`the menu is not ordered replacements, team list, own list: ${JSON.stringify(offered)}`)
  }
}

const steps = [
  [`opens ${FILE} with Ctrl+P`, (page) => openFile(page, FILE, 'Vi vill främja komunikation')],

  [`"${TYPO}" gets a squiggle and a Problems entry (code spelling)`, (page) =>
    squiggleAndProblem(page, { word: TYPO, message: TYPO_MESSAGE, parts: ['klarsprak', 'spelling', 'Ln 3, Col 16'], squiggle: 'squiggly-warning' })],

  [`quick fix "${REPLACE_TITLE}" via Ctrl+., then Ctrl+S writes only that word`, async (page) => {
    const { attempts, offered } = await openQuickFixMenu(page, TYPO)
    if (offered[0] !== REPLACE_TITLE) fail(`the first entry is not "${REPLACE_TITLE}": ${JSON.stringify(offered)}`)
    checkMenuOrder(offered, TYPO)
    await chooseQuickFix(page, REPLACE_TITLE)
    await until('the editor to show "främja kommunikation"', 10_000, async () => (await editorText(page)).includes('främja kommunikation med'))
    const onDisk = await saveAndRead(page, join(workspace, FILE), original)
    if (onDisk !== expected) fail(`file on disk differs.\n--- expected\n${expected}\n--- got\n${onDisk}`)
    await until(`the Problems entry for "${TYPO}" to go`, 15_000, async () => (await problemsCount(page, TYPO_MESSAGE)) === 0)
    return `attempt ${attempts}; offered: ${offered.join(' | ')}`
  }],

  [`"${NAME}" → "${TEAM_TITLE}" writes ${CONFIG} and clears the squiggle`, async (page) => {
    // First the name must be flagged, as a possible name (severity information).
    const before = await until(`a squiggle under "${NAME}"`, 15_000, async () => {
      const found = await squigglesOn(page, NAME)
      return found?.length > 0 && found
    })
    const row = await problemsRow(page, NAME_MESSAGE)
    if (!row.includes('Är det ett namn?') || !row.includes('Ln 4, Col 13')) fail(`unexpected Problems entry: ${row}`)

    const { attempts, offered } = await openQuickFixMenu(page, NAME)
    checkMenuOrder(offered, NAME)
    await chooseQuickFix(page, TEAM_TITLE)
    const configPath = join(workspace, CONFIG)
    const config = await until(`${CONFIG} to change on disk`, 10_000, () => {
      const text = readFileSync(configPath, 'utf8')
      return text !== configOriginal && text
    })
    const errors = []
    const data = parseJsonc(config, errors, { allowTrailingComma: true, disallowComments: false })
    if (errors.length > 0) fail(`${CONFIG} no longer parses (${errors.map((e) => printParseErrorCode(e.error)).join(', ')}):\n${config}`)
    if (!config.includes('// teamets ord')) fail(`${CONFIG} lost its comment:\n${config}`)
    if (JSON.stringify(data?.words) !== JSON.stringify([NAME])) fail(`${CONFIG} has words ${JSON.stringify(data?.words)}:\n${config}`)

    // Then the squiggle and the Problems entry go away (the name is still on screen).
    await showProblems(page)
    await until(`the squiggle under "${NAME}" and its Problems entry to go`, 15_000, async () => {
      const found = await squigglesOn(page, NAME)
      return found !== null && found.length === 0 && (await problemsCount(page, NAME_MESSAGE)) === 0
    })
    if (readFileSync(join(workspace, FILE), 'utf8') !== expected) fail(`${FILE} changed on disk`)
    return `attempt ${attempts}; was ${before.join(', ')}; offered: ${offered.join(' | ')}; ${CONFIG} now ${JSON.stringify(config)}`
  }],
]

await runVsCodeTest({
  steps,
  fixture: { [FILE]: original, [CONFIG]: configOriginal },
  screenshot: join(root, 'test-results', 'vscode-spelling.png'),
  screenshotIsCheck: true,
})
