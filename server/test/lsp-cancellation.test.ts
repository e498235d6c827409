import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import type { CodeAction, DocumentDiagnosticReport } from 'vscode-languageserver-protocol'
import { TestClient } from './helpers/lsp-client'

const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } }
const URI = 'file:///tmp/klarsprak-cancel/long.md'
/** About 20,000 words in paragraphs that all differ, so nothing is answered from a cache. */
const LONG = Array.from({ length: 1500 }, (_, i) => `Stycke ${i}: Du kan erhålla stöd om du ansöker före den ${(i % 28) + 1} maj i år.`).join('\n\n')

const clients: TestClient[] = []
after(async () => Promise.all(clients.map((c) => c.close())))

const pull = (client: TestClient) => client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }) as Promise<DocumentDiagnosticReport>
const items = (report: DocumentDiagnosticReport) => (report.kind === 'full' ? report.items : [])

test('a long check is abandoned when a newer version arrives: the old answer is empty, the new one right', async () => {
  const client = new TestClient()
  clients.push(client)
  await client.initialize(PULL)
  await client.open(URI, LONG)
  const forOld = pull(client)
  // the edit arrives while version 1 is being checked
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ text: 'Du kan erhålla stöd.\n' }],
  })
  assert.deepEqual(items(await forOld), [], 'version 1 was answered with stale findings')
  const fresh = items(await pull(client))
  assert.deepEqual(fresh.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['plain-words', 0, 7]])
})

test('code actions for a diagnostic of an older version are never computed', async () => {
  const client = new TestClient()
  clients.push(client)
  await client.initialize({ ...PULL, textDocument: { ...PULL.textDocument, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } })
  await client.open(URI, 'Du kan erhålla stöd.\n')
  const [old] = items(await pull(client))
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: 'Vi kan erhålla stöd.\n' }] })
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: old.range,
    context: { diagnostics: [old] },
  })) as CodeAction[]
  assert.deepEqual(actions, [])
})

test('the status bar asks about the document, not a version: an edit during the check gets the newer figures', async () => {
  const client = new TestClient()
  clients.push(client)
  await client.initialize(PULL)
  await client.open(URI, LONG)
  const stats = client.connection.sendRequest('klarsprak/documentStats', { uri: URI }) as Promise<{ words: number; findings: number } | null>
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ text: 'Du kan erhålla stöd.\n' }],
  })
  const answer = await stats
  assert.deepEqual(answer && [answer.words, answer.findings], [4, 1])
})
