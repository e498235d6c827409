import { estimateTag } from '../../../server/src/morphology'

/** A word of a sentence with its offsets, its lower case and its rough part of speech. */
export interface Word {
  text: string
  lower: string
  start: number
  end: number
  tag: string
}

/** The words of a sentence (letters, digits, inner hyphens and colons), tagged as the engine tags them. */
export function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(/[\p{L}\d]+(?:[-:][\p{L}\d]+)*/gu)].map((m, i) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    tag: estimateTag(m[0], i === 0),
  }))
}

/** Whether only whitespace stands between two words. */
export function adjacent(sentence: string, a: Word, b: Word): boolean {
  return !/\S/.test(sentence.slice(a.end, b.start))
}

/** The sentence with one word replaced, and where the replacement stands. */
export function replace(sentence: string, w: Word, by: string): { text: string; start: number; end: number } {
  return { text: sentence.slice(0, w.start) + by + sentence.slice(w.end), start: w.start, end: w.start + by.length }
}
