import type { Speller } from '../engine/rule'
import { StringMemo } from '../util/string-memo'
import { CompoundAnalyser, type CompoundParts } from './compounds'

export type { Speller, SpellingContext } from '../engine/rule'

/** The raw engine under a Speller (Hunspell): `spell` is fast, `suggest` is slow. */
export interface SpellEngine {
  spell(word: string): boolean
  suggest(word: string): string[]
}

const MAX_SUGGESTIONS = 5
const MAX_HUNSPELL_SUGGEST_LENGTH = 12
/** Letters tried when generating candidates one edit away; Swedish first. */
const ALPHABET = 'aäåöeionrtslkdmgvfbuhpjcyxwzqé'
const VERDICT_CACHE = 100_000
const SUGGESTION_CACHE = 2_000

/**
 * Wraps a spell engine with caches and better suggestions. Hunspell's own suggestions miss most
 * compounds (it offers nothing for *kompetensförsörjnig*), so candidates one edit away are
 * generated first and checked with the fast `spell`, which knows compounds; Hunspell's slower
 * suggestions are asked for only when there are none.
 */
export class CachedSpeller implements Speller {
  private readonly verdicts: StringMemo<boolean>
  private readonly suggestions: StringMemo<string[]>

  constructor(engine: SpellEngine, compoundParts?: CompoundParts) {
    const raw = new StringMemo((word) => engine.spell(word), VERDICT_CACHE)
    const compounds = compoundParts && new CompoundAnalyser((w) => raw.get(w), compoundParts)
    this.verdicts = new StringMemo((word) => {
      if (raw.get(word)) return true
      if (!compounds) return false
      // compounds are analysed in lowercase: a capital at a sentence start or capitals throughout
      const lower = word.toLowerCase()
      const rest = [...word].slice(1).join('')
      return (word === lower || rest === rest.toLowerCase() || word === word.toUpperCase()) && compounds.accepts(lower)
    }, VERDICT_CACHE)
    this.suggestions = new StringMemo((word) => {
      // the dictionary's own words first: compound analysis of thousands of candidates is slow
      // and finds a stranger compound where one edit gives a dictionary word
      const candidates = oneEditAway(word)
      let found = candidates.filter((candidate) => raw.get(candidate))
      if (found.length === 0) found = candidates.filter((candidate) => this.correct(candidate))
      // Hunspell's own search costs up to a quarter of a second on long words, where its n-gram
      // guesses are also poor (kommunikationsprogramment → kommunikationsdepartement); it is asked
      // only for shorter words with nothing one edit away
      if (found.length === 0 && [...word].length <= MAX_HUNSPELL_SUGGEST_LENGTH) found.push(...engine.suggest(word))
      return found.slice(0, MAX_SUGGESTIONS)
    }, SUGGESTION_CACHE)
  }

  correct(word: string): boolean {
    return this.verdicts.get(word)
  }

  suggest(word: string): string[] {
    return this.suggestions.get(word)
  }
}

/** Neighbouring keys on a Swedish keyboard: a slip of the finger is the commonest replacement. */
const NEIGHBOURS: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'oå', å: 'pä',
  a: 'qsz', s: 'awdz', d: 'sefx', f: 'drgc', g: 'fthv', h: 'gyjb', j: 'hukn', k: 'jilm', l: 'kopö', ö: 'läå', ä: 'öå',
  z: 'asx', x: 'zdc', c: 'xfv', v: 'cgb', b: 'vhn', n: 'bjm', m: 'nk',
}
/** Letters Swedish writers confuse when they mean another (å/ä/ö without dots, e for ä). */
const CONFUSABLE: Record<string, string> = { a: 'äå', ä: 'aeå', å: 'aoä', o: 'öå', ö: 'oä', e: 'äé', é: 'e' }

/**
 * Candidates one edit away, likeliest first: swapped neighbours, a doubled or undoubled letter,
 * å/ä/ö confused with a/o, a missing letter, a neighbouring key, then any deletion and replacement.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>()
  const chars = [...word]
  const n = chars.length
  const at = (i: number, insert: string[], skip: number) => [...chars.slice(0, i), ...insert, ...chars.slice(i + skip)].join('')
  for (let i = 0; i + 1 < n; i++) out.add(at(i, [chars[i + 1], chars[i]], 2))
  for (let i = 0; i < n; i++) out.add(at(i, [chars[i]], 0))
  for (let i = 0; i + 1 < n; i++) if (chars[i] === chars[i + 1]) out.add(at(i, [], 1))
  for (let i = 0; i < n; i++) for (const r of CONFUSABLE[chars[i].toLowerCase()] ?? '') out.add(at(i, [r], 1))
  for (let i = 0; i <= n; i++) for (const a of ALPHABET) out.add(at(i, [a], 0))
  for (let i = 0; i < n; i++) for (const r of NEIGHBOURS[chars[i].toLowerCase()] ?? '') out.add(at(i, [r], 1))
  for (let i = 0; i < n; i++) out.add(at(i, [], 1))
  for (let i = 0; i < n; i++) for (const a of ALPHABET) if (a !== chars[i]) out.add(at(i, [a], 1))
  out.delete(word)
  return [...out].filter((w) => w.length > 0)
}
