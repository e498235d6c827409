import { conjugate } from '../../server/src/morphology/verbal-nouns'
import type { Injector } from './injector'

/** The perfect of a modal in the past, for sentences without one (kunde göra → hade kunnat gjort, kan göra → har kunnat gjort). */
const PAST_TO_PERFECT: Record<string, string> = {
  kunde: 'hade kunnat', ville: 'hade velat', behövde: 'hade behövt', fick: 'hade fått', borde: 'hade bort',
  kan: 'har kunnat', vill: 'har velat', behöver: 'har behövt', bör: 'har bort',
}

/**
 * Makes a double supine of a real perfect with an auxiliary (har kunnat göra → har kunnat gjort)
 * or, as the corpus has few of those, of a modal in the past (kunde göra → hade kunnat gjort, kan göra → har kunnat gjort).
 */
export const injector: Injector = {
  rule: 'double-supine',
  description: 'turns the infinitive after ha + kunnat/velat/fått/behövt … into a supine',
  inject(sentence) {
    const re = /(?<![\p{L}])(ha|har|hade|haft)((?:\s+\p{Ll}+){0,2}?)\s+(kunnat|velat|behövt|fått|hunnit|brukat|vågat|orkat|bort|måst)\s+(\p{Ll}+)(?![\p{L}])/giu
    for (const m of sentence.matchAll(re)) {
      const verb = m[4]
      const supine = conjugate(verb, 'sup')
      if (!supine || supine === verb) continue
      const start = m.index + m[0].length - verb.length
      return { text: sentence.slice(0, start) + supine + sentence.slice(start + verb.length), start, end: start + supine.length }
    }
    for (const m of sentence.matchAll(/(?<![\p{L}])(kunde|ville|behövde|fick|borde|kan|vill|behöver|bör)\s+(\p{Ll}+)(?![\p{L}])/gu)) {
      const supine = conjugate(m[2], 'sup')
      if (!supine || supine === m[2]) continue
      const before = `${PAST_TO_PERFECT[m[1]]} `
      const start = m.index + before.length
      return { text: sentence.slice(0, m.index) + before + supine + sentence.slice(m.index + m[0].length), start, end: start + supine.length }
    }
    return undefined
  },
}
