import { getLexicon } from './lexicon'
import { CLOSED_CLASS } from './closed-class'
import { StringMemo } from '../util/string-memo'

/** Every word of every checked text is tagged (for the nominal ratio): each distinct word once. */
const inSentence = new StringMemo((word) => tagOf(word, false))
const atSentenceStart = new StringMemo((word) => tagOf(word, true))

/** Adjective endings for words the dictionary does not list (miljövänlig, automatiskt, kommunala). */
const ADJECTIVE_SUFFIX = /(lig|isk|bar|sam|ell|iv|ös|ig|al|är)(t|a|e|are|ast|aste)?$/
/** Forms an adjective lemma takes: stor, stort, stora, store, större is not covered (strong). */
const ADJECTIVE_ENDINGS = ['', 't', 'a', 'e', 'are', 'ast', 'aste']

function isAdjective(word: string, adjectives: ReadonlySet<string>): boolean {
  for (const ending of ADJECTIVE_ENDINGS) {
    if (word.endsWith(ending) && adjectives.has(word.slice(0, word.length - ending.length))) return true
  }
  // -ad/-at/-ade participle-like adjectives ending in a double consonant: gammal -> gamla is rare enough
  return false
}

/**
 * A rough SUC part-of-speech tag for one word, good enough for the nominal ratio: closed-class
 * lists, then the dictionary's verb and adjective morphology, then suffixes; anything else is a
 * noun (NN), or a proper noun (PM) when capitalised inside a sentence.
 */
export function estimateTag(word: string, sentenceStart = false): string {
  return (sentenceStart ? atSentenceStart : inSentence).get(word)
}

function tagOf(word: string, sentenceStart: boolean): string {
  if (/^[\d.,:–-]+$/.test(word)) return 'RG'
  const lower = word.toLowerCase()
  const closed = CLOSED_CLASS.get(lower)
  if (closed) return closed
  if (!sentenceStart && word !== lower) return 'PM'
  const lex = getLexicon()
  const verb = lex.verbs.get(lower)
  if (verb) return verb.kind === 'participle' ? 'PC' : 'VB'
  if (isAdjective(lower, lex.adjectives) || ADJECTIVE_SUFFIX.test(lower)) return 'JJ'
  if (lower.endsWith('vis')) return 'AB'
  return 'NN'
}
