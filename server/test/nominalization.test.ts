import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { conjugate, verbalNoun } from '../src/morphology/verbal-nouns'
import { applyFix } from './helpers/apply-fix'

const { rules } = resolveRules({})
const nominal = rules.filter((r) => r.rule.id === 'nominalization')
const check = (text: string) => checkText(text, 'plaintext', { rules: nominal }).findings

test('nouns made from verbs, by suffix and by bare stem, in every inflection', () => {
  const verb = (w: string) => verbalNoun(w)?.verb
  assert.equal(verb('granskningen'), 'granska')
  assert.equal(verb('ändringar'), 'ändra')
  assert.equal(verb('redogörelse'), 'redogöra')
  assert.equal(verb('information'), 'informera')
  assert.equal(verb('reduktion'), 'reducera')
  assert.equal(verb('diskussionen'), 'diskutera')
  assert.equal(verb('ansökan'), 'ansöka')
  assert.equal(verb('kontroller'), 'kontrollera')
  assert.equal(verb('analys'), 'analysera')
  // not made from a verb, or the look-alike verb means something else
  for (const w of ['frågan', 'kvinnan', 'region', 'station', 'tidning', 'bostad', 'funktion', 'bilden', 'händelse', 'mening']) assert.equal(verb(w), undefined, w)
})

test('conjugation follows the dictionary, strong verbs and compounds of irregular verbs included', () => {
  assert.equal(conjugate('granska', 'past'), 'granskade')
  assert.equal(conjugate('utreda', 'sup'), 'utrett')
  assert.equal(conjugate('beskriva', 'sup'), 'beskrivit')
  assert.equal(conjugate('kartlägga', 'past'), 'kartlade')
  assert.equal(conjugate('ansöka', 'pres'), 'ansöker')
})

test('a light verb with a verbal noun in any order and voice is found', () => {
  const found = (s: string) => check(s).map((f) => f.actual)
  assert.deepEqual(found('En granskning kommer att genomföras under hösten.'), ['granskning kommer att genomföras'])
  assert.deepEqual(found('I år har en analys gjorts av kostnaderna.'), ['analys gjorts'])
  assert.deepEqual(found('Det sker en ökning av antalet ärenden.'), ['sker en ökning'])
  assert.deepEqual(found('Utbetalning av beviljat belopp kommer att ske den 25:e.'), ['Utbetalning av beviljat belopp kommer att ske'])
  assert.deepEqual(found('Därefter gör nämnden bedömningen.'), ['gör nämnden bedömningen'])
  assert.deepEqual(found('Besluten fattades i går.'), ['Besluten fattades'])
  assert.deepEqual(found('Det sker förseningar i trafiken.'), ['sker förseningar'])
  assert.deepEqual(found('Vi ska genomföra en omfattande upprustning av parken.'), ['genomföra en omfattande upprustning'])
  // arbetet, mötet are arbete, möte: not the verbs arbeta, möta
  assert.deepEqual(found('Arbetet kommer att genomföras i maj. Mötet genomfördes i går.'), [])
  assert.deepEqual(found('Vi vidtog en ändring av reglerna.'), ['vidtog en ändring av'])
})

test('plain Swedish with the same words is left alone', () => {
  for (const s of [
    'Förändringen gör det möjligt att spara pengar.', // göra as cause
    'De vill göra bilden suddig.', // göra + adjective
    'Hon har en utbildning som sjuksköterska.', // ha + -ning: a thing one has
    'Vi har information om reglerna.',
    'Utbildningen pågår i tre veckor.',
    'Mötet äger rum i stadshuset.',
    'Efter granskningen skickar vi beslutet.',
    'Han gjorde ett bra jobb.',
    'Det beslut som Granskningen fattade.', // a name
    'Efter granskningen görs inget mer.', // the noun is governed by a preposition
  ]) assert.deepEqual(check(s).map((f) => f.actual), [], s)
})

test('the rewrite is offered only where it is mechanical, and reads right once applied', () => {
  const fixed = (s: string) => {
    const f = check(s)[0]
    return f.expected.length ? applyFix(s, f) : undefined
  }
  assert.equal(fixed('Projektgruppen ska genomföra en kartläggning av behovet.'), 'Projektgruppen ska kartlägga behovet.')
  assert.equal(fixed('Vi genomförde en granskning av verksamheten.'), 'Vi granskade verksamheten.')
  assert.equal(fixed('Teknikern utför en kontroll av filtret.'), 'Teknikern kontrollerar filtret.')
  // first in the sentence, genomför may be an imperative or a question: which, only the writer knows
  assert.equal(fixed('Genomför en granskning av rutinerna!'), undefined)
  // an adjective, a subject between, a passive, no object: the message explains instead
  assert.equal(fixed('Kommunen gör en ny bedömning av ditt behov.'), undefined)
  assert.equal(fixed('Därför genomför vi en granskning av rutinerna.'), undefined)
  assert.equal(fixed('En granskning av rutinerna kommer att genomföras.'), undefined)
  assert.equal(fixed('Vi ska göra en bedömning.'), undefined)
  assert.equal(fixed('Vi har genomfört en granskning av uppgifterna och av kontoutdragen.'), undefined)
  assert.match(check('Kommunen gör en ny bedömning av ditt behov.')[0].message, /verbet ”bedöma”/)
})

test('ha and ge carry meaning of their own: only hints; the phrase list keeps its idioms', () => {
  assert.equal(check('Vi har förståelse för att det tar tid.')[0].severity, 'hint')
  assert.equal(check('Vi ger information om reglerna.')[0].severity, 'hint')
  const [listed, ...rest] = check('Nämnden fattar beslut om bidraget.')
  assert.deepEqual(listed.expected, ['beslutar'])
  assert.deepEqual(rest, [])
})

test('a mentioned or quoted phrase is not advice', () => {
  assert.deepEqual(check('Uttrycket ”genomföra en granskning av” är vanligt.'), [])
})
