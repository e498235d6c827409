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
}

export function abbreviationForms(list: readonly PhraseEntry[]): AbbreviationForms {
  const words = new Set<string>()
  const spaced = new Map<string, string[]>()
  const addSpaced = (pieces: string[]) => {
    if (pieces.length > 1) spaced.set(pieces.join(' '), pieces)
  }
  for (const entry of list) {
    for (const form of entry.forms) {
      const pieces = form.words.flatMap((w) => w.split('.')).filter((p) => p !== '')
      if (form.words.length === 1) words.add(pieces.join(''))
      // t.ex. is also written t ex, and bl a is a form of its own
      addSpaced(pieces)
    }
  }
  return { words, spaced: [...spaced.values()].sort((a, b) => b.length - a.length) }
}

export const ABBREVIATION_FORMS: AbbreviationForms = abbreviationForms(entries as PhraseEntry[])
