import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TestClient } from './helpers/lsp-client'

const dir = mkdtempSync(join(tmpdir(), 'klarsprak-net-'))
const log = join(dir, 'network.log')
const PRELOAD = join(__dirname, 'helpers/no-network.cjs')
const env = { ...process.env, KLARSPRAK_NETWORK_LOG: log }
after(() => rmSync(dir, { recursive: true, force: true }))
const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [])

test('the language server opens no network connection while it loads, checks, fixes, hovers and reports', async () => {
  const client = new TestClient(env, ['--require', PRELOAD])
  try {
    await client.initialize({ textDocument: { diagnostic: {} }, workspace: { configuration: true } })
    const uri = 'file:///net/doc.md'
    await client.open(uri, '# Stöd\n\nDu kan erhålla stöd av komunikation, t.ex. i dag. Ansökan skickas.\n')
    const deadline = Date.now() + 10_000
    let items: Array<{ code?: unknown; range: unknown }> = []
    while (!items.some((d) => d.code === 'spelling') && Date.now() < deadline) {
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: typeof items }
      items = report.items
    }
    assert.ok(items.some((d) => d.code === 'spelling'), 'the dictionary loaded')
    for (const d of items) await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 9 } })
    await client.connection.sendRequest('klarsprak/report', { uri, format: 'html', nonce: 'n' })
    assert.deepEqual(attempts(), [])
    assert.equal(client.stderr, '')
  } finally {
    await client.close()
  }
})

test('the CLI opens no network connection', () => {
  writeFileSync(join(dir, 'a.md'), 'Du kan erhålla stöd av komunikation.\n')
  const r = spawnSync(process.execPath, ['--require', PRELOAD, join(__dirname, '../../bin/klarsprak.js'), 'report', '--format', 'html', 'a.md'], { cwd: dir, env, encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  assert.deepEqual(attempts(), [])
})

test('the watch itself works: a connection attempt is recorded', () => {
  const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('node:net').connect(9, '127.0.0.1').on('error', () => {})"], { env, encoding: 'utf8' })
  assert.notEqual(r.status, 0)
  assert.match(attempts().join('\n'), /connect/)
})
