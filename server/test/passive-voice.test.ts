import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { findBliPassive, isPastParticiple } from '../src/morphology'

const { rules } = resolveRules({})
const passive = rules.filter((r) => r.rule.id === 'passive-voice')
const check = (text: string) => checkText(text, 'plaintext', { rules: passive }).findings.map((f) => ({ actual: f.actual, severity: f.severity, message: f.message }))

test('past participles in every gender and number, strong and irregular; adjectives are not', () => {
  for (const w of 'beviljad beviljat beviljade godkänd godkänt godkända antagen antaget antagna avslagna gjord vald kallad behandlat'.split(' ')) assert.ok(isPastParticiple(w), w)
  for (const w of 'glad sjuk trött rädd bättre avgörande beroende kvar vatten lät satte'.split(' ')) assert.ok(!isPastParticiple(w), w)
})

test('bli + participle, with adverbs or an inverted subject between; never bli + adjective', () => {
  const at = (s: string) => findBliPassive(s.split(' ')).map((m) => s.split(' ').slice(m.bli, m.participle + 1).join(' '))
  assert.deepEqual(at('han blev inte antagen'), ['blev inte antagen'])
  assert.deepEqual(at('hon har blivit beviljad bidrag'), ['blivit beviljad'])
  assert.deepEqual(at('Blev du antagen'), ['Blev du antagen'])
  for (const s of ['jag blev glad', 'vi blev mycket förvånade', 'de blev gifta', 'det blir bättre', 'det blev avgörande']) assert.deepEqual(at(s), [], s)
})

test('passives that hide who decides or must act stay info; obvious agents are hints', () => {
  assert.equal(check('Avgiften debiteras varje månad.')[0].severity, 'info')
  assert.equal(check('Ansökan ska skickas in.')[0].severity, 'info')
  assert.equal(check('Barn föds varje dag.')[0].severity, 'hint')
  assert.equal(check('Dörrarna stängs automatiskt.')[0].severity, 'hint')
  assert.equal(check('Med bostad avses en lägenhet.')[0].severity, 'hint')
  // a modal makes even a hint verb ask who must act
  assert.equal(check('Metoden ska användas.')[0].severity, 'info')
})

test('kallas naming a term is left alone; kallas as a summons is a passive', () => {
  assert.deepEqual(check('Det kallas hemtjänst.'), [])
  assert.equal(check('Du kallas till ett möte.')[0].actual, 'kallas')
})

test('one finding per sentence, the weightiest, with the rest counted in the message', () => {
  const findings = check('Beslutet fattades i går och ansökan ska skickas in, men barn föds.')
  assert.equal(findings.length, 1)
  assert.equal(findings[0].actual, 'skickas')
  assert.match(findings[0].message, /och 2 till i meningen/)
})

test('an opening such as ”Det bör påpekas att” is only a hint, so a real passive in its sentence is shown', () => {
  assert.equal(check('Det bör påpekas att ansökan ska skickas in.')[0].actual, 'skickas')
  assert.equal(check('Det bör påpekas att stödet kan sättas ned.')[0].actual, 'sättas')
  assert.deepEqual(check('Det kan konstateras att alla svarade.').map((f) => f.severity), ['hint'])
  // without det … att it is an ordinary passive
  assert.equal(check('Felet påpekas i rapporten.')[0].severity, 'info')
})
