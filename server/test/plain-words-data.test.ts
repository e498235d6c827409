import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import plainWordsExamples from '../src/generated/plain-words.examples.json'
import plainWords from '../src/generated/plain-words.json'
import abbreviationExamples from '../src/generated/abbreviations.examples.json'
import nominalizationExamples from '../src/generated/nominalizations.examples.json'
import inclusiveExamples from '../src/generated/inclusive-language.examples.json'
import jargonExamples from '../src/generated/jargon.examples.json'
import jargonEntries from '../src/generated/jargon.json'
import buzzwordExamples from '../src/generated/buzzwords.examples.json'
import buzzwords from '../src/generated/buzzwords.json'
import anglicismExamples from '../src/generated/anglicisms.examples.json'
import emptyPhraseExamples from '../src/generated/empty-phrases.examples.json'

/** Each phrase list in dictionaries/ with the rule that reports it and the entries' own examples. */
const LISTS = [
  { ruleId: 'plain-words', examples: plainWordsExamples },
  { ruleId: 'abbreviation', examples: abbreviationExamples },
  { ruleId: 'nominalization', examples: nominalizationExamples },
  { ruleId: 'inclusive-language', examples: inclusiveExamples },
  { ruleId: 'jargon', examples: jargonExamples },
  { ruleId: 'buzzword', examples: buzzwordExamples },
  { ruleId: 'anglicism', examples: anglicismExamples },
  { ruleId: 'empty-phrase', examples: emptyPhraseExamples },
]

// the buzzwords were part of plain-words until they got a rule of their own
test('the plain-words and buzzword lists have at least 150 sourced entries', () => {
  assert.ok(plainWords.length + buzzwords.length >= 150, `only ${plainWords.length} + ${buzzwords.length} entries`)
  for (const e of plainWords) assert.ok(e.source && e.url.startsWith('https://'), `${e.id} lacks a source`)
})

test('the jargon list has at least 80 sourced entries', () => {
  assert.ok(jargonEntries.length >= 80, `only ${jargonEntries.length} entries`)
  for (const e of jargonEntries) assert.ok(e.source && e.url.startsWith('https://'), `${e.id} lacks a source`)
})

for (const { ruleId, examples } of LISTS) {
  const off = Object.fromEntries(resolveRules(undefined).rules.map((r) => [r.rule.id, r.rule.id === ruleId ? r.rule.defaultSeverity : 'off']))
  const rules = resolveRules(off).rules
  const findingsIn = (sentence: string) => checkText(sentence, 'plaintext', { rules }).findings

  /** Every entry carries its own examples: the bad ones must fire, the good ones must stay quiet. */
  for (const entry of examples) {
    test(`${ruleId} entry ${entry.id}: its examples`, () => {
      for (const bad of entry.bad) assert.ok(findingsIn(bad).length > 0, `should be flagged: ${bad}`)
      for (const good of entry.good) assert.deepEqual(findingsIn(good).map((f) => f.actual), [], `should be left alone: ${good}`)
    })
  }
}
