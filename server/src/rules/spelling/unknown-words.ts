import type { SpellingContext } from '../../engine/rule'
import type { AnalysedBlock, Sentence, Token } from '../../engine/types'
import { isCapitalised, startsLowercase } from '../../engine/case'
import { ABBREVIATION_FORMS } from './abbreviation-forms'
import { wordsInEnglishRuns, wordsInForeignPhrases } from './foreign-phrases'
import { explainedInBrackets } from '../word-context'

/** A word neither the dictionary nor the word lists know. */
export interface UnknownWord {
  word: Token
  sentence: Sentence
  /** Its place among the sentence's words. */
  index: number
  /** Capitalised inside a sentence (or Jonsson-Kälvesten anywhere): probably a name. */
  name: boolean
  /** Followed by an explanation in brackets: a term the writer introduces. */
  explained: boolean
  /** Inside an English phrase in Swedish text (a book title in a reference). */
  foreign: boolean
}

/** No Swedish word is this long; a longer token is a hash, a code or garbage, not a misspelling. */
const MAX_WORD_LENGTH = 64

/** Only words made of letters (and inner hyphens or apostrophes) are checked. */
export function isSpellable(word: string): boolean {
  // abbreviations (t.ex., kl.) are left out with every word that holds a full stop
  if (word.length < 2 || word.length > MAX_WORD_LENGTH || /[\d@/_.:]/.test(word)) return false
  if (!/\p{L}/u.test(word)) return false
  return !isAcronym(word) && !ROMAN_NUMERAL.test(word)
}

/** Roman numerals in references and lists (xxviii, XIV); numbers, not words. */
const ROMAN_NUMERAL = /^(?=[mdclxvi]{2,}$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/iu

/** EU, SKR, IT: capitals throughout (a final lowercase genitive or plural ending allowed: SKR:s is split off). */
export function isAcronym(word: string): boolean {
  if (startsLowercase(word)) return false
  const letters = word.replace(/[^\p{L}]/gu, '')
  return (letters.length >= 2 && letters === letters.toUpperCase()) || MIXED_CASE_ACRONYM.test(word)
}

/** SoL, FoU, JuU, SvD: acronyms of the law and the press with small letters inside (the acronym rule's). */
const MIXED_CASE_ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,3}$/u

/** Soft hyphens and zero-width characters are invisible to the reader and must not make a word unknown. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

/** True when the dictionary or a word list knows the word (or every part of a hyphenated one). */
export function isKnown(raw: string, env: SpellingContext): boolean {
  const word = raw.replace(INVISIBLE, '')
  // the dictionary first: nearly every word is in it, and its verdicts are cached
  if (word === '' || env.speller.correct(word) || env.accepted.has(word)) return true
  // IT-avdelningen, SKR-rapporten, Miljö- (suspended): every part known, empty or an acronym
  if (!word.includes('-')) return false
  const parts = word.split('-')
  return parts.every((p) => p === '' || isAcronym(p) || env.speller.correct(p) || env.accepted.has(p))
}

/** Words of an English title or phrase in the sentence: by English's function words, and by the English dictionary once loaded. */
function foreignWords(sentence: Sentence, between: (a: number, b: number) => string, known: (word: Token) => boolean, env: SpellingContext): Set<Token> {
  const byFunctionWords = wordsInForeignPhrases(sentence, between, known)
  const english = env.english
  if (!english) return byFunctionWords
  for (const word of wordsInEnglishRuns(sentence, between, known, (w) => english.correct(w))) byFunctionWords.add(word)
  return byFunctionWords
}

/** The spelling rule and the other-language rule read the same block: find its unknown words once. */
const cache = new WeakMap<AnalysedBlock, { env: SpellingContext; unknown: UnknownWord[] }>()

/** The block's unknown words, in order; abbreviations without full stops are not among them. */
export function unknownWords(block: AnalysedBlock, env: SpellingContext): UnknownWord[] {
  const cached = cache.get(block)
  if (cached?.env === env) return cached.unknown
  const unknown: UnknownWord[] = []
  for (const sentence of block.sentences) {
    const spaced = spacedAbbreviations(sentence)
    const known = (word: Token) => spaced.has(word) || !isSpellable(word.text) || isKnown(word.text, env) || isAbbreviation(word.text)
    let foreign: Set<Token> | undefined
    sentence.words.forEach((word, index) => {
      if (known(word)) return
      foreign ??= foreignWords(sentence, (a, b) => block.text.slice(a - block.start, b - block.start), known, env)
      unknown.push({
        word,
        sentence,
        index,
        name: (index > 0 && isCapitalised(word.text)) || isDoubleName(word.text),
        explained: isExplained(block, word),
        foreign: foreign.has(word),
      })
    })
  }
  cache.set(block, { env, unknown })
  return unknown
}

/**
 * How many different unknown words suggest another language: names do not (a paragraph that
 * names Kandelinxz twice is still Swedish), so only lowercase words count.
 */
export function strangerCount(unknown: readonly UnknownWord[]): number {
  return new Set(unknown.filter((u) => !u.name && !isCapitalised(u.word.text)).map((u) => u.word.text.toLowerCase())).size
}

/** Jonsson-Kälvesten: capitals after a hyphen too, a name even at the start of a sentence. */
function isDoubleName(word: string): boolean {
  const parts = word.split('-')
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))
}

/**
 * A word followed by an explanation in brackets is a term the writer introduces (Norrfond (ett
 * statligt bolag), moshav (kooperativ by)): known from there on, not a misspelling.
 */
function isExplained(block: AnalysedBlock, word: Token): boolean {
  return explainedInBrackets(block.text.slice(word.end - block.start, word.end - block.start + 200))
}

/** dvs, osv, and Dvs first in a sentence; not dVs. */
function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase()
  return ABBREVIATION_FORMS.words.has(lower) && (word === lower || isCapitalised(word))
}

/** The words of every spaced abbreviation (bl a, fr o m) that stands whole in the sentence. */
function spacedAbbreviations(sentence: Sentence): Set<Token> {
  const found = new Set<Token>()
  const words = sentence.words
  const spaced = spaceBefore(sentence)
  for (let i = 0; i < words.length; i++) {
    const pieces = ABBREVIATION_FORMS.spaced.find((p) => matchesAt(words, spaced, i, p))
    if (!pieces) continue
    for (let k = 0; k < pieces.length; k++) found.add(words[i + k])
    i += pieces.length - 1
  }
  return found
}

function matchesAt(words: Token[], spaced: boolean[], i: number, pieces: readonly string[]): boolean {
  if (i + pieces.length > words.length || words[i].text.toLowerCase() !== pieces[0]) return false
  // only whitespace between the pieces: "bl, a" is not "bl a"
  for (let k = 1; k < pieces.length; k++) if (!spaced[i + k] || words[i + k].text !== pieces[k]) return false
  return true
}

/** For each word of the sentence: true when only whitespace separates it from the word before. */
export function spaceBefore(sentence: Sentence): boolean[] {
  const out: boolean[] = []
  let clean = false
  for (const t of sentence.tokens) {
    if (t.kind === 'word') {
      out.push(clean)
      clean = true
    } else if (t.kind !== 'whitespace') clean = false
  }
  return out
}
