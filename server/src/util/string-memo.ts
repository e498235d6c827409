import { detachedString } from './detached'

/**
 * Remembers a pure function's answer per string (a word, a paragraph): a text repeats most of its
 * words, so the answer is computed for each distinct one once. Bounded (it starts over when full);
 * keys are detached, so a remembered string never keeps the document it came from alive.
 */
export class StringMemo<V> {
  private readonly answers = new Map<string, V>()

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit = 50_000,
  ) {}

  get(key: string): V {
    let answer = this.answers.get(key)
    if (answer === undefined && !this.answers.has(key)) {
      answer = this.compute(key)
      if (this.answers.size >= this.limit) this.answers.clear()
      this.answers.set(detachedString(key), answer)
    }
    return answer as V
  }
}
