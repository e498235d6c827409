import { defineRule, type SpellingContext } from '../engine/rule'
import type { Token } from '../engine/types'
import { isCapitalised, startsLowercase } from '../engine/case'
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
    const unknown: Array<{ word: Token; name: boolean }> = []
    for (const sentence of block.sentences) {
      sentence.words.forEach((word, i) => {
        if (!isSpellable(word.text) || isKnown(word.text, env)) return
        unknown.push({ word, name: i > 0 && isCapitalised(word.text) })
      })
    }
    if (unknown.length === 0) return
    // a declared language counts for one unknown word; detection needs two to be worth asking
    const language = unknown.length >= 2 || block.language ? blockLanguage(block) : undefined
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
    for (const { word, name } of unknown) {
      ctx.report({
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

/** Only words made of letters (and inner hyphens or apostrophes) are checked. */
function isSpellable(word: string): boolean {
  // abbreviations (t.ex., kl.) are left out with every word that holds a full stop
  if (word.length < 2 || word.length > MAX_WORD_LENGTH || /[\d@/_.:]/.test(word)) return false
  if (!/\p{L}/u.test(word)) return false
  return !isAcronym(word)
}

/** EU, SKR, IT: capitals throughout (a final lowercase genitive or plural ending allowed: SKR:s is split off). */
function isAcronym(word: string): boolean {
  if (startsLowercase(word)) return false
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
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
