import { test, afterEach } from 'node:test'
import assert from 'node:assert/strict'
import { fetchingReader } from '../src/web/fetch-bytes'
import { storeConfigFiles } from '../src/web/config-files'
import { existsSync, readFileSync } from '../src/web/shims/fs'
import { uriToPath, useVirtualPaths } from '../src/lsp/uri-paths'

// The web worker's reading of its dictionaries and its configuration files, without a worker:
// fetch is replaced per test, and the paths are the worker's virtual ones.
useVirtualPaths()
const realFetch = globalThis.fetch
afterEach(() => {
  globalThis.fetch = realFetch
})

/** Replaces fetch by one that answers every URL with its own bytes and records it. */
function recordFetches(): string[] {
  const urls: string[] = []
  globalThis.fetch = (async (url: string) => {
    urls.push(String(url))
    return new Response(new TextEncoder().encode(String(url)))
  }) as typeof fetch
  return urls
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

test('the Swedish dictionary is fetched beside the worker, once initialize is answered', async () => {
  const urls = recordFetches()
  const reader = fetchingReader('http://localhost/web/worker.js', () => assert.fail('the client is not asked'))
  reader.configure({})
  assert.deepEqual(urls, [], 'nothing before the answer to initialize')
  await tick()
  assert.deepEqual(urls, ['index.aff', 'index.dic', 'compound-parts.json'].map((f) => `http://localhost/web/dictionaries/sv-SE/${f}`))
  assert.equal(text(await reader.read('dictionaries/sv-SE/index.aff')), 'http://localhost/web/dictionaries/sv-SE/index.aff')
  assert.equal(urls.length, 3, 'each file is fetched once')
})

test('dictionaryBase names the folder that holds dictionaries/ (VS Code with the extension on the web)', async () => {
  recordFetches()
  const reader = fetchingReader('blob:https://vscode.dev/0b7c', () => assert.fail('the client is not asked'))
  reader.configure({ dictionaryBase: 'https://cdn.example/klarsprak/dist' })
  assert.equal(text(await reader.read('dictionaries/en/en-US.dic')), 'https://cdn.example/klarsprak/dist/dictionaries/en/en-US.dic')
  await tick() // the Swedish files' start, before the next test's fetch
})

test('asked to, the worker gets each dictionary file from the client, in base64, and fetches nothing', async () => {
  const urls = recordFetches()
  const asked: string[] = []
  const reader = fetchingReader('blob:http://127.0.0.1:8080/5f1e', async (path) => {
    asked.push(path)
    return Buffer.from(`bytes of ${path} – å`).toString('base64')
  })
  reader.configure({ askForDictionaryFiles: true })
  await tick()
  assert.equal(text(await reader.read('/dictionaries/sv-SE/index.dic')), 'bytes of dictionaries/sv-SE/index.dic – å')
  assert.equal(text(await reader.read('dictionaries/en/index.aff')), 'bytes of dictionaries/en/index.aff – å')
  assert.deepEqual(asked, ['dictionaries/sv-SE/index.aff', 'dictionaries/sv-SE/index.dic', 'dictionaries/sv-SE/compound-parts.json', 'dictionaries/en/index.aff'])
  assert.deepEqual(urls, [])
})

test('a worker started from a blob: URL, with no folder named and no client to ask, says why it cannot read', async () => {
  recordFetches()
  const reader = fetchingReader('blob:http://127.0.0.1:8080/5f1e', () => assert.fail('the client is not asked'))
  await assert.rejects(reader.read('dictionaries/sv-SE/index.aff'), /ingen adress/)
})

test('configuration files from the initialization options or a notification replace the set in memory', () => {
  const team = 'vscode-remote://127.0.0.1:8080/ws/.klarsprak.json'
  const base = 'vscode-remote://127.0.0.1:8080/ws/regler/bas.json'
  storeConfigFiles([{ uri: team, text: '{ "extends": "./regler/bas.json" }' }, { uri: base, text: '{ "words": ["Kandelinxz"] }' }, { uri: 42 as never, text: '' }])
  assert.equal(readFileSync(uriToPath(team)!), '{ "extends": "./regler/bas.json" }')
  assert.ok(existsSync(uriToPath(base)!))
  storeConfigFiles([{ uri: team, text: '{}' }])
  assert.equal(readFileSync(uriToPath(team)!), '{}')
  assert.ok(!existsSync(uriToPath(base)!), 'a file the client no longer sends is gone')
  storeConfigFiles(undefined)
  assert.ok(!existsSync(uriToPath(team)!))
})
