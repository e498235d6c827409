import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/config/rule-settings'
import examples from '../src/generated/plain-words.examples.json'
import entries from '../src/generated/plain-words.json'

const rules = resolveRules({ 'long-sentence': 'off' }).rules
const findingsIn = (sentence: string) => checkText(sentence, 'plaintext', { rules }).findings

test('the plain-words list has at least 150 sourced entries', () => {
  assert.ok(entries.length >= 150, `only ${entries.length} entries`)
  for (const e of entries) assert.ok(e.source && e.url.startsWith('https://'), `${e.id} lacks a source`)
})

/** Every entry carries its own examples: the bad ones must fire, the good ones must stay quiet. */
for (const entry of examples) {
  test(`plain-words entry ${entry.id}: its examples`, () => {
    for (const bad of entry.bad) assert.ok(findingsIn(bad).length > 0, `should be flagged: ${bad}`)
    for (const good of entry.good) {
      const found = findingsIn(good)
      assert.deepEqual(found.map((f) => f.actual), [], `should be left alone: ${good}`)
    }
  })
}
