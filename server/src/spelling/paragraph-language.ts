import { franc } from 'franc-min'
import { StringMemo } from '../util/string-memo'

/** Languages a Swedish public text is likely to contain; Norwegian and Danish read as Swedish. */
const CANDIDATES = ['swe', 'nob', 'dan', 'eng', 'deu', 'fra', 'spa', 'fin']
const SCANDINAVIAN = new Set(['swe', 'nob', 'dan'])
const MIN_LENGTH = 40
const NAMES: Record<string, string> = { eng: 'engelska', deu: 'tyska', fra: 'franska', spa: 'spanska', fin: 'finska' }

const detected = new StringMemo((text): string | undefined => {
  const code = franc(text, { only: CANDIDATES, minLength: MIN_LENGTH })
  return code === 'und' || SCANDINAVIAN.has(code) ? undefined : NAMES[code]
}, 5000)

/**
 * The language of a paragraph when it is clearly not Swedish (Swedish name, e.g. "engelska"),
 * otherwise undefined. Short paragraphs are taken to be Swedish: detection needs text.
 */
export function foreignLanguage(text: string): string | undefined {
  return text.length < MIN_LENGTH ? undefined : detected.get(text)
}
