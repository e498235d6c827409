import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyse } from '../src/engine/analyse'
import { summarize } from '../src/engine/summary'
import { computeMetrics, lix, ovix } from '../src/engine/metrics'

const metricsOf = (text: string) => computeMetrics(summarize(analyse(text, 'plaintext')))
const SPARV = 'a bc def ghij klmno pqrstu vxyzåäö'

test('LIX matches Sparv’s doctest: four sentences of seven words, one long each', () => {
  const m = metricsOf(Array(4).fill('A' + SPARV.slice(1) + '.').join(' '))
  assert.deepEqual({ words: m.words, sentences: m.sentences, longWords: m.longWords, lix: m.lix }, { words: 28, sentences: 4, longWords: 4, lix: 21.29 })
})

test('OVIX matches Sparv’s doctests and is undefined when every word is unique', () => {
  assert.equal(metricsOf(SPARV + '.').ovix, null)
  assert.equal(metricsOf(Array(2).fill(SPARV).join(' ') + '.').ovix, 11.32)
  assert.equal(metricsOf(Array(3).fill(SPARV).join(' ') + '.').ovix, 9.88)
  assert.equal(metricsOf(Array(4).fill(SPARV).join(' ') + '.').ovix, 9.58)
})

test('OVIX of Språkbanken’s example sentence is 94.13 and words are compared ignoring case', () => {
  const text = 'LIX (Björnsson, 1968) är ett läsbarhetsvärde beräknat på genomsnittligt antal ord per mening och andel långa ord (över sex bokstäver långa).'
  const m = metricsOf(text)
  assert.equal(m.words, 21)
  assert.equal(m.ovix, 94.13)
  assert.equal(m.lix, 44.81)
})

test('formula checks from published counts (Wikipedia, textstat)', () => {
  assert.equal(lix(437, 21, 112), 46.44)
  assert.equal(metricsOf('Cool dogs wear da sunglasses.').lix, 25)
})

test('hand-counted Swedish text: punctuation and symbols are not words, numbers are', () => {
  // Ord: Du(2) kan(3) få(2) stöd(4) enl.(4) 3(1) kap.(4) socialtjänstlagen(17) Ring(4) oss(3) kl.(3) 12.00(5) = 12 ord, 1 långt
  const m = metricsOf('Du kan få stöd enl. 3 kap. § socialtjänstlagen. Ring oss kl. 12.00!')
  const { nominalRatio, languages, ...counts } = m
  assert.deepEqual(counts, { words: 12, sentences: 2, longWords: 1, lix: 14.33, ovix: null })
  assert.deepEqual(languages, { sv: 12 })
  assert.equal(typeof nominalRatio, 'number')
})

test('long words are counted in characters a reader sees, å/ä/ö and all', () => {
  // Återbär has 7 letters (long), hälsar 6 (not long)
  assert.equal(metricsOf('Återbär hälsar.').longWords, 1)
})

test('an empty text gives zeros, never NaN', () => {
  assert.deepEqual(metricsOf(''), { words: 0, sentences: 0, longWords: 0, lix: 0, ovix: 0, nominalRatio: 0, languages: {} })
  assert.deepEqual(metricsOf('   \n\n  '), { words: 0, sentences: 0, longWords: 0, lix: 0, ovix: 0, nominalRatio: 0, languages: {} })
  assert.equal(ovix(0, 0), 0)
})

test('the nominal ratio counts nouns, prepositions and participles against pronouns, adverbs and verbs', () => {
  // Kommunen/NN fattar/VB beslut/NN om/PP bidrag/NN till/PP föreningar/NN: 6 / 1
  assert.equal(metricsOf('Kommunen fattar beslut om bidrag till föreningar.').nominalRatio, 6)
  // Du/PN kan/VB ringa/VB oss/PN i/PP dag/NN: 2 / 4
  assert.equal(metricsOf('Du kan ringa oss i dag.').nominalRatio, 0.5)
})
