import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { SpellingService } from '../src/spelling/spelling-service'
import type { SpellingContext } from '../src/spelling/speller'
import { abbreviationForms, ABBREVIATION_FORMS } from '../src/rules/spelling/abbreviation-forms'
import { acronymGenitive } from '../src/rules/spelling/acronym-genitive'
import { splitAtCapital, splitInTwo } from '../src/rules/spelling/run-together'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'

let env: SpellingContext

before(async () => {
  const service = new SpellingService()
  await service.load()
  env = service.context([])!
})

test('abbreviation forms come from the abbreviation data: stops removed, spaced forms as pieces', () => {
  const forms = abbreviationForms([
    { id: 't-ex', prefer: [], note: '', source: '', url: '', forms: [{ words: ['t.ex.'], fixes: [] }, { words: ['bl', 'a'], fixes: [] }] },
  ])
  assert.deepEqual([...forms.words], ['tex'])
  assert.deepEqual(forms.spaced, [['t', 'ex'], ['bl', 'a']])
  for (const w of ['dvs', 'osv', 'etc', 'resp', 'pga']) assert.ok(ABBREVIATION_FORMS.words.has(w), w)
  assert.ok(!ABBREVIATION_FORMS.words.has('fl') && !ABBREVIATION_FORMS.words.has('bl'), 'pieces alone are not words')
  assert.ok(ABBREVIATION_FORMS.spaced.some((p) => p.join(' ') === 'fr o m'))
})

test('the genitive of an abbreviation in capitals gets its colon; names and words do not', () => {
  assert.equal(acronymGenitive('EUs'), 'EU:s')
  assert.equal(acronymGenitive('SKRs'), 'SKR:s')
  for (const w of ['Hans', 'Lars', 'SASs', 'Es', 'ABCDEFs', 'EU:s', 'eus']) assert.equal(acronymGenitive(w), undefined, w)
})

test('two words run together are split only where the split is certain', () => {
  assert.equal(splitAtCapital('slutsatserMot', env.speller), 'slutsatser Mot')
  assert.equal(splitAtCapital('iPhone', env.speller), undefined)
  assert.equal(splitInTwo('bilarrespektive', env.speller), 'bilar respektive')
  assert.equal(splitInTwo('attdu', env.speller), 'att du')
  // compounds the dictionary lacks, and words that split two ways
  for (const w of ['hemmaåren', 'smalspalten', 'välfostrade', 'generationsvis', 'rollsom', 'uttalsbara', 'adelningen']) {
    assert.equal(splitInTwo(w, env.speller), undefined, w)
  }
})

test('spelling findings carry their fixes; a paragraph in English is left to the English rules, one in German is named once', () => {
  const { rules } = resolveRules({})
  const run = (text: string) => checkText(text, 'plaintext', { rules, spelling: env }).findings.filter((f) => f.category === 'spelling' || f.ruleId === 'other-language')
  const found = run('Vi läste EUs rapport om be gränsningar.').map((f) => [f.actual, f.expected, f.url])
  assert.deepEqual(found.map(([a, e]) => [a, e]), [['EUs', ['EU:s']], ['be gränsningar', ['begränsningar']]])
  assert.match(String(found[0][2]), /skrivregler/)
  const english = run('The city of Stockholm wants clear communication for all of its residents.')
  assert.deepEqual(english, [])
  const german = run('Die Stadt Stockholm möchte, dass alle Einwohner die Informationen gut verstehen.\n\nBitte rufen Sie uns an, wenn Sie Fragen zu der Stadt haben.')
  assert.deepEqual(german.map((f) => [f.ruleId, f.category, f.severity, f.message]), [['other-language', 'plain-language', 'info', '2 stycken i dokumentet är på tyska och granskas inte.']])
})
