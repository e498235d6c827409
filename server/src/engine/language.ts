import { franc } from 'franc-min'
import { StringMemo } from '../util/string-memo'
import type { Block, BlockSummary } from './types'

/** Languages a Swedish public text is likely to contain (franc's ISO 639-3 codes) and their ISO 639-1 codes. */
const CANDIDATES: Record<string, string> = { swe: 'sv', nob: 'sv', dan: 'sv', eng: 'en', deu: 'de', fra: 'fr', spa: 'es', fin: 'fi' }
/** Detection needs text: shorter blocks are left undecided. */
const MIN_LENGTH = 40
/** Swedish names of languages, for messages ("Stycket verkar vara på engelska"). */
const NAMES: Record<string, string> = {
  sv: 'svenska',
  en: 'engelska',
  de: 'tyska',
  fr: 'franska',
  es: 'spanska',
  fi: 'finska',
  nb: 'norska',
  no: 'norska',
  nn: 'nynorska',
  da: 'danska',
  it: 'italienska',
  ar: 'arabiska',
  so: 'somaliska',
  fa: 'persiska',
  pl: 'polska',
  se: 'samiska',
}

const detected = new StringMemo((text): string | undefined => {
  const code = franc(text, { only: Object.keys(CANDIDATES), minLength: MIN_LENGTH })
  return CANDIDATES[code]
}, 5000)

/**
 * The language of a text by detection (ISO 639-1), or undefined when it is too short or unclear.
 * Norwegian and Danish count as Swedish: on short text franc mistakes one for the other, and a
 * Swedish text with a Norwegian-looking paragraph is far likelier than the reverse.
 */
export function detectLanguage(text: string): string | undefined {
  return text.trim().length < MIN_LENGTH ? undefined : detected.get(text)
}

/**
 * A block's language: the one the document declares for it, else the detected one (memoised by
 * text, so asking again is free), else that of its surroundings (a short heading's section, a short
 * line's neighbours), else the document's, else undefined (too short to tell: read it as Swedish).
 */
export function blockLanguage(block: Block): string | undefined {
  return block.language ?? detectLanguage(block.text) ?? block.sectionLanguage ?? block.documentLanguage
}

/**
 * Very common function words of each language detection may name: text in a language is full of
 * them, and a Swedish paragraph that detection reads as something else (a short one, a list of
 * names, a reference) has few of that language's and more of Swedish's.
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  sv: new Set('och att det som är på för med av till du dig vi har inte kan ska ett eller när från hos jag sig vid efter också måste får vill finns den inom om'.split(' ')),
  en: new Set('the and of to is you your for with are this that we our be will from by not can have it on at or an in as if'.split(' ')),
  de: new Set('der die das und ist nicht mit sie ein eine zu auf für von den dem wir ich es werden bei oder'.split(' ')),
  fr: new Set('le la les et est des une un pour que qui dans pas vous nous sur avec du au ce'.split(' ')),
  es: new Set('el la los las y es que de en un una para por con no se del su al'.split(' ')),
  fi: new Set('ja on ei se että ovat tai kanssa kun myös mutta joka voit sinun olla'.split(' ')),
}

/**
 * A block's language as the metrics and the rules read it: declared for the block, else detected
 * and borne out by the text (at least two of that language's function words, and more than of
 * Swedish's), else that of its surroundings, else the document's. Stricter than blockLanguage: a
 * Swedish paragraph left out of LIX by a wrong guess would change the figure a team steers by, so
 * detection alone is not enough.
 */
export function metricsLanguage(block: Block): string | undefined {
  return ownLanguage(block) ?? block.sectionLanguage ?? block.documentLanguage
}

/**
 * The language a block has of itself: declared for it, or detected and borne out; a guess the
 * text does not bear out is the document's language (Swedish when it declares none). Undefined
 * when the block is too short to tell.
 */
export function ownLanguage(block: Block): string | undefined {
  if (block.language) return block.language
  const detected = detectLanguage(block.text)
  if (!detected) return undefined
  return detected === 'sv' || borneOut(block.text, detected) ? detected : (block.documentLanguage ?? 'sv')
}

/** True when the text has at least two of the language's function words and more than of Swedish's. */
export function borneOut(text: string, language: string): boolean {
  const own = FUNCTION_WORDS[language]
  if (!own) return true
  let hits = 0
  let swedish = 0
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (own.has(word)) hits++
    if (FUNCTION_WORDS.sv.has(word)) swedish++
  }
  return hits >= 2 && hits > swedish
}

/** True for Swedish and for a block too short to tell (read as the document's, Swedish): what metrics count. */
export function isSwedish(language: string | undefined): boolean {
  return language === undefined || language === 'sv'
}

/** The Swedish name of a language code ('en' → 'engelska'); an unknown code is given as it is. */
export function languageName(code: string): string {
  return NAMES[code] ?? code
}

/** True when a checked document has a block in English: then the English dictionary is wanted. */
export function hasEnglish(blocks: readonly BlockSummary[]): boolean {
  return blocks.some((b) => b.language === 'en')
}
