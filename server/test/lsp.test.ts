import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { TestClient } from './helpers/lsp-client'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const PULL = { textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } }, workspace: { configuration: true } }
const TEXT = '# Stöd\n\nÅsa 😀 och Örjan kan erhålla stöd.\n'
const URI = 'file:///tmp/klarsprak-test/demo.md'

const clients: TestClient[] = []
after(async () => Promise.all(clients.map((c) => c.close())))

async function pullClient(): Promise<TestClient> {
  const client = new TestClient()
  clients.push(client)
  await client.initialize(PULL)
  return client
}

async function pull(client: TestClient, uri = URI): Promise<Diagnostic[]> {
  const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport
  assert.equal(report.kind, 'full')
  return report.kind === 'full' ? report.items : []
}

function apply(text: string, action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), change.edits as TextEdit[])
}

test('capabilities: pull diagnostics, quick fixes and fix-all, hover', async () => {
  const client = new TestClient()
  clients.push(client)
  const { capabilities } = await client.initialize(PULL)
  assert.deepEqual(capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false })
  assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.klarsprak'])
  assert.equal(capabilities.hoverProvider, true)
})

test('diagnostics use UTF-16 positions after å, ä, ö and an emoji', async () => {
  const client = await pullClient()
  await client.open(URI, TEXT)
  const [d] = await pull(client)
  const line = TEXT.split('\n')[2]
  const character = line.indexOf('erhålla') // UTF-16 index: the emoji counts as two
  assert.equal(character, 21)
  assert.deepEqual(d.range, { start: { line: 2, character }, end: { line: 2, character: character + 7 } })
  assert.equal(d.code, 'plain-words')
  assert.equal(d.source, 'klarsprak')
  assert.equal(d.message, 'Skriv hellre ”få” än ”erhålla”.')
  assert.match(d.codeDescription?.href ?? '', /^https:\/\//)
})

test('a quick fix replaces the word, is preferred and is pinned to the document version', async () => {
  const client = await pullClient()
  await client.open(URI, TEXT)
  const diagnostics = await pull(client)
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: diagnostics[0].range, context: { diagnostics },
  })) as CodeAction[]
  assert.deepEqual(actions.map((a) => a.title), ['Ersätt med ”få”', 'Ignorera plain-words här', 'Stäng av plain-words för teamet (.klarsprak.json)'])
  assert.equal(actions[0].isPreferred, true)
  const change = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit
  assert.deepEqual(change.textDocument, { uri: URI, version: 1 })
  assert.equal(apply(TEXT, actions[0]), '# Stöd\n\nÅsa 😀 och Örjan kan få stöd.\n')
})

test('a fix computed for an older version is refused', async () => {
  const client = await pullClient()
  await client.open(URI, TEXT)
  const diagnostics = await pull(client)
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Nu: ' }],
  })
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: diagnostics[0].range, context: { diagnostics },
  })) as CodeAction[]
  assert.deepEqual(actions, [])
  const fresh = await pull(client)
  assert.equal(fresh[0].range.start.character, 25)
})

test('a client that echoes UTF-8 columns and no data still gets the right fix', async () => {
  const client = await pullClient()
  await client.open(URI, TEXT)
  const [d] = await pull(client)
  const line = TEXT.split('\n')[2]
  const utf8 = Buffer.byteLength(line.slice(0, line.indexOf('erhålla')))
  const echoed: Diagnostic = { ...d, data: undefined, range: { start: { line: 2, character: utf8 }, end: { line: 2, character: utf8 + 8 } } }
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: echoed.range, context: { diagnostics: [echoed] },
  })) as CodeAction[]
  assert.equal(apply(TEXT, actions[0]), '# Stöd\n\nÅsa 😀 och Örjan kan få stöd.\n')
})

test('hover explains the advice in Swedish and links its source', async () => {
  const client = await pullClient()
  await client.open(URI, TEXT)
  const hover = (await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: URI }, position: { line: 2, character: 23 },
  })) as Hover
  const value = (hover.contents as { value: string }).value
  assert.match(value, /\*\*Skriv hellre ”få” än ”erhålla”\.\*\*/)
  assert.match(value, /Källa: \[.+\]\(https:\/\/.+\)/)
  const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 2 } })
  assert.equal(nothing, null)
})

test('fix-all applies every unambiguous fix in one edit', async () => {
  const client = await pullClient()
  const text = 'Du kan erhålla stöd om du äger rätt att söka. Han erhöll svar.\n'
  await client.open(URI, text)
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as CodeAction[]
  assert.equal(actions.length, 1)
  assert.equal(actions[0].kind, 'source.fixAll.klarsprak')
  assert.equal(apply(text, actions[0]), 'Du kan få stöd om du har rätt att söka. Han fick svar.\n')
})

test('push diagnostics for clients without pull support; closing clears them', async () => {
  const client = new TestClient()
  clients.push(client)
  const { capabilities } = await client.initialize({})
  assert.equal(capabilities.diagnosticProvider, undefined)
  await client.open(URI, TEXT)
  const published = await client.waitForPublished(URI, (p) => p.diagnostics.length > 0)
  assert.equal(published.diagnostics[0].range.start.character, 21)
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } })
  await client.waitForPublished(URI, (p) => p.diagnostics.length === 0)
})

test('user settings are read from the client and changes take effect without a restart', async () => {
  const client = new TestClient()
  clients.push(client)
  client.settings = { rules: { 'plain-words': 'off', 'lang-mening': 'info' } }
  await client.initialize(PULL)
  await client.open(URI, TEXT)
  const deadline = Date.now() + 5000
  while (client.warnings.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  assert.deepEqual(await pull(client), [])
  assert.match(client.warnings[0], /Okänd regel ”lang-mening”/)
  client.settings = { rules: { 'plain-words': 'error' } }
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })
  let items: Diagnostic[] = []
  while (items.length === 0 && Date.now() < deadline) items = await pull(client)
  assert.deepEqual(items.map((d) => [d.code, d.severity]), [['plain-words', 1]])
})

test('hover over a paragraph shows its LIX and band', async () => {
  const client = await pullClient()
  const text = '# Rubrik\n\nDu kan få hjälp med ansökan om du ringer oss. Vi svarar på vardagar mellan nio och fem och hjälper dig gärna.\n'
  await client.open(URI, text)
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 3 } })) as Hover
  assert.match((hover.contents as { value: string }).value, /^Styckets LIX: \*\*\d+\*\* \((mycket lättläst|lättläst|medelsvår)\) – 11 ord per mening, \d+ % långa ord\.$/)
})

test('report requests: the interactive HTML report, Markdown, and the status bar figures', async () => {
  const client = await pullClient()
  await client.open(URI, TEXT)
  const html = (await client.connection.sendRequest('klarsprak/report', { uri: URI, format: 'html', nonce: 'abc123' })) as string
  assert.match(html, /content="default-src 'none'; img-src data:; style-src 'nonce-abc123'; script-src 'nonce-abc123';"/)
  assert.match(html, /<button type="button" class="jump" data-path="[^"]+" data-offset="29" data-end="36">Rad 3:22<\/button>/)
  const md = (await client.connection.sendRequest('klarsprak/report', { uri: URI, format: 'md' })) as string
  assert.match(md, /\| LIX \|/)
  const stats = (await client.connection.sendRequest('klarsprak/documentStats', { uri: URI })) as { words: number; findings: number }
  assert.equal(stats.words, 7)
  assert.ok(stats.findings >= 1)
})

test('the folder report runs the same file runner as the CLI: one row per text file, oversized files skipped', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'klarsprak-folder-'))
  try {
    writeFileSync(join(folder, 'a.md'), 'Du kan erhålla stöd.\n')
    writeFileSync(join(folder, 'b.txt'), 'Vi ses i morgon.\n')
    writeFileSync(join(folder, 'stor.md'), 'Du kan erhålla stöd. '.repeat(100_000))
    const client = await pullClient()
    const report = JSON.parse((await client.connection.sendRequest('klarsprak/folderReport', { uri: pathToFileURL(folder).href, format: 'json' })) as string)
    assert.deepEqual(report.files.map((f: { path: string }) => f.path.slice(folder.length + 1)), ['a.md', 'b.txt'])
    assert.equal(report.totals.words, 8)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('an HTML document: diagnostics at the source place, a fix that edits the source, ignore-here as an HTML comment', async () => {
  const uri = 'file:///tmp/klarsprak-test/sida.html'
  const page = '<!doctype html>\n<html lang="sv">\n<body><main>\n  <p>Åsa 😀 kan <em>erh&aring;lla</em> stöd.</p>\n  <p>Skriv <a href="/">här</a>.</p>\n</main></body></html>\n'
  const client = await pullClient()
  await client.open(uri, page, 'html')
  const diagnostics = (await pull(client, uri)).filter((d) => d.code === 'plain-words')
  assert.equal(diagnostics.length, 1)
  const character = page.split('\n')[3].indexOf('erh&aring;lla')
  assert.deepEqual(diagnostics[0].range, { start: { line: 3, character }, end: { line: 3, character: character + 'erh&aring;lla'.length } })
  assert.equal(diagnostics[0].message, 'Skriv hellre ”få” än ”erhålla”.')
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[]
  assert.deepEqual(actions.map((a) => a.title), ['Ersätt med ”få”', 'Ignorera plain-words här', 'Stäng av plain-words för teamet (.klarsprak.json)'])
  const edit = (action: CodeAction) => TextDocument.applyEdits(TextDocument.create(uri, 'html', 1, page), (action.edit?.documentChanges?.[0] as TextDocumentEdit).edits as TextEdit[])
  assert.equal(edit(actions[0]).split('\n')[3], '  <p>Åsa 😀 kan <em>få</em> stöd.</p>')
  const ignored = edit(actions[1])
  assert.equal(ignored.split('\n').slice(3, 5).join('\n'), '  <!-- klarsprak-disable-next-line plain-words -->\n  <p>Åsa 😀 kan <em>erh&aring;lla</em> stöd.</p>')
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: ignored }] })
  assert.deepEqual((await pull(client, uri)).filter((d) => d.code === 'plain-words'), [])
})
