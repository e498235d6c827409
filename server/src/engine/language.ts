import { franc } from 'franc-min'
import { StringMemo } from '../util/string-memo'
import type { Block } from './types'

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
 * text, so asking again is free), else undefined (too short to tell: read it as the document's).
 */
export function blockLanguage(block: Block): string | undefined {
  return block.language ?? detectLanguage(block.text)
}

/** The Swedish name of a language code ('en' → 'engelska'); an unknown code is given as it is. */
export function languageName(code: string): string {
  return NAMES[code] ?? code
}
