import type { Rule } from './rule'
import { plainWords } from './plain-words'
import { longSentence } from './long-sentence'
import { spelling } from './spelling'
import { abbreviation } from './abbreviation'

/** Every rule the engine knows, in the order their findings are reported. */
export const RULES: readonly Rule<any>[] = [spelling, plainWords, abbreviation, longSentence]

export function ruleById(id: string): Rule<any> | undefined {
  return RULES.find((r) => r.id === id)
}
