import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isSPassive, nominalRatio, estimateNominalRatio, estimateTag, isFiniteVerb } from '../src/morphology'

test('isSPassive finds s-passives in every tense with their active form', () => {
  const cases: Record<string, string> = {
    skickas: 'skickar', beslutades: 'beslutade', beretts: 'berett', ses: 'ser', läses: 'läser', behandlas: 'behandlar',
    görs: 'gör', gjordes: 'gjorde', sågs: 'såg', köps: 'köper', skrevs: 'skrev', skrivits: 'skrivit', ansetts: 'ansett',
    Skickas: 'skickar', utskickas: 'utskickar',
  }
  for (const [word, active] of Object.entries(cases)) assert.deepEqual(isSPassive(word), { active }, word)
})

test('isSPassive leaves deponents, middle uses, nouns, genitives, names and function words alone', () => {
  const words = `finns finnas fanns funnits hoppas hoppades lyckas minns trivs andas låtsas syns vistas umgås känns tycks
    kurs hus process status Stockholms Hans Anders stadens nämndens hos tills annars alls oss hennes sig is`
  for (const word of words.split(/\s+/)) assert.equal(isSPassive(word), undefined, word)
})

test('reciprocal verbs are passive except after a plural subject', () => {
  assert.equal(isSPassive('ses', { previous: 'vi' }), undefined)
  assert.equal(isSPassive('träffas', { previous: 'De' }), undefined)
  assert.deepEqual(isSPassive('ses', { previous: 'ska' }), { active: 'ser' })
})

test('nominalRatio reproduces Sparv’s doctests', () => {
  const cases: [string, number][] = [
    ['NN NN VB', 2.0], ['NN PP PC PN AB VB MAD MID', 1.0], ['NN AB VB PP PN PN MAD', 0.5], ['RG VB', 0.0], ['NN JJ', Infinity],
  ]
  for (const [tags, expected] of cases) assert.equal(nominalRatio(tags.split(' ')), expected, tags)
})

test('estimateTag tags common words', () => {
  const cases: Record<string, string> = {
    jag: 'PN', på: 'PP', inte: 'AB', skickar: 'VB', skickade: 'VB', skickas: 'VB', ansökan: 'NN', kommunala: 'JJ',
    stor: 'JJ', och: 'KN', '2015': 'RG',
  }
  for (const [word, tag] of Object.entries(cases)) assert.equal(estimateTag(word), tag, word)
  assert.equal(estimateTag('Stockholm'), 'PM')
  assert.equal(estimateTag('Ansökan', true), 'NN')
})

test('estimateNominalRatio is null without pronouns, adverbs or verbs and plausible otherwise', () => {
  assert.equal(estimateNominalRatio([]), null)
  assert.equal(estimateNominalRatio([['Ansökan', 'om', 'bidrag']]), null)
  // NN PP NN / PN VB = 3 / 2
  assert.equal(estimateNominalRatio([['Du', 'skickar', 'ansökan', 'till', 'nämnden']]), 1.5)
})

test('isFiniteVerb knows presents, pasts and s-forms of every verb the dictionary inflects, not only a list', () => {
  const finite = `behöver ansöker flyttar flyttade bor bodde hämtar hamnar fungerar beror kan ska vill måste bör får vet
    gick tog skrev ansåg bröt lät anses hoppas fanns skulle ville`
  for (const word of finite.split(/\s+/)) assert.ok(isFiniteVerb(word), word)
  const other = 'ansöka flytta bo skickat skrivit gått gjort skickad om för så inte och man en kvinna skickats funnits'
  for (const word of other.split(/\s+/)) assert.ok(!isFiniteVerb(word), word)
})

test('a first-conjugation verb without a present flag gets its present in -ar, also as the active of its passive', () => {
  assert.ok(isFiniteVerb('flyttar') && isFiniteVerb('vågar') && !isFiniteVerb('flytter'))
  assert.deepEqual(isSPassive('flyttas'), { active: 'flyttar' })
})
