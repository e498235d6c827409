import { estimateTag } from '../morphology'
import type { Sentence } from './types'

const tagged = new WeakMap<Sentence, readonly string[]>()

/**
 * Rough SUC part-of-speech tags (NN, VB, JJ, PM, …) of a sentence's words, one per entry of
 * `sentence.words`, computed on first request and kept with the sentence: rules that never ask
 * cost nothing, rules that ask twice pay once. The first word is tagged as a sentence start, so
 * a capital there does not make it a proper noun.
 */
export function tagsOf(sentence: Sentence): readonly string[] {
  let tags = tagged.get(sentence)
  if (!tags) {
    tags = sentence.words.map((word, i) => estimateTag(word.text, i === 0))
    tagged.set(sentence, tags)
  }
  return tags
}
