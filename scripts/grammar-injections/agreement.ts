import { adjectiveForm, neuterOf, nounGender } from '../../server/src/morphology/agreement-lexicon'
import { estimateTag } from '../../server/src/morphology'
import type { Injected, Injector } from './injector'

const OTHER: Record<string, string> = { en: 'ett', ett: 'en', den: 'det', det: 'den' }

/**
 * Breaks the agreement of a real noun phrase whose noun has one gender in the dictionary: the
 * article swapped (ett beslut → en beslut, det nya huset → den nya huset) or, in every other
 * phrase with an adjective, the adjective's -t dropped or added (ett stort ansvar → ett stor ansvar).
 */
export const injector: Injector = {
  rule: 'agreement',
  description: 'swaps en/ett or den/det, or drops or adds the adjective\'s -t, in a noun phrase',
  inject(sentence) {
    const re = /(?<![\p{L}\d])(en|ett|den|det)\s+(\p{Ll}+)\s+(\p{Ll}+)(?![\p{L}\d-])/gu
    let count = 0
    for (const m of sentence.matchAll(re)) {
      const [, det, adj, noun] = m
      const start = m.index
      const end = start + m[0].length
      const make = (text: string): Injected => ({ text: sentence.slice(0, start) + text + sentence.slice(end), start, end: start + text.length })
      if (det === 'en' || det === 'ett') {
        const form = adjectiveForm(adj)
        const gender = nounGender(noun)
        if (!form || gender !== det || adjectiveForm(noun) || estimateTag(noun) !== 'NN' || (form.form === 'neuter') !== (det === 'ett')) continue
        if (count++ % 2 === 0 || form.form === 'common' && !neuterOf(form.lemma)) return make(`${OTHER[det]} ${adj} ${noun}`)
        return make(`${det} ${form.form === 'neuter' ? form.lemma : neuterOf(form.lemma)} ${noun}`)
      }
      if (!adj.endsWith('a') || !adjectiveForm(adj.slice(0, -1))) continue
      const want = det === 'det' ? 'ett' : 'en'
      const stem = noun.replace(det === 'det' ? /e?t$/ : /e?n$/, '')
      if (stem === noun || nounGender(stem) !== want) continue
      return make(`${OTHER[det]} ${adj} ${noun}`)
    }
    return undefined
  },
}
