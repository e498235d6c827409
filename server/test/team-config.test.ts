import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addWordToConfigFile, findConfigFile } from '../src/config/team-config'
import { ConfigFileCache } from '../src/config/load-config'
import { parseConfig } from '../src/config/parse-config'

const words = (path: string) => parseConfig(readFileSync(path, 'utf8'), path).layer.words
import { AcceptedWords } from '../src/spelling/accepted-words'

let root = ''
before(() => {
  root = mkdtempSync(join(tmpdir(), 'klarsprak-config-'))
  mkdirSync(join(root, 'repo/.git'), { recursive: true })
  mkdirSync(join(root, 'repo/docs/deep'), { recursive: true })
})
after(() => rmSync(root, { recursive: true, force: true }))

test('the nearest .klarsprak.json is found walking up, stopping at the repository root', () => {
  writeFileSync(join(root, '.klarsprak.json'), '{}')
  assert.equal(findConfigFile(join(root, 'repo/docs/deep')), undefined, 'never above the repository root')
  writeFileSync(join(root, 'repo/.klarsprak.json'), '{"words": ["Skärholmen"]}')
  assert.equal(findConfigFile(join(root, 'repo/docs/deep')), join(root, 'repo/.klarsprak.json'))
  writeFileSync(join(root, 'repo/docs/.klarsprak.json'), '{}')
  assert.equal(findConfigFile(join(root, 'repo/docs/deep')), join(root, 'repo/docs/.klarsprak.json'))
  assert.equal(findConfigFile(join(root, 'repo/docs/deep'), join(root, 'repo/docs/deep')), undefined, 'stops at the workspace folder')
  rmSync(join(root, 'repo/docs/.klarsprak.json'))
})


test('adding a word keeps comments and formatting, creates the file when needed, and never twice', () => {
  const path = join(root, 'b.json')
  writeFileSync(path, '{\n  // teamets ord\n  "words": [\n    "Skärholmen"\n  ],\n  "rules": {}\n}\n')
  assert.equal(addWordToConfigFile(path, 'Rinkeby'), 'added')
  assert.equal(readFileSync(path, 'utf8'), '{\n  // teamets ord\n  "words": [\n    "Skärholmen",\n    "Rinkeby"\n  ],\n  "rules": {}\n}\n')
  assert.equal(addWordToConfigFile(path, 'Rinkeby'), 'present')
  const fresh = join(root, 'c.json')
  assert.equal(addWordToConfigFile(fresh, 'Kista'), 'added')
  assert.deepEqual(words(fresh), ['Kista'])
  const broken = join(root, 'd.json')
  writeFileSync(broken, '{"words": [')
  assert.ok(typeof addWordToConfigFile(broken, 'Kista') === 'object')
  assert.equal(readFileSync(broken, 'utf8'), '{"words": [', 'a broken file is left as it was')
})

test('the file cache re-reads a file when it changes', () => {
  const cache = new ConfigFileCache()
  const file = join(root, 'repo/.klarsprak.json')
  assert.deepEqual(cache.read(file).layer.words, ['Skärholmen'])
  writeFileSync(file, '{"words": ["Skärholmen", "Kista"]}')
  const later = new Date(Date.now() + 5000)
  utimesSync(file, later, later)
  assert.deepEqual(cache.read(file).layer.words, ['Skärholmen', 'Kista'])
})

test('accepted words follow dictionary case rules and take a genitive -s', () => {
  const words = new AcceptedWords(['Skärholmen', 'stadsdelsnämnd'])
  for (const ok of ['Skärholmen', 'SKÄRHOLMEN', 'Skärholmens', 'stadsdelsnämnd', 'Stadsdelsnämnd', 'STADSDELSNÄMND', 'stadsdelsnämnds']) assert.ok(words.has(ok), ok)
  for (const no of ['skärholmen', 'Skärholm', 'stadsdelsnämnden']) assert.ok(!words.has(no), no)
})
