// End-to-end test with Neovim 0.7 (Debian) as a second, independent LSP client over stdio.
//
// Neovim echoes diagnostics back in codeAction requests with UTF-8 byte columns, not UTF-16, so
// a line with å/Ö before the flagged word proves the server computes its fix from its own text:
// a server that trusted the echoed range would write "kan fåstöd." or worse.
//
// Run by test-e2e/run.sh; standalone: `npm run build && node test-e2e/neovim.test.mjs` (needs nvim).
// Prints "N passed, N failed" last and exits non-zero on any failure.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const server = join(root, 'dist', 'server.js')
const original = 'Åsa och Örjan kan erhålla stöd.\n'
const expected = 'Åsa och Örjan kan få stöd.\n'

const scratch = process.env.KLARSPRAK_E2E_SCRATCH ?? mkdtempSync(join(tmpdir(), 'klarsprak-nvim-'))
rmSync(scratch, { recursive: true, force: true })
mkdirSync(scratch, { recursive: true })
const file = join(scratch, 'svenska.md')
const resultsPath = join(scratch, 'results.jsonl')
writeFileSync(file, original)

const results = []
const check = (name, ok, detail = '') => results.push({ name, ok: Boolean(ok), detail })

if (!existsSync(server)) {
  check('bundled server exists', false, `${server} is missing: run npm run build first`)
} else {
  const started = Date.now()
  const nvim = spawnSync('nvim', [
    '--headless', '--clean', '-u', 'NONE', '-n',
    '-c', `luafile ${join(here, 'neovim-client.lua')}`,
    '-c', 'cquit! 3', // reached only if the script died before quitting on its own
    file,
  ], {
    cwd: scratch,
    env: {
      ...process.env,
      KLARSPRAK_E2E_RESULTS: resultsPath,
      // An absolute path, the same Node that runs this test.
      KLARSPRAK_E2E_SERVER_CMD: JSON.stringify([process.execPath, server, '--stdio']),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 45_000,
    encoding: 'utf8',
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (nvim.error) check('nvim runs', false, `${nvim.error}\n${nvim.stdout}\n${nvim.stderr}`)
  if (existsSync(resultsPath)) {
    for (const line of readFileSync(resultsPath, 'utf8').split('\n').filter(Boolean)) results.push(JSON.parse(line))
  }
  const crashed = nvim.status !== 0 && results.every((r) => r.ok)
  if (crashed || nvim.signal) {
    check('nvim exits cleanly', false, `status ${nvim.status}, signal ${nvim.signal}\n${nvim.stdout}\n${nvim.stderr}`)
  }
  if (results.length > 0 && results.every((r) => r.ok)) {
    const onDisk = readFileSync(file, 'utf8')
    check(`file on disk is exactly ${JSON.stringify(expected)}`, onDisk === expected, `got ${JSON.stringify(onDisk)}`)
  }
  console.log(`nvim session took ${seconds} s`)
}

for (const r of results) {
  const aside = r.ok && r.detail && r.detail.length < 100 ? ` (${r.detail})` : ''
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${aside}`)
  if (!r.ok && r.detail) console.log(`     ${r.detail.replace(/\n/g, '\n     ')}`)
}
const passed = results.filter((r) => r.ok).length
const failed = results.length - passed || (results.length === 0 ? 1 : 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
