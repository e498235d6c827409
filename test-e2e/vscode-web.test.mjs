// End-to-end test of Klarspråk in VS Code's web worker extension host, where it runs in vscode.dev
// and github.dev: code-server with the packaged extension, started by run.sh with
// "remote.extensionKind": {"klarsprak.klarsprak": ["web"]}, so VS Code loads the package's
// "browser" entry (dist/browser-client.js) in the browser instead of its "main" entry in Node on the
// server. The harness and helpers are in vscode.test.mjs.
//
// What proves the host: "Developer: Show Running Extensions" labels Klarspråk "web worker"; the
// language server is a worker the extension host started in the page (VS Code names such workers
// "ExtensionHostWorker -> <name>", ours is "klarsprak-language-server"); and no Node process runs
// the package's dist/server.js.
//
// A person's path: open a Markdown file and see "erhålla" flagged; the unknown name "Kandelinxz"
// is flagged too (the dictionary reached the worker) and "Lägg till i teamets ordlista" writes
// .klarsprak.json on disk (the server asks the client to save it, klarsprak/writeFile); a
// .klarsprak.json that turns plain-words off, written on disk, takes "erhålla" away (the client
// reads it through the workspace's file system and sends it, klarsprak/configFiles) while the
// passive "skickas" stays; after "Starta om språkservern" a new worker keeps it so; deleting the
// file brings "erhålla" back. The status bar and the document's report work as on the desktop; the
// folder report says it is not available in the browser; "Skapa konfigurationsfil" saves the
// starter file through the workspace and opens it.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own and
// KLARSPRAK_E2E_EXTENSIONS at code-server's --extensions-dir. Prints "N passed, N failed" last,
// saves test-results/vscode-web.png, exits non-zero on failure.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  chooseQuickFix, elapsed, fail, frameWith, openFile, openQuickFixMenu, problemsRow, root, runVsCodeTest, showProblems,
  squiggleAndProblem, squigglesOn, until, workspace,
} from './vscode.test.mjs'

const FILE = 'webb.md'
const original = [
  '# Svar',
  '',
  'Du kan erhålla ett svar. Ansökan skickas till nämnden.',
  'Vi träffade Kandelinxz på mötet.',
  '',
].join('\n')
const CONFIG = '.klarsprak.json'
const configPath = join(workspace, CONFIG)
const configOff = '{ "words": ["Kandelinxz"], "rules": { "plain-words": "off" } }\n'

const WORD = 'erhålla'
const MESSAGE = 'Skriv hellre ”få” än ”erhålla”.'
const PASSIVE = 'skickas'
const PASSIVE_MESSAGE = '”skickas” är passiv form.'
const NAME = 'Kandelinxz'
const NAME_MESSAGE = '”Kandelinxz” finns inte i ordlistan.'
const TEAM_TITLE = `Lägg till ”${NAME}” i teamets ordlista`
const SERVER_WORKER = 'klarsprak-language-server'
const STATUS = /LIX \d+ · \d+ fynd/
const NOT_IN_BROWSER = 'granskas bara i VS Code på datorn'

const extensionsDir = process.env.KLARSPRAK_E2E_EXTENSIONS ?? join(dirname(workspace), 'vscode-extensions')

/** Problems rows whose text contains `text`, counted without waiting. */
const problemsCount = (page, text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).count()

/** Waits until the word is on screen without a squiggle and its Problems row is gone. */
const noFinding = (page, word, message, ms = 20_000) =>
  until(`"${word}" to lose its squiggle and Problems entry`, ms, async () => {
    const found = await squigglesOn(page, word)
    return found !== null && found.length === 0 && (await problemsCount(page, message)) === 0
  })

/** Waits for a squiggle under the word; returns its classes. */
const squiggleOn = (page, word, ms = 30_000) =>
  until(`a squiggle under "${word}"`, ms, async () => {
    const found = await squigglesOn(page, word)
    return found?.length > 0 && found
  })

/** Runs a command from the palette by its title, retrying until the palette takes it. */
async function runCommand(page, title) {
  await until(`"${title}" runs from the palette`, 30_000, async () => {
    if (!(await page.locator('.quick-input-widget').isVisible())) await page.keyboard.press('Control+Shift+P')
    const input = page.locator('.quick-input-widget input')
    await input.waitFor({ state: 'visible', timeout: 3_000 })
    await input.fill(`>${title}`, { timeout: 3_000 })
    const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title.split(': ').pop() }).first()
    await row.waitFor({ timeout: 5_000 })
    await page.keyboard.press('Enter')
    return true
  }, 500)
}

/** The page's workers named after our language server, as Playwright sees them (nested workers too). */
async function serverWorkers(page) {
  const named = await Promise.all(page.workers().map(async (w) => ({ worker: w, name: await w.evaluate(() => self.name).catch(() => null) })))
  return named.filter((w) => w.name?.endsWith(`-> ${SERVER_WORKER}`))
}

/** Node processes running the package's language server (dist/server.js under the extensions dir). */
function nodeServers() {
  const found = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      if (args.some((a) => a.startsWith(`${extensionsDir}/`) && a.endsWith('/dist/server.js'))) found.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return found
}

/** Texts of the notifications in the DOM (toasts and the notification center). */
const notifications = (page) =>
  page.evaluate(() => [...document.querySelectorAll('.notification-list-item-message')].map((m) => m.textContent.trim()))

let started, opened

const steps = [
  [`opens ${FILE}; "${WORD}" gets a squiggle and a Problems entry from the web worker`, async (page) => {
    started = Date.now()
    await openFile(page, FILE, 'Du kan erhålla')
    opened = Date.now()
    const seen = await squiggleAndProblem(page, { word: WORD, message: MESSAGE, parts: ['klarsprak', 'plain-words', 'Ln 3, Col 8'], squiggle: 'squiggly-warning' })
    return `first diagnostic ${elapsed(opened)} after the file opened (${elapsed(started)} after the workbench); ${seen}`
  }],

  ['"Developer: Show Running Extensions" lists Klarspråk in the web worker', async (page) => {
    await runCommand(page, 'Developer: Show Running Extensions')
    const view = page.locator('.runtime-extensions-editor').first()
    const row = view.locator('.monaco-list-row', { hasText: 'Klarspråk' }).first()
    // the list is sorted by activation time and drawn only where it is on screen: scroll to the row
    const text = await until('a Klarspråk row labelled "web worker"', 20_000, async () => {
      if (!(await row.isVisible())) {
        const box = await view.boundingBox()
        if (box) {
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
          await page.mouse.wheel(0, 300)
        }
        return false
      }
      const t = (await row.innerText()).replace(/\s+/g, ' ').trim()
      return t.includes('web worker') && t
    }, 200)
    // VS Code 1.139 shows the view in a modal editor, which Escape closes
    await until('the Running Extensions view to close', 10_000, async () => {
      await page.keyboard.press('Escape')
      return !(await row.isVisible())
    }, 500)
    await openFile(page, FILE, 'Du kan erhålla')
    return text
  }],

  ['the log says the server runs in the browser, and how long its start took', async (page) => {
    await runCommand(page, 'Klarspråk: Visa loggen')
    // the channel also holds the LSP trace (klarsprak.trace.server): filter it down to the line
    const filter = page.locator('.panel input[placeholder^="Filter"]').first()
    await filter.fill('webbläsaren', { timeout: 10_000 })
    // the panel wraps the line: its screen lines are joined
    const line = await until('the line "Språkservern körs i webbläsaren …" in the Output panel', 15_000, async () => {
      const shown = (await page.locator('.panel .view-line').allInnerTexts()).join(' ').replace(/[\s\u00a0]+/g, ' ')
      return shown.match(/\d{4}-\d\d-\d\d \S+ \[info\] Språkservern körs i webbläsaren.*? ms\)\./)?.[0]
    })
    await filter.fill('', { timeout: 10_000 })
    // the line's time stamp, local as the browser writes it, against the moment the file opened
    const stamp = line.match(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d+)/)
    const after = stamp ? ` (logged ${((new Date(`${stamp[1]}T${stamp[2]}`).getTime() - opened) / 1000).toFixed(1)} s after the file opened)` : ''
    return `${line.trim()}${after}`
  }],

  ['the language server is a worker of the extension host; no Node server runs', async (page) => {
    const workers = await until(`a worker "${SERVER_WORKER}"`, 10_000, async () => {
      const found = await serverWorkers(page)
      return found.length > 0 && found
    })
    if (workers.length !== 1) fail(`${workers.length} language server workers: ${workers.map((w) => w.name).join(', ')}`)
    if (!workers[0].name.startsWith('ExtensionHostWorker -> ')) fail(`not started by the web worker extension host: "${workers[0].name}"`)
    const scope = await workers[0].worker.evaluate(() => ({ process: typeof process, importScripts: typeof importScripts, document: typeof document }))
    if (scope.process !== 'undefined' || scope.importScripts !== 'function' || scope.document !== 'undefined') fail(`not a browser worker: ${JSON.stringify(scope)}`)
    const node = nodeServers()
    if (node.length > 0) fail(`Node language server(s) running: pid ${node.join(', ')}`)
    return `worker "${workers[0].name}" (${JSON.stringify(scope)}); no process runs ${extensionsDir}/…/dist/server.js`
  }],

  ['status bar shows "LIX n · k fynd"', async (page) => {
    const item = page.locator('.statusbar-item', { hasText: STATUS }).first()
    return until('a status bar item "LIX n · k fynd"', 20_000, async () => (await item.isVisible()) && (await item.innerText()).trim())
  }],

  [`"${NAME}" is flagged (the dictionary reached the worker); "${TEAM_TITLE}" writes ${CONFIG} on disk`, async (page) => {
    const t = Date.now()
    const classes = await squiggleOn(page, NAME)
    const row = await problemsRow(page, NAME_MESSAGE)
    const flagged = elapsed(t)
    const { attempts } = await openQuickFixMenu(page, NAME)
    await chooseQuickFix(page, TEAM_TITLE)
    const written = await until(`${CONFIG} on disk`, 10_000, () => existsSync(configPath) && readFileSync(configPath, 'utf8'))
    if (!written.includes(`"${NAME}"`)) fail(`${CONFIG} lacks "${NAME}":\n${written}`)
    await noFinding(page, NAME, NAME_MESSAGE)
    return `${classes.join(', ')} after ${flagged}; ${row}; quick fix attempt ${attempts}; ${CONFIG} ${JSON.stringify(written)}`
  }],

  [`${CONFIG} written on disk with plain-words off takes "${WORD}" away; "${PASSIVE}" stays`, async (page) => {
    writeFileSync(configPath, configOff)
    const t = Date.now()
    await noFinding(page, WORD, MESSAGE)
    const gone = elapsed(t)
    await squiggleOn(page, PASSIVE, 5_000)
    return `gone ${gone} after the write; ${await problemsRow(page, PASSIVE_MESSAGE)}`
  }],

  ['"Klarspråk: Starta om språkservern" starts a new worker that has the configuration at once', async (page) => {
    const [old] = await serverWorkers(page)
    await old.worker.evaluate(() => { self.klarsprakE2eOld = true })
    await runCommand(page, 'Klarspråk: Starta om språkservern')
    await until('the notice "språkservern har startats om"', 15_000, async () => (await notifications(page)).some((n) => n.includes('språkservern har startats om')))
    const fresh = await until('one new language server worker, the old one gone', 10_000, async () => {
      const found = await serverWorkers(page)
      const marks = await Promise.all(found.map((w) => w.worker.evaluate(() => self.klarsprakE2eOld === true).catch(() => true)))
      return found.length === 1 && !marks[0] && found[0]
    })
    await showProblems(page)
    await problemsRow(page, PASSIVE_MESSAGE)
    if ((await problemsCount(page, MESSAGE)) > 0) fail(`"${WORD}" is flagged again after the restart`)
    const squiggles = await squigglesOn(page, WORD)
    if (squiggles?.length) fail(`"${WORD}" has a squiggle after the restart: ${squiggles.join(', ')}`)
    return `worker "${fresh.name}"; "${PASSIVE}" flagged, "${WORD}" and "${NAME}" not`
  }],

  [`deleting ${CONFIG} on disk brings "${WORD}" back`, async (page) => {
    rmSync(configPath)
    const t = Date.now()
    await squiggleOn(page, WORD, 20_000)
    await problemsRow(page, MESSAGE)
    return `back after ${elapsed(t)}`
  }],

  ['"Klarspråk: Granska dokumentet" opens the report in the browser', async (page) => {
    await runCommand(page, 'Klarspråk: Granska dokumentet')
    const frame = await until('the report\'s content in the webview', 20_000, () => frameWith(page, 'h2#figures'))
    const headings = await frame.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent.trim()))
    if (!headings.includes('Alla fynd')) fail(`the report lacks "Alla fynd": ${JSON.stringify(headings)}`)
    const listed = await frame.evaluate(() => document.querySelector('ul.findings')?.textContent ?? '')
    if (!listed.includes(WORD)) fail(`the report does not list "${WORD}"`)
    return `sections: ${headings.join(', ')}`
  }],

  ['"Klarspråk: Granska mappen" says it is not available in the browser', async (page) => {
    await runCommand(page, 'Klarspråk: Granska mappen')
    return until(`a notification "${NOT_IN_BROWSER}"`, 10_000, async () => (await notifications(page)).find((n) => n.includes(NOT_IN_BROWSER)))
  }],

  [`"Klarspråk: Skapa konfigurationsfil" saves ${CONFIG} through the workspace and opens it`, async (page) => {
    await runCommand(page, 'Klarspråk: Skapa konfigurationsfil')
    const written = await until(`${CONFIG} on disk`, 10_000, () => existsSync(configPath) && readFileSync(configPath, 'utf8'))
    if (!written.includes('"extends"')) fail(`not the starter file:\n${written}`)
    await page.locator('.tabs-container .tab', { hasText: CONFIG }).first().waitFor({ timeout: 10_000 })
    return `${written.split('\n').length} lines; its tab is open`
  }],
]

await runVsCodeTest({
  steps,
  fixture: { [FILE]: original },
  screenshot: join(root, 'test-results', 'vscode-web.png'),
  screenshotIsCheck: true,
})
