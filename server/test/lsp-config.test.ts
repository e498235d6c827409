import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { spawnSync } from 'node:child_process'
import type { Diagnostic } from 'vscode-languageserver-protocol'
import { TestClient } from './helpers/lsp-client'

const PULL = { textDocument: { diagnostic: {} }, workspace: { configuration: true } }
const root = mkdtempSync(join(tmpdir(), 'klarsprak-lspcfg-'))
const folderA = join(root, 'a')
const folderB = join(root, 'b')
mkdirSync(folderA)
mkdirSync(folderB)
const clients: TestClient[] = []
after(async () => {
  await Promise.all(clients.map((c) => c.close()))
  rmSync(root, { recursive: true, force: true })
})
const TEXT = 'Du kan erhålla stöd. Ansökan skickas till nämnden.\n'

async function start(): Promise<TestClient> {
  const client = new TestClient()
  clients.push(client)
  await client.connection.sendRequest('initialize', {
    processId: process.pid, rootUri: null, capabilities: PULL,
    workspaceFolders: [{ uri: pathToFileURL(folderA).href, name: 'a' }, { uri: pathToFileURL(folderB).href, name: 'b' }],
  })
  await client.connection.sendNotification('initialized', {})
  return client
}

const codes = (items: Diagnostic[]) => items.map((d) => d.code).filter((c) => c !== 'spelling').sort()
const touch = (path: string, text: string) => {
  writeFileSync(path, text)
  const later = new Date(Date.now() + Math.random() * 100_000)
  utimesSync(path, later, later)
}

test('multi-root: each folder has its own configuration; a live change applies without a restart', async () => {
  touch(join(folderA, '.klarsprak.json'), '{ "rules": { "passive-voice": "off" } }')
  touch(join(folderB, '.klarsprak.json'), '{ "rules": { "plain-words": "off" } }')
  const client = await start()
  const uriA = pathToFileURL(join(folderA, 'text.md')).href
  const uriB = pathToFileURL(join(folderB, 'text.md')).href
  await client.open(uriA, TEXT)
  await client.open(uriB, TEXT)
  assert.deepEqual(codes(await client.pullUntil(uriA, (d) => d.length > 0)), ['plain-words'])
  assert.deepEqual(codes(await client.pullUntil(uriB, (d) => d.length > 0)), ['passive-voice'])
  touch(join(folderA, '.klarsprak.json'), '{ "rules": { "passive-voice": "off", "plain-words": "off" } }')
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folderA, '.klarsprak.json')).href, type: 2 }] })
  assert.deepEqual(codes(await client.pullUntil(uriA, (d) => codes(d).length === 0)), [])
})

test('a broken file shows diagnostics on itself and the last good configuration keeps working', async () => {
  touch(join(folderA, '.klarsprak.json'), '{ "rules": { "passive-voice": "off" } }')
  const client = await start()
  const uri = pathToFileURL(join(folderA, 'text.md')).href
  await client.open(uri, TEXT)
  assert.deepEqual(codes(await client.pullUntil(uri, (d) => d.length > 0)), ['plain-words'])
  touch(join(folderA, '.klarsprak.json'), '{ "rules": { "passive-voice": "off", "lang": "info" ')
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folderA, '.klarsprak.json')).href, type: 2 }] })
  const configUri = pathToFileURL(join(folderA, '.klarsprak.json')).href
  const published = await client.waitForPublished(configUri, (p) => p.diagnostics.length > 0)
  assert.ok(published.diagnostics.some((d) => /Felaktig JSON/.test(String(d.message))))
  assert.ok(published.diagnostics.some((d) => /Okänd regel ”lang”/.test(String(d.message))))
  assert.deepEqual(codes(await client.pullUntil(uri, (d) => d.length > 0)), ['plain-words'])
  touch(join(folderA, '.klarsprak.json'), '{ "rules": { "passive-voice": "off" } }')
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] })
  await client.waitForPublished(configUri, (p) => p.diagnostics.length === 0)
})

test('quick fixes “ignore here” and “turn off for the team”; the effective configuration names its sources', async () => {
  touch(join(folderB, '.klarsprak.json'), '{\n  // teamet\n  "rules": {}\n}\n')
  const client = await start()
  const uri = pathToFileURL(join(folderB, 'regler.md')).href
  await client.open(uri, TEXT)
  const items = await client.pullUntil(uri, (d) => d.some((x) => x.code === 'passive-voice'))
  const d = items.find((x) => x.code === 'passive-voice')!
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as Array<{ title: string; edit?: { documentChanges: Array<{ edits: Array<{ newText: string }> }> }; command?: { command: string; arguments: unknown[] } }>
  const ignore = actions.find((a) => a.title === 'Ignorera passive-voice här')!
  assert.equal(ignore.edit?.documentChanges[0].edits[0].newText, '<!-- klarsprak-disable-next-line passive-voice -->\n')
  const off = actions.find((a) => a.title === 'Stäng av passive-voice för teamet (.klarsprak.json)')!
  await client.connection.sendRequest('workspace/executeCommand', off.command)
  assert.equal(readFileSync(join(folderB, '.klarsprak.json'), 'utf8'), '{\n  // teamet\n  "rules": {\n    "passive-voice": "off"\n  }\n}\n')
  await client.pullUntil(uri, (x) => !x.some((y) => y.code === 'passive-voice'))
  const effective = (await client.connection.sendRequest('klarsprak/effectiveConfiguration', { uri })) as string
  assert.match(effective, new RegExp(`"passive-voice": "off",? // ${join(folderB, '.klarsprak.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  assert.match(effective, /"plain-words": "warning", \/\/ standard/)
})

test('the CLI and the server give identical findings for the same file and configuration', async () => {
  touch(join(folderA, '.klarsprak.json'), JSON.stringify({ rules: { 'long-sentence': ['warning', { max: 8 }] }, terms: [{ avoid: 'nämnd', prefer: 'styrelse' }], words: ['Kandelinxz'] }))
  const text = '# Rubrik\n\nDu kan erhålla stöd av Kandelinxz och nämnden, t.ex. genom att ansökan skickas in i tid.\n'
  writeFileSync(join(folderA, 'lika.md'), text)
  const cli = spawnSync(process.execPath, [join(__dirname, '../../bin/klarsprak.js'), 'check', '--format', 'json', 'lika.md'], { cwd: folderA, encoding: 'utf8' })
  const fromCli = JSON.parse(cli.stdout)[0].messages.map((m: { ruleId: string; offset: number; endOffset: number; message: string }) => `${m.ruleId}@${m.offset}-${m.endOffset}:${m.message}`)
  const client = await start()
  const uri = pathToFileURL(join(folderA, 'lika.md')).href
  await client.open(uri, text)
  const items = await client.pullUntil(uri, (d) => d.some((x) => x.code === 'terms') && d.length >= fromCli.length)
  const fromServer = items.map((d) => `${d.code}@${(d.data as { offset: number }).offset}-${(d.data as { endOffset: number }).endOffset}:${d.message}`)
  assert.deepEqual(fromServer, fromCli)
})
