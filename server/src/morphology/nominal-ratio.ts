import { estimateTag } from './pos'

const NOUN_TAGS = new Set(['NN', 'PP', 'PC'])
const VERB_TAGS = new Set(['PN', 'AB', 'VB'])

/**
 * Språkbanken's nominal ratio (Sparv: readability.nominal_ratio): (NN + PP + PC) / (PN + AB + VB)
 * over SUC tags. Like Sparv it is Infinity when there are no pronouns, adverbs or verbs.
 */
export function nominalRatio(tags: readonly string[]): number {
  const sides = { nominal: 0, verbal: 0 }
  for (const tag of tags) countTag(tag, sides)
  return ratio(sides)
}

/** The two sides of the ratio, which add up over sentences and blocks. */
export interface NominalSides {
  nominal: number
  verbal: number
}

function countTag(tag: string, sides: NominalSides): void {
  if (NOUN_TAGS.has(tag)) sides.nominal++
  else if (VERB_TAGS.has(tag)) sides.verbal++
}

function ratio({ nominal, verbal }: NominalSides): number {
  return verbal === 0 ? (nominal === 0 ? NaN : Infinity) : nominal / verbal
}

/** Adds one sentence's words (tags estimated from the dictionary morphology) to `sides`. */
export function addSentenceSides(words: readonly string[], sides: NominalSides): void {
  words.forEach((word, i) => countTag(estimateTag(word, i === 0), sides))
}

/** The ratio from summed sides; null where it is undefined (no pronouns, adverbs or verbs). */
export function nominalRatioOf(sides: NominalSides): number | null {
  const r = ratio(sides)
  return Number.isFinite(r) ? r : null
}

/**
 * The nominal ratio of a text given as sentences of word strings, with tags estimated from the
 * dictionary morphology; null when the ratio is undefined (no pronouns, adverbs or verbs).
 */
export function estimateNominalRatio(sentences: readonly (readonly string[])[]): number | null {
  const sides = { nominal: 0, verbal: 0 }
  for (const words of sentences) addSentenceSides(words, sides)
  return nominalRatioOf(sides)
}
