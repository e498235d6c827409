import englishRules from '../../generated/english-rules.json'
import { englishWords, type Span } from './english-text'

/** The forms of "be" that make a passive (retext-passive's list). */
export const BE: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Adverbs that may stand between "be" and the participle (is normally sent, are not collected). */
const BETWEEN = new Set(['not', 'also', 'usually', 'normally', 'always', 'never', 'often', 'then', 'only', 'already', 'still', 'automatically', 'immediately', 'generally', 'currently', 'now', 'sometimes', 'rarely', 'first'])
const NOT_PARTICIPLES = new Set(englishRules.passive.notParticiples)
/** A regular participle: -ed after at least three letters, not -eed (need, exceed, proceed). */
const REGULAR_PARTICIPLE = /^[a-z]{3,}(?<!e)ed$/

/**
 * Passives with a regular participle (*is collected*, *are not provided*), which retext-passive's
 * list of irregular ones (made, sent) does not hold: a form of "be", at most one adverb, and a
 * word in -ed that is not an adjective of state (dictionaries/english-rules.yaml). Spans run from
 * "be" to the participle, relative to the block's start.
 */
export function regularPassives(source: string): Span[] {
  const words = englishWords(source)
  const out: Span[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    if (!BE.has(words[i].text.toLowerCase())) continue
    let j = i + 1
    if (BETWEEN.has(words[j].text.toLowerCase()) && j + 1 < words.length) j++
    const participle = words[j].text
    if (!REGULAR_PARTICIPLE.test(participle) || NOT_PARTICIPLES.has(participle)) continue
    // only spaces between the words: "is. Collected" is two sentences
    if (/[^\s]/.test(source.slice(words[i].end, words[j].start).replace(/\b[a-z]+\b/gi, ''))) continue
    out.push({ start: words[i].start, end: words[j].end })
  }
  return out
}
