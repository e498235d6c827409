import type { BlockSummary, Metrics } from './types'
import { nominalRatioOf } from '../morphology'
import { isSwedish } from './language'

/** A long word in LIX has more than six characters (Björnsson 1968; Sparv counts characters). */
const LONG_WORD = 6

interface Summarized {
  blocks: readonly BlockSummary[]
}

/**
 * Readability figures as Språkbanken's Sparv computes them: every word token counts (punctuation
 * and symbols do not), a sentence counts when it holds at least one word, and OVIX compares words
 * case-insensitively. LIX, OVIX and the nominal ratio are Swedish measures, so they and the counts
 * cover the Swedish blocks only (see isSwedish); `languages` gives the words of every language.
 */
export function computeMetrics(doc: Summarized): Metrics {
  const counts = computeCounts(doc)
  const sides = { nominal: 0, verbal: 0 }
  for (const block of swedishBlocks(doc)) {
    sides.nominal += block.nominal
    sides.verbal += block.verbal
  }
  const nk = counts.words === 0 ? 0 : nominalRatioOf(sides)
  return { ...counts, nominalRatio: nk === null ? null : round2(nk), languages: wordsByLanguage(doc) }
}

/** The counts, LIX and OVIX of the Swedish text, without the nominal ratio. */
export function computeCounts(doc: Summarized): Omit<Metrics, 'nominalRatio' | 'languages'> {
  const counts = lixCounts(doc)
  const types = new Set<string>()
  for (const block of swedishBlocks(doc)) for (const type of block.types) types.add(type)
  return { ...counts, ovix: ovix(counts.words, types.size) }
}

/** Words by language over every block, a block too short to tell counted as Swedish; languages without words are left out. */
export function wordsByLanguage(doc: Summarized): Record<string, number> {
  const words: Record<string, number> = {}
  for (const block of doc.blocks) {
    if (block.words === 0) continue
    const language = block.language ?? 'sv'
    words[language] = (words[language] ?? 0) + block.words
  }
  return words
}

/** The blocks the Swedish measures count: in Swedish, or too short to tell. */
export function swedishBlocks(doc: Summarized): BlockSummary[] {
  return doc.blocks.filter((b) => isSwedish(b.language))
}

/** Words, sentences, long words and LIX of the Swedish text: sums over the blocks, cheap enough for every keystroke. */
export function lixCounts(doc: Summarized): { words: number; sentences: number; longWords: number; lix: number } {
  let words = 0
  let sentences = 0
  let longWords = 0
  for (const block of doc.blocks) {
    if (!isSwedish(block.language)) continue
    words += block.words
    sentences += block.sentences.length
    longWords += block.longWords
  }
  return { words, sentences, longWords, lix: lix(words, sentences, longWords) }
}

/** Words, sentences, long words and LIX of one block (a paragraph in the hover and the report). */
export function blockCounts(block: BlockSummary): { words: number; sentences: number; longWords: number; lix: number } {
  const { words, longWords } = block
  const sentences = block.sentences.length
  return { words, sentences, longWords, lix: lix(words, sentences, longWords) }
}

/** More than six characters, counted as a reader sees them. */
export function isLongWord(word: string): boolean {
  return letterCount(word) > LONG_WORD
}

export function lix(words: number, sentences: number, longWords: number): number {
  if (words === 0 || sentences === 0) return 0
  return round2(words / sentences + (100 * longWords) / words)
}

/** OVIX = log(w) / log(2 − log(u) / log(w)); undefined (null) when every word is unique. */
export function ovix(words: number, unique: number): number | null {
  if (words === 0) return 0
  if (unique >= words) return null
  return round2(Math.log(words) / Math.log(2 - Math.log(unique) / Math.log(words)))
}

/** Length in characters as a reader sees them: code points, not UTF-16 units. */
function letterCount(word: string): number {
  let n = 0
  for (const _ of word) n++
  return n
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}
