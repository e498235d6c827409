import { franc } from 'franc-min'
import { detachedString } from '../engine/detached'

/** Languages a Swedish public text is likely to contain; Norwegian and Danish read as Swedish. */
const CANDIDATES = ['swe', 'nob', 'dan', 'eng', 'deu', 'fra', 'spa', 'fin']
const SCANDINAVIAN = new Set(['swe', 'nob', 'dan'])
const MIN_LENGTH = 40
const NAMES: Record<string, string> = { eng: 'engelska', deu: 'tyska', fra: 'franska', spa: 'spanska', fin: 'finska' }

const cache = new Map<string, string | undefined>()

/**
 * The language of a paragraph when it is clearly not Swedish (Swedish name, e.g. "engelska"),
 * otherwise undefined. Short paragraphs are taken to be Swedish: detection needs text.
 */
export function foreignLanguage(text: string): string | undefined {
  if (text.length < MIN_LENGTH) return undefined
  if (cache.has(text)) return cache.get(text)
  const code = franc(text, { only: CANDIDATES, minLength: MIN_LENGTH })
  const result = code === 'und' || SCANDINAVIAN.has(code) ? undefined : NAMES[code]
  if (cache.size > 5000) cache.clear()
  cache.set(detachedString(text), result)
  return result
}
