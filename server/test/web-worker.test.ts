import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { WebWorkerHost } from './helpers/web-worker-host'
import type { FindingsResult } from '../src/protocol'

const WEB = join(__dirname, '../../dist/web')
const FOLDER = 'vscode-test-web://mount/'
const DOC = `${FOLDER}brev/svar.md`

let host: WebWorkerHost

before(async () => {
  assert.ok(existsSync(join(WEB, 'worker.js')), 'npm run build writes dist/web/worker.js')
  host = new WebWorkerHost(WEB)
  await host.request('initialize', {
    processId: null,
    rootUri: FOLDER,
    workspaceFolders: [{ uri: FOLDER, name: 'mount' }],
    capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } },
    initializationOptions: { preloadEnglish: true },
  })
  host.notify('initialized', {})
})

/** The findings of the document's version, waiting (briefly) for the dictionary when `spelling` is asked for. */
async function findings(version: number, spelling = false): Promise<FindingsResult> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const result = await host.request<FindingsResult | null>('klarsprak/findings', { uri: DOC, version })
    assert.ok(result, 'findings of the current version')
    if (!spelling || result.findings.some((f) => f.ruleId === 'spelling') || Date.now() > deadline) return result
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

test('the worker bundle checks a document of a non-file URI, with spelling once the fetched dictionary is in', async () => {
  const text = 'Du kan erhålla stöd av komunikation. 😀 Åtgärden gäller t.ex. barn.\n'
  host.notify('textDocument/didOpen', { textDocument: { uri: DOC, languageId: 'markdown', version: 1, text } })
  const result = await findings(1, true)
  const erhalla = result.findings.find((f) => f.ruleId === 'plain-words')
  assert.ok(erhalla, 'plain-words finds erhålla')
  assert.equal(text.slice(erhalla.from, erhalla.to), 'erhålla')
  assert.deepEqual(erhalla.fixes[0].edits, [{ from: erhalla.from, to: erhalla.to, insert: 'få' }])
  const unknown = result.findings.find((f) => f.ruleId === 'spelling')
  assert.ok(unknown, 'the dictionary was fetched and loaded')
  assert.equal(unknown.unknownWord, 'komunikation')
  const suggestions = await host.request<Record<string, string[]>>('klarsprak/suggestions', { words: ['komunikation'] })
  assert.ok(suggestions.komunikation.includes('kommunikation'))
  // the dictionaries came from beside the worker, nowhere else (Hunspell's WebAssembly is a data: URL inside the bundle)
  const requests = host.fetched.filter((u) => !u.startsWith('data:'))
  assert.ok(requests.length > 0 && requests.every((u) => u.startsWith('http://localhost/web/dictionaries/')), requests.join(', '))
})

test('a configuration file sent by the client applies to the documents under its folder, and its problems are reported', async () => {
  const refreshed = host.next((m) => m.method === 'workspace/diagnostic/refresh')
  host.notify('klarsprak/configFiles', { files: [{ uri: `${FOLDER}.klarsprak.json`, text: '{ "rules": { "plain-words": "off" } }' }] })
  await refreshed
  assert.ok(!(await findings(1)).findings.some((f) => f.ruleId === 'plain-words'), 'the rule is off')

  const problems = host.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === `${FOLDER}.klarsprak.json`)
  host.notify('klarsprak/configFiles', { files: [{ uri: `${FOLDER}.klarsprak.json`, text: '{ "rules": { "plain-word": "off" } }' }] })
  const published = await problems
  assert.ok(published.params.diagnostics.some((d: { message: string }) => d.message.includes('plain-word')), JSON.stringify(published.params))
  assert.ok((await findings(1)).findings.some((f) => f.ruleId === 'plain-words'), 'an unknown rule id turns nothing off')

  host.notify('klarsprak/configFiles', { files: [] })
  await host.next((m) => m.method === 'workspace/diagnostic/refresh')
  assert.ok((await findings(1)).findings.some((f) => f.ruleId === 'plain-words'), 'without the file the defaults apply again')
})

test('an npm package in extends is reported as unreadable in the browser, not as a crash', async () => {
  const problems = host.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === `${FOLDER}.klarsprak.json`)
  host.notify('klarsprak/configFiles', { files: [{ uri: `${FOLDER}.klarsprak.json`, text: '{ "extends": "@kommun/klarsprak" }' }] })
  const published = await problems
  assert.match(published.params.diagnostics[0].message, /@kommun\/klarsprak/)
  assert.ok((await findings(1)).findings.length > 0, 'the document is still checked')
  host.notify('klarsprak/configFiles', { files: [] })
})

test('adding a word to the team list writes the file back through the client', async () => {
  host.notify('klarsprak/configFiles', { files: [{ uri: `${FOLDER}.klarsprak.json`, text: '{\n  // vårt lag\n  "words": []\n}\n' }] })
  const written = host.next((m) => m.method === 'klarsprak/writeFile')
  await host.request('workspace/executeCommand', { command: 'klarsprak.addWordToTeamList', arguments: [DOC, 'komunikation'] })
  const { params } = await written
  assert.equal(params.uri, `${FOLDER}.klarsprak.json`)
  assert.match(params.text, /\/\/ vårt lag/)
  assert.match(params.text, /"komunikation"/)
  host.notify('klarsprak/configFiles', { files: [] })
})

test('an edit moves the findings, and a request for an old version gets null', async () => {
  host.notify('textDocument/didChange', { textDocument: { uri: DOC, version: 2 }, contentChanges: [{ text: 'Vi vill erhålla svar.\n' }] })
  assert.equal(await host.request('klarsprak/findings', { uri: DOC, version: 1 }), null)
  const result = await findings(2)
  assert.deepEqual(result.fixAll, [{ from: 8, to: 15, insert: 'få' }])
})

test('reports of folders and Word files say they are not available in the browser', async () => {
  const text = await host.request<string>('klarsprak/folderReport', { uri: FOLDER, format: 'md' })
  assert.match(text, /inte i webbläsaren/)
  const html = await host.request<string>('klarsprak/report', { uri: DOC, format: 'html' })
  assert.match(html, /Granskning av/)
})
