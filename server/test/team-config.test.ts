import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addWordToConfigFile, findConfigFile, readTeamConfig, TeamConfigCache } from '../src/config/team-config'
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

test('comments and trailing commas are allowed; mistakes are described in Swedish', () => {
  const path = join(root, 'a.json')
  writeFileSync(path, '{\n  // teamets ord\n  "words": ["Skärholmen", "SKR",],\n}\n')
  assert.deepEqual(readTeamConfig(path), { path, words: ['Skärholmen', 'SKR'], problems: [] })
  writeFileSync(path, '{"words": "Skärholmen"}')
  assert.deepEqual(readTeamConfig(path).problems, ['”words” ska vara en lista med ord'])
  writeFileSync(path, '{"words": [')
  assert.match(readTeamConfig(path).problems[0], /vid tecken/)
})

test('adding a word keeps comments and formatting, creates the file when needed, and never twice', () => {
  const path = join(root, 'b.json')
  writeFileSync(path, '{\n  // teamets ord\n  "words": [\n    "Skärholmen"\n  ],\n  "rules": {}\n}\n')
  assert.equal(addWordToConfigFile(path, 'Rinkeby'), 'added')
  assert.equal(readFileSync(path, 'utf8'), '{\n  // teamets ord\n  "words": [\n    "Skärholmen",\n    "Rinkeby"\n  ],\n  "rules": {}\n}\n')
  assert.equal(addWordToConfigFile(path, 'Rinkeby'), 'present')
  const fresh = join(root, 'c.json')
  assert.equal(addWordToConfigFile(fresh, 'Kista'), 'added')
  assert.deepEqual(readTeamConfig(fresh).words, ['Kista'])
  const broken = join(root, 'd.json')
  writeFileSync(broken, '{"words": [')
  assert.ok(typeof addWordToConfigFile(broken, 'Kista') === 'object')
  assert.equal(readFileSync(broken, 'utf8'), '{"words": [', 'a broken file is left as it was')
})

test('the cache re-reads a file when it changes', () => {
  const cache = new TeamConfigCache()
  const doc = join(root, 'repo/docs/deep/text.md')
  assert.deepEqual(cache.forDocument(doc)?.words, ['Skärholmen'])
  writeFileSync(join(root, 'repo/.klarsprak.json'), '{"words": ["Skärholmen", "Kista"]}')
  const later = new Date(Date.now() + 5000)
  utimesSync(join(root, 'repo/.klarsprak.json'), later, later)
  assert.deepEqual(cache.forDocument(doc)?.words, ['Skärholmen', 'Kista'])
})

test('accepted words follow dictionary case rules and take a genitive -s', () => {
  const words = new AcceptedWords(['Skärholmen', 'stadsdelsnämnd'])
  for (const ok of ['Skärholmen', 'SKÄRHOLMEN', 'Skärholmens', 'stadsdelsnämnd', 'Stadsdelsnämnd', 'STADSDELSNÄMND', 'stadsdelsnämnds']) assert.ok(words.has(ok), ok)
  for (const no of ['skärholmen', 'Skärholm', 'stadsdelsnämnden']) assert.ok(!words.has(no), no)
})
