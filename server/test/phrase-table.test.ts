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
