import type { SpellingContext } from '../../engine/rule'
import type { Token } from '../../engine/types'
import { startsLowercase } from '../../engine/case'

/** Two words of a sentence that read as one: *be gränsningar* → *begränsningar*. */
export interface Joined {
  first: Token
  second: Token
  word: string
}

/**
 * A word unknown to the dictionary that joins a neighbour into a known word: the writer split it.
 * Only plain whitespace may stand between them (no markup, no punctuation), the second must begin
 * in lowercase (not a name), and only one neighbour may fit, or the reader must choose.
 */
export function joinWithNeighbour(text: string, words: readonly Token[], index: number, env: SpellingContext): Joined | undefined {
  const candidates = [index - 1, index].flatMap((i) => {
    const first = words[i]
    const second = words[i + 1]
    if (!first || !second || !/^\s+$/.test(text.slice(first.end, second.start))) return []
    if (!startsLowercase(second.text) || !/^\p{L}+$/u.test(first.text + second.text)) return []
    const word = first.text + second.text
    return env.speller.correct(word) ? [{ first, second, word }] : []
  })
  return candidates.length === 1 ? candidates[0] : undefined
}
