import { isFiniteVerb } from '../../server/src/morphology'
import { SENTENCE_ADVERBS } from '../../server/src/rules/grammar-words'
import type { Injector } from './injector'
import { adjacent, replace, wordsOf, type Word } from './shared/words'

/** Prepositions: a de after them is a determiner or an error, never a subject worth swapping. */
const PREPOSITIONS = new Set(['till', 'av', 'med', 'hos', 'åt', 'mot', 'på', 'i', 'från', 'bland', 'vid', 'genom', 'över', 'under', 'för', 'om', 'efter', 'utan', 'enligt', 'inom', 'mellan'])

const finite = (w: Word | undefined): boolean => w !== undefined && w.tag === 'VB' && isFiniteVerb(w.lower)

/**
 * Whether the de at `i` is the subject pronoun: De som …, de before its finite verb (att de har,
 * de inte har), or de right after a finite verb and before no noun or adjective (måste de i …,
 * märker de inte), the subject of an inverted main clause.
 */
function subjectDe(s: string, w: Word[], i: number): boolean {
  const prev = w[i - 1]
  const next = w[i + 1]
  if (!next || !adjacent(s, w[i], next)) return false
  if (prev && PREPOSITIONS.has(prev.lower)) return false
  if (i === 0 && next.lower === 'som') return true
  if (finite(next)) return true
  if (SENTENCE_ADVERBS.has(next.lower) && finite(w[i + 2])) return true
  return finite(prev) && adjacent(s, prev, w[i]) && (SENTENCE_ADVERBS.has(next.lower) || next.tag === 'PP' || next.tag === 'VB')
}

/** Swaps de and dem in a real sentence: an object dem becomes de, a subject de becomes dem. */
export const injector: Injector = {
  rule: 'de-dem',
  description: 'object dem → de (not in dem som, where both forms are accepted), subject de → dem',
  inject(sentence) {
    const w = wordsOf(sentence)
    for (let i = 0; i < w.length; i++) {
      if (w[i].text === 'dem' && w[i + 1]?.lower !== 'som') return replace(sentence, w[i], 'de')
    }
    for (let i = 0; i < w.length; i++) {
      const form = w[i].text
      if ((form === 'de' || (i === 0 && form === 'De')) && subjectDe(sentence, w, i)) return replace(sentence, w[i], form === 'De' ? 'Dem' : 'dem')
    }
    return undefined
  },
}
