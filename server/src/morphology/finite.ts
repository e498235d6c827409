import { getLexicon } from './lexicon'
import { CLOSED_CLASS } from './closed-class'
import { isSPassive } from './s-passive'
import { StringMemo } from '../util/string-memo'

/** Finite forms that end in a vowel, which the shape test below takes for infinitives. */
const FINITE = new Set(['ska', 'skulle', 'ville', 'må', 'sa', 'la', 'lär', 'torde', 'måtte'])

/**
 * Whether an active form is finite by its shape: the dictionary does not say which of a verb's
 * forms is the infinitive, the supine or a tense. Infinitives end in a vowel (ansöka, bo); supines
 * in -t after a consonant, -at, -it or -tt (skickat, skrivit, gått, gjort). Presents end in -r
 * (ansöker, bor, har), pasts in -de/-te (flyttade, köpte) or are strong (gick, tog, bröt, lät).
 */
function finiteByShape(w: string): boolean {
  if (w.endsWith('r') || w.endsWith('de') || w.endsWith('te')) return true
  if (/[aeiouyåäö]$/.test(w)) return false
  if (w.endsWith('t')) return /[eouyåäö]t$/.test(w) && !w.endsWith('tt')
  return true
}

const memo = new StringMemo((w) => {
  if (FINITE.has(w)) return true
  // function words that share a verb's form (för, så) are function words first
  if (CLOSED_CLASS.has(w)) return false
  const lex = getLexicon()
  const form = lex.verbs.get(w)
  // an s-form, also of a compound the dictionary does not list (ombeds): finite unless the supine (skickats, funnits)
  const active = lex.deponents.has(w) ? w.slice(0, -1) : form === undefined ? isSPassive(w)?.active : form.kind === 'passive' ? form.active : undefined
  if (active !== undefined) return !/(at|it|tt|[^aeiouyåäö]t)$/.test(active)
  return form?.kind === 'active' && finiteByShape(w)
})

/**
 * Whether `word` is a finite verb form the dictionary knows, active or s-form: behöver, ansöker,
 * flyttar, bor, hämtar, kan, gick, anses, hoppas, fanns. Infinitives, supines, participles and
 * function words are not (ansöka, skickat, skickad, om).
 */
export function isFiniteVerb(word: string): boolean {
  return memo.get(word.toLowerCase())
}
