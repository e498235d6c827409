import entries from '../../generated/abbreviations.json'
import type { PhraseEntry } from '../phrase-table'

/**
 * Abbreviations written without their full stops are not misspellings: the `abbreviation` rule
 * advises on them instead. Derived from its data (dictionaries/abbreviations.yaml), so the two
 * rules never disagree: every form with its full stops removed (dvs., o.s.v. → dvs, osv) is a
 * word, and the pieces of a spaced form (bl a, o s v) are words only where the whole form stands.
 */
export interface AbbreviationForms {
  /** Lowercase words that stand alone: dvs, osv, etc, resp. */
  words: ReadonlySet<string>
  /** Spaced forms as their lowercase pieces, longest first: [fr, o, m], [bl, a]. */
  spaced: readonly (readonly string[])[]
  /** Forms with inner full stops as written with all of them, lowercase: t.ex., bl.a., fr.o.m. */
  dotted: ReadonlySet<string>
}

export function abbreviationForms(list: readonly PhraseEntry[]): AbbreviationForms {
  const words = new Set<string>()
  const dotted = new Set<string>()
  const spaced = new Map<string, string[]>()
  const addSpaced = (pieces: string[]) => {
    if (pieces.length > 1) spaced.set(pieces.join(' '), pieces)
  }
  for (const entry of list) {
    for (const form of entry.forms) {
      const pieces = form.words.flatMap((w) => w.split('.')).filter((p) => p !== '')
      if (form.words.length === 1) words.add(pieces.join(''))
      if (form.words.length === 1 && /\..*\.$/.test(form.words[0])) dotted.add(form.words[0].toLowerCase())
      // t.ex. is also written t ex, and bl a is a form of its own
      addSpaced(pieces)
    }
  }
  return { words, dotted, spaced: [...spaced.values()].sort((a, b) => b.length - a.length) }
}

export const ABBREVIATION_FORMS: AbbreviationForms = abbreviationForms(entries as PhraseEntry[])

/**
 * An abbreviation that lost its last full stop (t.ex Röda Korset, bl.a hus): the form with it,
 * or undefined. A full stop right after the word means it is there.
 */
export function missingFinalStop(word: string, next: string): string | undefined {
  if (!word.includes('.') || word.endsWith('.') || next === '.') return undefined
  return ABBREVIATION_FORMS.dotted.has(`${word.toLowerCase()}.`) ? `${word}.` : undefined
}
