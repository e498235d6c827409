import type { Speller } from '../../engine/rule'
import { CLOSED_CLASS } from '../../morphology/closed-class'

/** The shortest piece a run-together word is split into (measured on the corpus, see the commit). */
export const MIN_PIECE = 2

/**
 * Endings that make a compound with nearly any noun stem (vårdtid, karriärplats): when the speller
 * takes the first piece with one of them, the piece begins compounds and the whole word is more
 * likely a compound the dictionary lacks (hemmaåren) than two words run together.
 */
const COMPOUND_PROBES = ['arbete', 'plats', 'system', 'tid', 'grupp', 'fråga', 'ansvar']

/**
 * Function words that may open a run-together pair (ochså, attdu): pronouns, conjunctions.
 * Prepositions, adverbs and determiners are left out: they are prefixes too (väl|fostrade,
 * av|saktande, en|skalda for enskilda).
 */
const FIRST_TAGS = new Set(['PN', 'PS', 'KN', 'SN', 'HP', 'HA', 'IE'])

/** Verbs as frequent as function words: fadern|är. */
const AUXILIARIES = new Set(['är', 'har', 'hade', 'blir', 'blev', 'kan', 'kunde', 'skulle', 'måste', 'vill', 'ville', 'borde'])

/**
 * Function words that are also endings or last parts of compounds (bil|en, bild|er, Lagråd|det,
 * avdel|ningen, uttals|bara, tjänst|man): never a second piece.
 */
const ENDINGS = new Set(['bara', 'de', 'den', 'det', 'dom', 'en', 'ena', 'ens', 'er', 'era', 'in', 'ingen', 'man', 'na', 'ut', 'än'])

/**
 * slutsatserMot → slutsatser Mot: a lowercase letter followed by a capital, inside a word that
 * begins in lowercase (iPhone and eBay have a one-letter piece), where both pieces are words.
 */
export function splitAtCapital(word: string, speller: Speller): string | undefined {
  const m = /^(\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word)
  if (!m || [...m[1]].length < MIN_PIECE) return undefined
  return speller.correct(m[1]) && speller.correct(m[2]) ? `${m[1]} ${m[2]}` : undefined
}

/**
 * bilarrespektive → bilar respektive: an unknown word that splits into two known words in exactly
 * one way (rollsom reads as roll som and rolls om: left alone), where one piece is a function word
 * and a first piece that begins compounds is followed by a function word (vård|tid is a compound
 * the dictionary lacks, not two words).
 */
export function splitInTwo(word: string, speller: Speller): string | undefined {
  if (!/^\p{L}\p{Ll}+$/u.test(word)) return undefined
  const chars = [...word]
  let found: [string, string] | undefined
  for (let i = 1; i < chars.length; i++) {
    const first = chars.slice(0, i).join('')
    const second = chars.slice(i).join('')
    // a shorter piece is never offered, but a short function word makes a split ambiguous (leden|i, lede|ni)
    const short = i < MIN_PIECE || chars.length - i < MIN_PIECE
    if (short && !isFunctionWord(first.toLowerCase()) && !isFunctionWord(second)) continue
    if (!speller.correct(first) || !speller.correct(second)) continue
    if (found || short) return undefined
    found = [first, second]
  }
  if (!found) return undefined
  const [first, second] = found
  const lower = first.toLowerCase()
  if (isFunctionWord(second)) return `${first} ${second}`
  return FIRST_TAGS.has(CLOSED_CLASS.get(lower) ?? '') && !beginsCompounds(lower, speller) ? `${first} ${second}` : undefined
}

function isFunctionWord(word: string): boolean {
  return (CLOSED_CLASS.has(word) || AUXILIARIES.has(word)) && !ENDINGS.has(word)
}

function beginsCompounds(piece: string, speller: Speller): boolean {
  return COMPOUND_PROBES.some((ending) => speller.correct(piece + ending))
}
