/**
 * Words a team or user accepts, with the case rules of a dictionary: a lowercase word is also
 * accepted capitalised (sentence start) and in capitals; a capitalised word (a name) is accepted
 * as written and in capitals, never in lowercase. The genitive -s of every word is accepted too.
 */
export class AcceptedWords {
  private readonly exact = new Set<string>()
  private readonly lower = new Set<string>()

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w)
  }

  add(word: string): void {
    const w = word.normalize('NFC').trim()
    if (!w) return
    this.exact.add(w)
    if (w === w.toLowerCase()) this.lower.add(w)
  }

  has(word: string): boolean {
    const w = word.normalize('NFC')
    return this.hasForm(w) || (w.length > 2 && /[sS]$/.test(w) && this.hasForm(w.slice(0, -1)))
  }

  private hasForm(w: string): boolean {
    if (this.exact.has(w)) return true
    const lower = w.toLowerCase()
    if (this.lower.has(lower)) return true
    if (w === w.toUpperCase()) {
      for (const e of this.exact) if (e.toUpperCase() === w) return true
    }
    return false
  }

  /** A new set holding the words of both. */
  with(words: Iterable<string>): AcceptedWords {
    const merged = new AcceptedWords(this.exact)
    for (const w of words) merged.add(w)
    return merged
  }
}
