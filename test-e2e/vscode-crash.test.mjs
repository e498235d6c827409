// End-to-end test of the client's crash recovery in a real VS Code (code-server with the packaged
// extension, driven through playwright-core; the harness and helpers are in vscode.test.mjs).
//
// A person's path: open a Markdown file and see "erhålla" flagged; the language server dies
// (SIGKILL, as the OOM killer would do it); VS Code shows Klarspråk's warning that the server
// stopped unexpectedly and was restarted, a new server process runs, and typing a new sentence
// gets its squiggle from it.
//
// The server is a child of code-server's extension host: node …/<extensions dir>/…/dist/server.js
// --node-ipc --clientProcessId=<extension host>. code-server keeps the extension hosts of earlier
// scenarios' windows alive for a while, so this window's server is the one that appears after the
// browser opens, under this code-server's extensions dir; nothing else is ever killed.
//
// Run by test-e2e/run.sh with KLARSPRAK_E2E_WORKSPACE pointing at a folder of its own and
// KLARSPRAK_E2E_EXTENSIONS at code-server's --extensions-dir. Prints "N passed, N failed" last,
// saves test-results/vscode-crash.png, exits non-zero on failure.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { editorText, fail, openFile, root, runVsCodeTest, saveAndRead, squigglesOn, until, wordCentre, workspace } from './vscode.test.mjs'

const FILE = 'crash.md'
const original = '# Stöd\n\nDu kan erhålla stöd.\n'
const TYPED = ' Vi erhöll svar.'
const edited = original.replace('stöd.', `stöd.${TYPED}`)
const WARNING = 'Klarspråk: språkservern stängdes oväntat och har startats om.'
const GAVE_UP = 'Klarspråk: språkservern har kraschat flera gånger'

const extensionsDir = process.env.KLARSPRAK_E2E_EXTENSIONS ?? join(dirname(workspace), 'vscode-extensions')

/** Language servers of this code-server (its extensions dir in the command line), as { pid, host }. */
function servers() {
  const found = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let args
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
    } catch {
      continue // gone meanwhile
    }
    if (!args.some((a) => a.startsWith(`${extensionsDir}/`) && a.endsWith('/dist/server.js'))) continue
    if (!args.includes('--node-ipc')) continue
    const host = args.find((a) => a.startsWith('--clientProcessId='))?.slice('--clientProcessId='.length)
    found.push({ pid: Number(entry), host: Number(host) })
  }
  return found
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Texts and severities of the notifications in the DOM (toasts and the notification center). */
const notifications = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.notifications-toasts .notification-list-item, .notifications-center .notification-list-item')]
      .map((item) => ({
        text: item.querySelector('.notification-list-item-message')?.textContent?.trim() ?? '',
        icon: [...(item.querySelector('.notification-list-item-icon')?.classList ?? [])]
          .find((c) => /^codicon-(error|warning|info)$/.test(c))?.slice('codicon-'.length) ?? null,
      })),
  )

// Servers already running (earlier scenarios' windows) before this window's browser starts.
const before = new Set(servers().map((s) => s.pid))
let ours // this window's server before the crash

const squiggleOn = (word) => async (page) => {
  const t = Date.now()
  const classes = await until(`a squiggle under "${word}"`, 30_000, async () => {
    const found = await squigglesOn(page, word)
    return found?.length > 0 && found
  })
  return `${classes.join(', ')} after ${((Date.now() - t) / 1000).toFixed(1)} s`
}

const steps = [
  [`opens ${FILE}; "erhålla" gets the plain-words squiggle`, async (page) => {
    await openFile(page, FILE, 'Du kan erhålla')
    const squiggle = await squiggleOn('erhålla')(page)
    const mine = await until(`this window's language server process under ${extensionsDir}`, 10_000, () => {
      const fresh = servers().filter((s) => !before.has(s.pid))
      if (fresh.length > 1) fail(`more than one new language server: ${JSON.stringify(fresh)}`)
      return fresh[0]
    })
    ours = mine
    return `${squiggle}; server pid ${ours.pid} (extension host ${ours.host}; ${before.size} older server(s) left alone)`
  }],

  ['SIGKILL the server: warning notification and a new server process within 10 s', async (page) => {
    if (!alive(ours.pid)) fail(`server ${ours.pid} is not running before the kill`)
    const seenBefore = (await notifications(page)).map((n) => n.text)
    if (seenBefore.some((t) => t.includes(WARNING))) fail(`the warning shows before the crash: ${seenBefore.join(' | ')}`)
    const t = Date.now()
    process.kill(ours.pid, 'SIGKILL')
    await until(`server ${ours.pid} to be gone`, 5_000, () => !alive(ours.pid))
    let shown, restarted
    await until(`"${WARNING}" and a new server process`, 10_000, async () => {
      if (!shown) {
        const found = (await notifications(page)).find((n) => n.text.includes(WARNING))
        if (found) shown = { ...found, ms: Date.now() - t }
      }
      if (!restarted) {
        const fresh = servers().filter((s) => !before.has(s.pid) && s.pid !== ours.pid)
        if (fresh.length > 1) fail(`more than one new language server after the crash: ${JSON.stringify(fresh)}`)
        if (fresh[0]) restarted = { ...fresh[0], ms: Date.now() - t }
      }
      return shown && restarted
    }, 100)
    if (restarted.host !== ours.host) fail(`the new server ${restarted.pid} belongs to extension host ${restarted.host}, not ${ours.host}`)
    if (shown.icon !== 'warning') fail(`the notification is not a warning (icon ${shown.icon}): ${shown.text}`)
    const all = await notifications(page)
    const gaveUp = all.find((n) => n.text.includes(GAVE_UP))
    if (gaveUp) fail(`the client gave up after one crash: ${gaveUp.text}`)
    const old = ours.pid
    ours = restarted
    return `warning after ${(shown.ms / 1000).toFixed(1)} s; new server pid ${restarted.pid} (was ${old}) after ${(restarted.ms / 1000).toFixed(1)} s`
  }],

  [`typed "${TYPED.trim()}": the new server flags "erhöll"`, async (page) => {
    const c = await until('"stöd." on screen', 10_000, () => wordCentre(page, 'stöd.'))
    await page.mouse.click(c.x, c.y)
    await page.keyboard.press('End')
    await page.keyboard.type(TYPED, { delay: 10 })
    await until(`the editor to show "${TYPED.trim()}"`, 5_000, async () => (await editorText(page)).includes(`stöd.${TYPED}`))
    const squiggle = await squiggleOn('erhöll')(page)
    if (!((await squigglesOn(page, 'erhålla'))?.length > 0)) fail('"erhålla" lost its squiggle')
    const onDisk = await saveAndRead(page, join(workspace, FILE), original)
    if (onDisk !== edited) fail(`${FILE} on disk differs.\n--- expected\n${edited}\n--- got\n${onDisk}`)
    if (!alive(ours.pid)) fail(`the new server ${ours.pid} is not running`)
    return `${squiggle}; saved`
  }],
]

await runVsCodeTest({
  steps,
  fixture: { [FILE]: original },
  screenshot: join(root, 'test-results', 'vscode-crash.png'),
  screenshotIsCheck: true,
})
