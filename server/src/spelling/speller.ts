/** What the spelling rule needs from a dictionary: a verdict per word and, on request, suggestions. */
export interface Speller {
  correct(word: string): boolean
  suggest(word: string): string[]
}

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
  private readonly verdicts = new Map<string, boolean>()
  private readonly suggestions = new Map<string, string[]>()

  constructor(private readonly engine: SpellEngine) {}

  correct(word: string): boolean {
    let verdict = this.verdicts.get(word)
    if (verdict === undefined) {
      verdict = this.engine.spell(word)
      if (this.verdicts.size >= VERDICT_CACHE) this.verdicts.clear()
      this.verdicts.set(word, verdict)
    }
    return verdict
  }

  suggest(word: string): string[] {
    const cached = this.suggestions.get(word)
    if (cached) return cached
    const found = oneEditAway(word).filter((candidate) => this.correct(candidate))
    // Hunspell's own search costs up to a quarter of a second on long words, where its n-gram
    // guesses are also poor (kommunikationsprogramment → kommunikationsdepartement); it is asked
    // only for shorter words with nothing one edit away
    if (found.length === 0 && [...word].length <= MAX_HUNSPELL_SUGGEST_LENGTH) found.push(...this.engine.suggest(word))
    const result = found.slice(0, MAX_SUGGESTIONS)
    if (this.suggestions.size >= SUGGESTION_CACHE) this.suggestions.clear()
    this.suggestions.set(word, result)
    return result
  }
}

/**
 * Candidates one edit away, likeliest first: swapped neighbours, a doubled or undoubled letter,
 * å/ä/ö confused with a/o, then any deletion, insertion and replacement.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>()
  const chars = [...word]
  const n = chars.length
  const join = (parts: string[]) => parts.join('')
  for (let i = 0; i + 1 < n; i++) {
    const c = [...chars]
    ;[c[i], c[i + 1]] = [c[i + 1], c[i]]
    out.add(join(c))
  }
  for (let i = 0; i < n; i++) out.add(join([...chars.slice(0, i + 1), chars[i], ...chars.slice(i + 1)]))
  const swaps: Record<string, string> = { a: 'äå', ä: 'ae', å: 'ao', o: 'ö', ö: 'oe', e: 'ä' }
  for (let i = 0; i < n; i++) {
    for (const r of swaps[chars[i].toLowerCase()] ?? '') out.add(join([...chars.slice(0, i), r, ...chars.slice(i + 1)]))
  }
  for (let i = 0; i < n; i++) out.add(join([...chars.slice(0, i), ...chars.slice(i + 1)]))
  for (let i = 0; i <= n; i++) for (const a of ALPHABET) out.add(join([...chars.slice(0, i), a, ...chars.slice(i)]))
  for (let i = 0; i < n; i++) for (const a of ALPHABET) if (a !== chars[i]) out.add(join([...chars.slice(0, i), a, ...chars.slice(i + 1)]))
  out.delete(word)
  return [...out].filter((w) => w.length > 0)
}

/** What a check needs for spelling: the dictionary and the words a team or user accepts. */
export interface SpellingContext {
  speller: Speller
  accepted: import('./accepted-words').AcceptedWords
}
