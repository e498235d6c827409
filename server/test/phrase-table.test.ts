import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'

const rules = resolveRules({ 'long-sentence': 'off' }).rules
const actuals = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
  checkText(text, format, { rules }).findings.map((f) => [f.actual, f.expected.join('|')])

test('a phrase matches across a line break, also inside Markdown emphasis and list items', () => {
  assert.deepEqual(actuals('Du äger\nrätt att överklaga.'), [['äger\nrätt att', 'har rätt att']])
  assert.deepEqual(actuals('Du *äger rätt* att överklaga.', 'markdown'), [['äger rätt* att', 'har rätt att']])
  assert.deepEqual(actuals('- Du äger\n  rätt att överklaga.', 'markdown'), [['äger\n  rätt att', 'har rätt att']])
})

test('a block quotation is a citation: its words are not the writer’s to change', () => {
  assert.deepEqual(actuals('> Du äger\n> rätt att överklaga.', 'markdown'), [])
})

test('the message shows a phrase on one line', () => {
  const [f] = checkText('Du äger\nrätt att överklaga.', 'plaintext', { rules }).findings
  assert.equal(f.message, 'Skriv hellre ”har rätt att” än ”äger rätt att”.')
})

test('the longest form wins where forms overlap', () => {
  assert.deepEqual(actuals('Han anförde besvär över beslutet.'), [['anförde besvär över', 'överklagade']])
})

test('case is kept in fixes: initial capital, all capitals', () => {
  assert.deepEqual(actuals('ERHÅLLA STÖD. Erhöll du stöd?'), [['ERHÅLLA', 'FÅ'], ['Erhöll', 'Fick']])
})

test('a fix whose reflexive has no clear person is not offered, and the message says how to adapt it', () => {
  const [f] = checkText('Det går bra att inkomma med ett yttrande.', 'plaintext', { rules }).findings
  assert.deepEqual(f.expected, [])
  assert.equal(f.message, 'Skriv hellre ”yttra sig” än ”inkomma med ett yttrande”. Byt ”sig” mot ”dig”, ”er” eller ”oss” om det passar meningen.')
  const [g] = checkText('Vi ber dig inkomma med ett yttrande.', 'plaintext', { rules }).findings
  assert.equal(g.message, 'Skriv hellre ”yttra dig” än ”inkomma med ett yttrande”.')
})

test('a reflexive in a fix keeps the case of the text it replaces', () => {
  const findings = checkText('NI OMBEDS INKOMMA MED ETT YTTRANDE. Ni ombeds inkomma med ett yttrande.', 'plaintext', { rules }).findings
  assert.deepEqual(findings.filter((f) => f.ruleId === 'plain-words').map((f) => [f.actual, f.expected.join('|')]), [
    ['INKOMMA MED ETT YTTRANDE', 'YTTRA ER'],
    ['inkomma med ett yttrande', 'yttra er'],
  ])
})

test('an agreeing fix names only the form that agrees; the message follows it', () => {
  const [f] = checkText('Det gäller de s.k. friskolorna.', 'plaintext', { rules }).findings
  assert.deepEqual(f.expected, ['så kallade'])
  assert.equal(f.message, 'Skriv ut ”s.k.”: ”så kallade”.')
})

test('a form marked as opening its sentence applies there only, before the same words anywhere', () => {
  // ^beträffande -> när det gäller: an opening "Om" would read as "if"
  assert.deepEqual(actuals('Beträffande beslutet gäller detta. Beslutet beträffande stödet.'), [
    ['Beträffande', 'När det gäller'],
    ['beträffande', 'om|när det gäller'],
  ])
  // first in a sentence that opens with a bracket, or in a list item
  assert.deepEqual(actuals('Vi har läst det. (Beträffande stödet gäller detta.)'), [['Beträffande', 'När det gäller']])
  assert.deepEqual(actuals('- Beträffande stödet gäller detta.', 'markdown'), [['Beträffande', 'När det gäller']])
})
