import { defineRule, type SpellingContext } from '../engine/rule'
import type { Token } from '../engine/types'
import { isCapitalised, startsLowercase } from '../engine/case'
import { wordsInForeignPhrases } from './foreign-phrases'
import { blockLanguage, languageName } from '../engine/model'

const SOURCE = 'Hunspell med den svenska ordlistan dictionary-sv 4.0.0 (Göran Andersson, LGPL-3.0) och Klarspråks tilläggsordlista'
const URL = 'https://github.com/wooorm/dictionaries/tree/main/dictionaries/sv'
const NOTE =
  'Ordet finns varken i den svenska ordlistan eller i era egna ordlistor. Är det rätt stavat, till exempel ' +
  'ett namn eller en fackterm, kan du lägga till det i teamets ordlista (.klarsprak.json) eller i din egen.'

/** Words unknown to the Swedish dictionary and to the team's and user's word lists. */
export const spelling = defineRule({
  id: 'spelling',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: 'Ord som inte finns i den svenska ordlistan eller i teamets och din egen ordlista.',
  checkBlock(block, ctx) {
    const env = ctx.spelling
    if (!env) return
    const unknown: Array<{ word: Token; name: boolean; explained: boolean; foreign: boolean }> = []
    for (const sentence of block.sentences) {
      const known = (w: string) => !isSpellable(w) || isKnown(w, env)
      const foreign = sentence.words.some((w) => !known(w.text)) ? wordsInForeignPhrases(sentence, ctx.doc.text, known) : undefined
      sentence.words.forEach((word, i) => {
        if (known(word.text)) return
        unknown.push({ word, name: (i > 0 && isCapitalised(word.text)) || isDoubleName(word.text), explained: isExplained(ctx.doc.text, word.end), foreign: foreign?.has(word) ?? false })
      })
    }
    if (unknown.length === 0) return
    // a declared language counts for one unknown word; detection needs two to be worth asking
    // names say nothing of the language: only two different unknown words that are not names do
    const strangers = new Set(unknown.filter((u) => !u.name && !isCapitalised(u.word.text)).map((u) => u.word.text.toLowerCase()))
    const language = strangers.size >= 2 || block.language ? blockLanguage(block) : undefined
    if (language && language !== 'sv') {
      const first = block.sentences[0]
      const last = block.sentences[block.sentences.length - 1]
      ctx.report({
        severity: 'hint',
        message: `Stycket ${block.language ? 'är' : 'verkar vara'} på ${languageName(language)} och stavningskontrolleras inte.`,
        actual: ctx.doc.text.slice(first.start, last.end),
        expected: [],
        note: 'Stavningen kontrolleras bara i stycken på svenska. Språket avgörs per stycke.',
        offset: first.start,
        endOffset: last.end,
      })
      return
    }
    for (const { word, name, explained, foreign } of unknown) {
      // an English title inside Swedish text (a reference) is not misspelt Swedish
      if (foreign) continue
      ctx.report({
        // one finding per word and document: a name used 36 times is one finding, at the same
        // severity wherever it stands, and a word the text explains is not flagged at all
        repeat: { key: word.text.replace(INVISIBLE, '').toLowerCase(), leads: name, explained },
        severity: name ? 'info' : undefined,
        message: name
          ? `”${word.text}” finns inte i ordlistan. Är det ett namn? Lägg i så fall till det i ordlistan.`
          : `”${word.text}” finns inte i ordlistan. Kontrollera stavningen.`,
        actual: word.text,
        expected: [],
        note: NOTE,
        source: SOURCE,
        url: URL,
        offset: word.start,
        endOffset: word.end,
      })
    }
  },
})

/** No Swedish word is this long; a longer token is a hash, a code or garbage, not a misspelling. */
const MAX_WORD_LENGTH = 64

/** Roman numerals in references and lists (xxviii, XIV); numbers, not words. */
const ROMAN_NUMERAL = /^(?=[mdclxvi]{2,}$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/iu

/** Only words made of letters (and inner hyphens or apostrophes) are checked. */
function isSpellable(word: string): boolean {
  // abbreviations (t.ex., kl.) are left out with every word that holds a full stop
  if (word.length < 2 || word.length > MAX_WORD_LENGTH || /[\d@/_.:]/.test(word)) return false
  if (!/\p{L}/u.test(word)) return false
  return !isAcronym(word) && !ROMAN_NUMERAL.test(word)
}

/** EU, SKR, IT: capitals throughout (a final lowercase genitive or plural ending allowed: SKR:s is split off). */
function isAcronym(word: string): boolean {
  if (startsLowercase(word)) return false
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
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
function isExplained(text: string, end: number): boolean {
  return /^ ?\((?!\d)[^()\n]{3,}\)/u.test(text.slice(end, end + 200))
}

/** Soft hyphens and zero-width characters are invisible to the reader and must not make a word unknown. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

function isKnown(raw: string, env: SpellingContext): boolean {
  const word = raw.replace(INVISIBLE, '')
  // the dictionary first: nearly every word is in it, and its verdicts are cached
  if (word === '' || env.speller.correct(word) || env.accepted.has(word)) return true
  // IT-avdelningen, SKR-rapporten, Miljö- (suspended): every part known, empty or an acronym
  if (!word.includes('-')) return false
  const parts = word.split('-')
  return parts.every((p) => p === '' || isAcronym(p) || env.speller.correct(p) || env.accepted.has(p))
}
