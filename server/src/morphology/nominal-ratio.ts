import { estimateTag } from './pos'

const NOUN_TAGS = new Set(['NN', 'PP', 'PC'])
const VERB_TAGS = new Set(['PN', 'AB', 'VB'])

/**
 * Språkbanken's nominal ratio (Sparv: readability.nominal_ratio): (NN + PP + PC) / (PN + AB + VB)
 * over SUC tags. Like Sparv it is Infinity when there are no pronouns, adverbs or verbs.
 */
export function nominalRatio(tags: readonly string[]): number {
  let nouns = 0
  let verbs = 0
  for (const tag of tags) {
    if (NOUN_TAGS.has(tag)) nouns++
    else if (VERB_TAGS.has(tag)) verbs++
  }
  return verbs === 0 ? (nouns === 0 ? NaN : Infinity) : nouns / verbs
}

/**
 * The nominal ratio of a text given as sentences of word strings, with tags estimated from the
 * dictionary morphology; null when the ratio is undefined (no pronouns, adverbs or verbs).
 */
export function estimateNominalRatio(sentences: readonly (readonly string[])[]): number | null {
  const tags: string[] = []
  for (const words of sentences) words.forEach((word, i) => tags.push(estimateTag(word, i === 0)))
  const ratio = nominalRatio(tags)
  return Number.isFinite(ratio) ? ratio : null
}
