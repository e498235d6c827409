import { hasEnglish } from '../engine/language'
import type { BlockSummary, Finding } from '../engine/types'

/** A word Swedish spelling flagged that could be English: Latin letters only. */
const COULD_BE_ENGLISH = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/

/**
 * True when a checked document needs the English word lists: it has an English block, or Swedish
 * spelling flagged words that may belong to an English title in a Swedish sentence (Recycling
 * made easy), which the English dictionary can tell from typos. Swedish text without either never
 * loads them.
 */
export function needsEnglish(findings: readonly Finding[], blocks: readonly BlockSummary[]): boolean {
  return hasEnglish(blocks) || findings.some((f) => f.ruleId === 'spelling' && COULD_BE_ENGLISH.test(f.actual))
}
