import { getLexicon } from '../morphology/lexicon'
import { isFiniteVerb } from '../morphology/finite'
import type { Sentence } from '../engine/types'

/**
 * Words and word tests the grammar rules de-dem and och-att share: which word can be a subject,
 * which words are adverbs that stand between a verb and what follows, and which verb forms are
 * infinitives. Everything here errs towards "cannot tell": the rules fix only when they are sure.
 */

/** Personal pronouns in the subject form, and pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS = new Set(['jag', 'du', 'han', 'hon', 'hen', 'vi', 'ni', 'man', 'de', 'den', 'det', 'dessa', 'denna', 'detta', 'någon', 'något', 'ingen', 'inget', 'alla', 'många', 'somliga'])

/** Sentence adverbs that may stand between a verb and the word the rules look at (kan inte komma). */
export const SENTENCE_ADVERBS = new Set([
  'inte', 'ej', 'icke', 'aldrig', 'alltid', 'också', 'även', 'ju', 'nog', 'väl', 'alltså', 'därför', 'dock', 'ofta',
  'sällan', 'redan', 'gärna', 'bara', 'endast', 'verkligen', 'faktiskt', 'kanske', 'troligen', 'fortfarande', 'ändå',
  'heller',
])

/** Finite verbs so common and so rarely anything else that a word before them cannot be a determiner (de är). */
export const COMMON_FINITE = new Set([
  'är', 'var', 'har', 'hade', 'kan', 'kunde', 'ska', 'skall', 'skulle', 'vill', 'ville', 'måste', 'får', 'fick',
  'bör', 'borde', 'blir', 'blev', 'brukar', 'brukade', 'kommer', 'kom', 'gör', 'gjorde', 'finns', 'fanns', 'verkar',
  'tycks', 'tycker', 'tyckte', 'anser', 'ansåg', 'menar', 'säger', 'sade', 'sa', 'vet', 'visste', 'behöver',
  'behövde', 'går', 'gick', 'står', 'stod', 'ligger', 'låg', 'tar', 'tog', 'ger', 'gav', 'ser', 'såg', 'hör',
  'hörde', 'känner', 'kände', 'lever', 'levde', 'bor', 'bodde', 'arbetar', 'arbetade', 'jobbar', 'önskar', 'började',
  'börjar', 'försöker', 'försökte', 'lyckas', 'lyckades', 'saknar', 'saknade', 'vågar', 'orkar', 'hinner', 'tror',
  'trodde', 'hoppas', 'hoppades', 'talar', 'pratar', 'skriver', 'skrev', 'läser', 'läste', 'förstår', 'förstod',
  'mår', 'måste', 'slutar', 'slutade', 'söker', 'sökte', 'betalar', 'betalade', 'väljer', 'valde', 'vet',
])

/** Whether `word` (lower case) is a verb's infinitive by the dictionary and its shape: hjälpa, gå, be, ansöka. */
export function isInfinitive(word: string): boolean {
  const form = getLexicon().verbs.get(word)
  if (form?.kind !== 'active' || isFiniteVerb(word)) return false
  return /[aeiouyåäö]$/.test(word)
}

/** Whether `word` (lower case) is a supine: hjälpt, gjort, skrivit, sett. */
export function isSupine(word: string): boolean {
  const form = getLexicon().verbs.get(word)
  return form?.kind === 'active' && !isFiniteVerb(word) && /(at|it|tt|[^aeiouyåäö]t)$/.test(word)
}

/**
 * The text between word `i` and the next (or the sentence's end): punctuation there ends the phrase
 * the word stands in. Returns the trimmed text, '' for plain whitespace, and '.' at the sentence's end.
 */
export function gapAfter(sentence: Sentence, text: string, i: number): string {
  const words = sentence.words
  const to = i + 1 < words.length ? words[i + 1].start : sentence.end
  const gap = text.slice(words[i].end, to).trim()
  return i + 1 < words.length ? gap : gap || '.'
}

/** Whether only whitespace stands between word `i - 1` and word `i`. */
export function joined(sentence: Sentence, text: string, i: number): boolean {
  return i > 0 && !/\S/.test(text.slice(sentence.words[i - 1].end, sentence.words[i].start))
}
