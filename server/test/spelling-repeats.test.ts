import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { RULES } from '../src/rules'
import { mergeRepeats } from '../src/engine/repeats'
import type { Finding } from '../src/engine/types'
import { SpellingService } from '../src/spelling/spelling-service'
import type { SpellingContext } from '../src/spelling/speller'

const spellingOnly = resolveRules(Object.fromEntries(RULES.filter((r) => r.id !== 'spelling').map((r) => [r.id, 'off']))).rules
let spelling: SpellingContext | undefined
before(async () => {
  const service = new SpellingService()
  await service.load()
  spelling = service.context([])
})
const check = (text: string) => checkText(text, 'markdown', { rules: spellingOnly, spelling }).findings.filter((f) => f.ruleId === 'spelling')

test('an unknown word is one finding per document, at its first place, with every place listed', () => {
  const text = 'Vi ringde Kandelinxz i går.\n\nKandelinxz svarade inte. Sedan kom Kandelinxz hit.\n'
  const found = check(text)
  assert.equal(found.length, 1)
  assert.equal(found[0].offset, text.indexOf('Kandelinxz'))
  assert.match(found[0].message, /3 gånger/)
  assert.deepEqual(found[0].occurrences?.map((o) => text.slice(o.offset, o.endOffset)), ['Kandelinxz', 'Kandelinxz', 'Kandelinxz'])
})

test('a name used in mid-sentence is a name at the start of a sentence too: one severity', () => {
  const found = check('Kandelinxz kom först.\n\nSedan ringde vi Kandelinxz.\n')
  assert.equal(found.length, 1)
  assert.equal(found[0].offset, 0)
  assert.equal(found[0].severity, 'info')
  assert.match(found[0].message, /namn/)
})

test('a misspelt word at the start of a sentence stays a warning', () => {
  const found = check('Informatoin är viktigt. Vi ger informatoin.\n')
  assert.equal(found.length, 1)
  assert.equal(found[0].severity, 'warning')
})

test('inflections and compounds of an unknown term join it; a term explained in brackets is not flagged', () => {
  const text = 'Barnen i moshavx lekte. Moshavxbarnen och moshavxerna växte.\n'
  const found = check(text)
  assert.equal(found.length, 1)
  assert.equal(found[0].actual, 'moshavx')
  assert.equal(found[0].occurrences?.length, 3)
  assert.deepEqual(check('Norrfondx (ett statligt bolag) äger aktierna. Norrfondx säljer dem.\n'), [])
})

test('two different misspellings stay two findings', () => {
  assert.equal(check('Vi har informatoin och komunikation.\n').length, 2)
})

const finding = (offset: number, key: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'spelling', category: 'spelling', severity: 'warning', message: 'M.', actual: key, expected: [], offset, endOffset: offset + key.length, repeat: { key }, ...extra,
})

test('mergeRepeats: short keys gather nothing, other rules and unmarked findings pass untouched', () => {
  const plain: Finding = { ...finding(0, 'x'), repeat: undefined, ruleId: 'plain-words' }
  const merged = mergeRepeats([plain, finding(5, 'abc'), finding(10, 'abcd'), finding(20, 'abcdef'), finding(30, 'abcd', { ruleId: 'other' })])
  assert.deepEqual(merged.map((f) => [f.ruleId, f.offset, f.occurrences?.length]), [['plain-words', 0, undefined], ['spelling', 5, undefined], ['spelling', 10, 2], ['other', 30, undefined]])
  assert.ok(merged.every((f) => f.repeat === undefined || f.ruleId === 'plain-words'))
})
