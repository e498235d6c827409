import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'

const rules = resolveRules(undefined).rules
const flagged = (text: string, format: 'markdown' | 'plaintext' = 'markdown') =>
  checkText(text, format, { rules }).findings.filter((f) => f.ruleId !== 'readability').map((f) => `${f.ruleId}:${f.actual}`)

test('disable-next-line silences one rule on the next line only', () => {
  const md = 'Du kan erhålla stöd t.ex. nu.\n<!-- klarsprak-disable-next-line plain-words -->\nDu kan erhålla stöd t.ex. nu.\nDu kan erhålla stöd.\n'
  assert.deepEqual(flagged(md), ['plain-words:erhålla', 'abbreviation:t.ex.', 'abbreviation:t.ex.', 'plain-words:erhålla'])
})

test('disable … enable silences a stretch; without rule ids every rule', () => {
  const md = '<!-- klarsprak-disable -->\n\nDu kan erhålla stöd t.ex.\n\n<!-- klarsprak-enable -->\n\nDu kan erhålla stöd.\n'
  assert.deepEqual(flagged(md), ['plain-words:erhålla'])
  const some = '<!-- klarsprak-disable abbreviation, plain-words -->\n\nDu kan erhålla stöd t.ex.\n'
  assert.deepEqual(flagged(some), [])
})

test('plain text uses the same words on a line of their own; in prose they do nothing', () => {
  const txt = 'klarsprak-disable-next-line plain-words\nDu kan erhålla stöd.\n\nVi skriver om klarsprak-disable här. Du kan erhålla stöd.\n'
  assert.deepEqual(flagged(txt, 'plaintext'), ['plain-words:erhålla'])
})
