import data from '../generated/morphology.json'
import { IRREGULAR_VERBS } from './irregular-verbs'
import { conjugate } from './verbal-nouns'

let infinitives: Map<string, string | null> | undefined

/**
 * The infinitive of a supine (gjort: göra, sett: se, köpt: köpa), from the verb paradigms of
 * morphology.json and the irregular verbs; undefined for a word that is no supine, or the supine of
 * two verbs (satt: sitta and sätta has suttit, but lagt, sagt are one verb's). Built on first use.
 */
export function infinitiveOfSupine(word: string): string | undefined {
  if (!infinitives) {
    infinitives = new Map()
    const lemmas = (data.paradigms as [string, string][]).flatMap(([, l]) => l.split(' '))
    for (const lemma of lemmas) {
      const sup = conjugate(lemma, 'sup')
      if (sup === undefined || sup === lemma) continue
      const old = infinitives.get(sup)
      infinitives.set(sup, old === undefined || old === lemma ? lemma : null)
    }
    // the hand-written paradigms decide over the dictionary's old forms (givit: ge, not giva)
    for (const lemma of Object.keys(IRREGULAR_VERBS)) {
      const sup = conjugate(lemma, 'sup')
      if (sup !== undefined && sup !== lemma) infinitives.set(sup, lemma)
    }
  }
  return infinitives.get(word) ?? undefined
}
