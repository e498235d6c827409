import type { SpellingContext } from '../../server/src/spelling/speller'

/** An error made on purpose in a real sentence, and where it stands in the changed sentence. */
export interface Injected {
  text: string
  start: number
  end: number
}

/**
 * Makes one kind of grammar error in correct sentences, to measure a rule's recall (issue 19).
 * One module per rule in this folder; scripts/bench-grammar.ts finds them all.
 */
export interface Injector {
  /** The rule that should find the error. */
  rule: string
  /** What the injector does, for the bench's output ("splits a compound at its joint"). */
  description: string
  /** The sentence with the error made, or undefined when the sentence offers no place for it. */
  inject(sentence: string, spelling: SpellingContext): Injected | undefined
}
