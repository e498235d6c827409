import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { SpellingService } from '../src/spelling/spelling-service'
import type { CachedSpeller } from '../src/spelling/speller'

let speller: CachedSpeller
before(async () => {
  speller = (await new SpellingService().load())!
})

test('compounds the dictionary cannot build are accepted: a head without its begin flag, participle nouns', () => {
  for (const word of ['smalspalten', 'barnavårdare', 'Barnavårdare', 'BARNAVÅRDARE', 'vårdandet', 'dubbelarbetandes']) {
    assert.equal(speller.correct(word), true, word)
  }
})

test('a joint a word does not take, a misspelt part and a dropped consonant stay errors', () => {
  for (const word of ['jordbrukminister', 'tidperspektiv', 'samhällstrukturen', 'beslutsundelaget', 'kompetensförsörjnig', 'besult', 'vårdandett', 'rättpsykiatrisk', 'barnsgrupper', 'tilllämpas', 'smallspalten']) {
    assert.equal(speller.correct(word), false, word)
  }
})

test('compound typos get the right compound first', () => {
  assert.equal(speller.suggest('jordbrukminister')[0], 'jordbruksminister')
  assert.equal(speller.suggest('samhällstrukturen')[0], 'samhällsstrukturen')
  assert.equal(speller.suggest('beslutsundelaget')[0], 'beslutsunderlaget')
  assert.equal(speller.suggest('ideerna')[0], 'idéerna')
})
