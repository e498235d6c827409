import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol'
import { TestClient } from './helpers/lsp-client'

const PULL = { textDocument: { diagnostic: {} }, workspace: { configuration: true } }
const workspace = mkdtempSync(join(tmpdir(), 'klarsprak-ws-'))
const uri = pathToFileURL(join(workspace, 'text.md')).href
const TEXT = 'Vi främjar komunikation med Kandelinxz.\n'
const clients: TestClient[] = []
after(async () => {
  await Promise.all(clients.map((c) => c.close()))
  rmSync(workspace, { recursive: true, force: true })
})

async function start(): Promise<TestClient> {
  const client = new TestClient()
  clients.push(client)
  await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: PULL, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }] })
  await client.connection.sendNotification('initialized', {})
  await client.open(uri, TEXT)
  return client
}

test('unknown words get diagnostics; a likely name is only information', async () => {
  const client = await start()
  const items = await client.pullUntil(uri, (d) => d.some((x) => x.code === 'spelling'))
  const spelling = items.filter((d) => d.code === 'spelling').map((d) => [d.message, d.severity])
  assert.deepEqual(spelling, [
    ['”komunikation” finns inte i ordlistan. Kontrollera stavningen.', 2],
    ['”Kandelinxz” finns inte i ordlistan. Är det ett namn? Lägg i så fall till det i ordlistan.', 3],
  ])
})

test('quick fixes: suggestions on demand, then the team’s and my word list', async () => {
  const client = await start()
  const items = await client.pullUntil(uri, (d) => d.some((x) => x.code === 'spelling'))
  const d = items.find((x) => x.code === 'spelling')!
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[]
  const titles = actions.map((a) => a.title)
  assert.equal(titles[0], 'Ersätt med ”kommunikation”')
  assert.ok(titles.length <= 9)
  assert.deepEqual(titles.slice(-4), ['Lägg till ”komunikation” i teamets ordlista', 'Lägg till ”komunikation” i min ordlista', 'Ignorera spelling här', 'Stäng av spelling för teamet (.klarsprak.json)'])
  assert.deepEqual(actions.at(-4)?.command?.arguments, [uri, 'komunikation'])
  assert.equal(actions.at(-3)?.command?.command, 'klarsprak.addWordToUserList')
})

test('adding a word to the team list writes .klarsprak.json, keeps its comments and clears the diagnostic', async () => {
  writeFileSync(join(workspace, '.klarsprak.json'), '{\n  // teamets ord\n  "words": []\n}\n')
  const client = await start()
  await client.pullUntil(uri, (d) => d.some((x) => x.code === 'spelling' && String(x.message).includes('Kandelinxz')))
  const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'klarsprak.addWordToTeamList', arguments: [uri, 'Kandelinxz'] })
  assert.deepEqual(result, { path: join(workspace, '.klarsprak.json'), added: true })
  assert.equal(readFileSync(join(workspace, '.klarsprak.json'), 'utf8'), '{\n  // teamets ord\n  "words": [\n    "Kandelinxz"\n  ]\n}\n')
  await client.pullUntil(uri, (d) => !d.some((x) => String(x.message).includes('Kandelinxz')) && d.some((x) => x.code === 'spelling'))
})

test('the user’s own words (klarsprak.words) are accepted', async () => {
  const client = new TestClient()
  clients.push(client)
  client.settings = { words: ['komunikation'] }
  await client.initialize(PULL)
  await client.open(uri, 'Vi främjar komunikation och kommunikationn.\n')
  // settings and the dictionary arrive in either order: poll until both are in effect
  const spellingMessages = (d: Diagnostic[]) => d.filter((x) => x.code === 'spelling').map((x) => x.message)
  const items = await client.pullUntil(uri, (d) => spellingMessages(d).length === 1)
  assert.deepEqual(spellingMessages(items), ['”kommunikationn” finns inte i ordlistan. Kontrollera stavningen.'])
})
