import type { Injector } from './injector'
import { estimateTag } from '../../server/src/morphology'

/** Words shorter than this are rarely compounds of two words of three letters or more. */
const MIN_LENGTH = 8
const MIN_PART = 4
/**
 * Prepositions and adverbs that begin derivations (föreskrift, förutsättning, ikraftträdande,
 * redovisa): not a compound of two words, and not written apart the way nouns are.
 */
const PARTICLE_HEAD = /^(?:före|förut|efter|under|över|ikraft|samman|redo|fort|mot|genom|till|från|upp|ut|in|av|på|om|bak|fram|åter|inne|utvär|ned|ner)$/
/** Derivational endings that are words by accident (förtro|ende, nytänk|ande, verksam|het). */
const SUFFIX = /^(?:ande|ende|are|het|ning|else|skap|lig|isk|iska|tion)/

/**
 * Splits the first real compound of a sentence at its joint (bostadsbidrag → bostads bidrag):
 * a lowercase word the dictionary knows whose two halves are dictionary words as well. Of the
 * joints that fit, a joint -s first (verksamhets ansvar, not verksam hetsansvar), then the one
 * that gives the most even halves (förvaltnings domstol, not förvaltningsdom stol), as a compound's
 * main joint is; both halves must be nouns (or a noun's joint form), and a derivational ending
 * that happens to be a word (förtro ende) is no half.
 */
export const injector: Injector = {
  rule: 'split-compound',
  description: 'delar ett sammansatt ord vid fogen: bostadsbidrag → bostads bidrag',
  inject(sentence, spelling) {
    const speller = spelling.speller
    for (const m of sentence.matchAll(/(?<![\p{L}\d-])\p{Ll}+(?![\p{L}\d-])/gu)) {
      const word = m[0]
      if (word.length < MIN_LENGTH || !speller.correct(word)) continue
      let best: { at: number; score: number } | undefined
      for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
        const head = word.slice(0, at)
        const tail = word.slice(at)
        if (SUFFIX.test(tail) || PARTICLE_HEAD.test(head) || !speller.correct(head) || !speller.correct(tail) || estimateTag(tail) !== 'NN') continue
        // a joint -s (verksamhets|ansvar) marks the main joint; otherwise the halves must be nouns
        const joint = head.endsWith('s') && speller.correct(head.slice(0, -1)) && estimateTag(head.slice(0, -1)) === 'NN'
        // under|sökning or unders|ökning: where the -s could belong to either half and the head
        // without it is no noun, it is no joint (häktes|lagen is: häkte is a noun)
        if (head.endsWith('s') && !joint && speller.correct(`s${tail}`)) continue
        if (!joint && estimateTag(head) !== 'NN') continue
        const score = (joint ? 100 : 0) + Math.min(head.length, tail.length)
        if (!best || score > best.score) best = { at, score }
      }
      if (!best) continue
      const start = m.index
      const text = `${sentence.slice(0, start + best.at)} ${sentence.slice(start + best.at)}`
      return { text, start, end: start + word.length + 1 }
    }
    return undefined
  },
}
