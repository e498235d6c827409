import { detachedString } from './detached'

/**
 * Remembers a pure function's answer per word: a text repeats most of its words, so the answer is
 * computed for each distinct word once. Bounded (it starts over when full); keys are detached, so a
 * remembered word never keeps the document it came from alive.
 */
export class WordMemo<V> {
  private readonly answers = new Map<string, V>()

  constructor(
    private readonly compute: (word: string) => V,
    private readonly limit = 50_000,
  ) {}

  get(word: string): V {
    let answer = this.answers.get(word)
    if (answer === undefined && !this.answers.has(word)) {
      answer = this.compute(word)
      if (this.answers.size >= this.limit) this.answers.clear()
      this.answers.set(detachedString(word), answer)
    }
    return answer as V
  }
}
