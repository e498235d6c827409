import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { addWordToConfigFile } from '../src/config/team-config'
import { lineEnding } from '../src/config/config-file-editor'
import { createConfigFile } from '../src/config/starter-config'
import { parseConfig } from '../src/config/parse-config'
import { executeCommand } from '../src/lsp/commands'
import { WorkspaceFolders } from '../src/lsp/workspace-folders'
import { ADD_TO_TEAM_COMMAND, CREATE_CONFIG_COMMAND, DISABLE_FOR_TEAM_COMMAND } from '../src/protocol'

let root = ''
let count = 0
const folders = new WorkspaceFolders()

/** A fresh workspace folder with a document in it, and the path of its .klarsprak.json. */
function workspace(config?: string): { config: string; doc: string } {
  const dir = join(root, `ws${++count}`)
  mkdirSync(join(dir, '.git'), { recursive: true })
  if (config !== undefined) writeFileSync(join(dir, '.klarsprak.json'), config)
  folders.init({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] } as never)
  return { config: join(dir, '.klarsprak.json'), doc: pathToFileURL(join(dir, 'text.md')).href }
}
const addWord = (doc: string, word: string) => executeCommand(ADD_TO_TEAM_COMMAND, [doc, word], folders)
const disableRule = (doc: string, id: string) => executeCommand(DISABLE_FOR_TEAM_COMMAND, [doc, id], folders)
const read = (path: string) => readFileSync(path, 'utf8')
const crlf = (text: string) => text.replace(/\n/g, '\r\n')

before(() => {
  root = mkdtempSync(join(tmpdir(), 'klarsprak-editor-'))
})
after(() => rmSync(root, { recursive: true, force: true }))

const COMMENTED = '{\n  // teamets inställningar\n  "words": [\n    // stadsdelar\n    "Skärholmen"\n  ],\n  "rules": {\n    /* lång mening */\n    "long-sentence": "warning"\n  }\n}\n'
const AFTER_BOTH = '{\n  // teamets inställningar\n  "words": [\n    // stadsdelar\n    "Skärholmen",\n    "Rinkeby"\n  ],\n  "rules": {\n    /* lång mening */\n    "long-sentence": "warning",\n    "passive-voice": "off"\n  }\n}\n'

test('an LF file stays LF through both commands, comments and all', () => {
  const { config, doc } = workspace(COMMENTED)
  assert.deepEqual(addWord(doc, 'Rinkeby'), { path: config, added: true })
  assert.deepEqual(disableRule(doc, 'passive-voice'), { path: config })
  assert.equal(read(config), AFTER_BOTH)
})

test('a CRLF file stays CRLF through both commands, comments and all', () => {
  const { config, doc } = workspace(crlf(COMMENTED))
  assert.deepEqual(disableRule(doc, 'passive-voice'), { path: config })
  assert.deepEqual(addWord(doc, 'Rinkeby'), { path: config, added: true })
  assert.equal(read(config), crlf(AFTER_BOTH))
  assert.doesNotMatch(read(config), /[^\r]\n/, 'no bare LF slipped in')
})

test('a CRLF file without the edited field gets the field in CRLF', () => {
  const { config, doc } = workspace('{\r\n  // tom\r\n}\r\n')
  disableRule(doc, 'shouting')
  assert.equal(read(config), '{\r\n  "rules": {\r\n    "shouting": "off"\r\n  }\r\n  // tom\r\n}\r\n')
})

test('a file that does not exist yet is created with LF by either command', () => {
  const first = workspace()
  addWord(first.doc, 'Kista')
  assert.equal(read(first.config), '{\n  "words": [\n    "Kista"\n  ]\n}\n')
  const second = workspace()
  disableRule(second.doc, 'shouting')
  assert.equal(read(second.config), '{\n  "rules": {\n    "shouting": "off"\n  }\n}\n')
})

test('a broken file is left untouched by both commands, with the same Swedish error', () => {
  for (const text of ['{"words": [', crlf('{\n  // halvfärdig\n  "rules": {\n    "shouting": \n}\n'), '["Kista"]']) {
    const { config, doc } = workspace(text)
    const error = `${config} innehåller fel och ändras inte. Rätta filen och försök igen.`
    assert.deepEqual(disableRule(doc, 'passive-voice'), { error }, text)
    assert.deepEqual(addWord(doc, 'Kista'), { error }, text)
    assert.equal(read(config), text, 'a broken file is left as it was')
  }
})

test('rules that are not an object are not edited into something else', () => {
  const text = '{"rules": ["shouting"]}'
  const { config, doc } = workspace(text)
  assert.deepEqual(disableRule(doc, 'passive-voice'), { error: `${config} innehåller fel och ändras inte. Rätta filen och försök igen.` })
  assert.equal(read(config), text)
})

test('nothing to change means nothing is written', () => {
  const text = crlf('{\n  "words": ["Kista"],\n  "rules": {"shouting": "off"}\n}')
  const { config, doc } = workspace(text)
  assert.deepEqual(addWord(doc, 'Kista'), { path: config, added: false })
  assert.deepEqual(disableRule(doc, 'shouting'), { path: config })
  assert.equal(read(config), text)
  assert.equal(addWordToConfigFile(config, 'Kista'), 'present')
})

test('the starter file is written once, with LF, and is a valid configuration', () => {
  const dir = join(root, 'starter')
  mkdirSync(dir)
  const result = executeCommand(CREATE_CONFIG_COMMAND, [pathToFileURL(dir).href], folders) as { path: string; uri: string; created: boolean }
  assert.deepEqual(result, { path: join(dir, '.klarsprak.json'), uri: pathToFileURL(join(dir, '.klarsprak.json')).href, created: true })
  const text = read(result.path)
  assert.equal(lineEnding(text), '\n')
  assert.ok(!text.includes('\r'))
  assert.deepEqual(parseConfig(text, result.path).problems, [])
  writeFileSync(result.path, '{}\r\n')
  assert.deepEqual(createConfigFile(dir), { path: result.path, created: false })
  assert.equal(read(result.path), '{}\r\n', 'an existing file is never overwritten')
})

test('the line ending is the first line break’s; LF when there is none', () => {
  assert.equal(lineEnding('{}'), '\n')
  assert.equal(lineEnding('{\r\n}\n'), '\r\n')
  assert.equal(lineEnding('{\n}\r\n'), '\n')
})
