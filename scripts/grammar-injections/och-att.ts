import { getLexicon } from '../../server/src/morphology/lexicon'
import type { Injector } from './injector'
import { adjacent, replace, wordsOf } from './shared/words'

/** The verbs the rule knows take an infinitive with att; every form of them, the infinitive too. */
const VERBS = ['försöka', 'börja', 'sluta', 'glömma', 'lova', 'vägra', 'fortsätta', 'våga', 'orka', 'undvika', 'planera', 'hinna', 'avse', 'tveka', 'hota', 'riskera', 'tendera', 'prova', 'pröva', 'sträva', 'lyckas', 'låtsas']
let forms: Set<string> | undefined

/** Replaces att with och after a verb that takes an infinitive: fortsätter att arbeta → fortsätter och arbeta. */
export const injector: Injector = {
  rule: 'och-att',
  description: 'att → och after försöka, börja, sluta, fortsätta and the like, before an infinitive',
  inject(sentence) {
    forms ??= new Set(VERBS.flatMap((v) => [...(getLexicon().activeForms(v) ?? [v]), 'lyckades', 'lyckats', 'låtsades', 'låtsats']))
    const w = wordsOf(sentence)
    for (let i = 1; i + 1 < w.length; i++) {
      if (w[i].text !== 'att' || !forms.has(w[i - 1].lower) || !adjacent(sentence, w[i - 1], w[i])) continue
      const form = getLexicon().verbs.get(w[i + 1].lower)
      if (form?.kind === 'active' && /[aeiouyåäö]$/.test(w[i + 1].lower)) return replace(sentence, w[i], 'och')
    }
    return undefined
  },
}
