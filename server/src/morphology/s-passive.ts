import { getLexicon } from './lexicon'
import { CLOSED_CLASS } from './closed-class'

/** Verb particles and prefixes that form compound verbs the dictionary may not list (utskickas). */
export const PREFIXES = [
  'an', 'av', 'bakom', 'bi', 'bort', 'efter', 'emot', 'fast', 'fram', 'från', 'för', 'före', 'genom', 'hem',
  'in', 'med', 'mot', 'ned', 'ner', 'om', 'på', 'sam', 'sönder', 'till', 'tillbaka', 'undan', 'under', 'upp',
  'ut', 'vid', 'åter', 'över',
]

/** Plural subjects that make a reciprocal verb reciprocal: vi ses, de träffas. */
const PLURAL_SUBJECTS = new Set(['vi', 'ni', 'de', 'dom'])

export interface SPassive {
  /** The active form of the same tense: skickas -> skickar, beslutades -> beslutade, beretts -> berett. */
  active: string
}

export interface SPassiveContext {
  /** The word before, if any; decides reciprocal uses such as `vi ses`. */
  previous?: string
}

function lookup(word: string): SPassive | undefined {
  const lex = getLexicon()
  if (lex.deponents.has(word)) return undefined
  const form = lex.verbs.get(word)
  if (form?.kind === 'passive') return { active: form.active! }
  if (form) return undefined
  for (const prefix of PREFIXES) {
    if (word.length - prefix.length < 3 || !word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    if (lex.deponents.has(rest) || lex.reciprocals.has(rest)) continue
    const inner = lex.verbs.get(rest)
    if (inner?.kind === 'passive') return { active: prefix + inner.active! }
  }
  return undefined
}

/**
 * Whether `word` is an s-passive verb form (skickas, beslutades, beretts, ses, läses) and, if so,
 * its active counterpart. Deponents (finns, hoppas), middle uses (känns, tycks), genitives
 * (stadens, Anders), nouns in -s (kurs, process) and other word classes give `undefined`.
 * Reciprocal verbs (ses, träffas) count as passive unless `context.previous` is vi/ni/de/dom.
 */
export function isSPassive(word: string, context: SPassiveContext = {}): SPassive | undefined {
  const lower = word.toLowerCase()
  if (lower.length < 3 || !lower.endsWith('s') || CLOSED_CLASS.has(lower)) return undefined
  const lex = getLexicon()
  if (lex.reciprocals.has(lower) && context.previous !== undefined && PLURAL_SUBJECTS.has(context.previous.toLowerCase())) return undefined
  return lookup(lower)
}
