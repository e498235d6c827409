/**
 * The rule settings of the built-in presets a configuration can extend. `standard` is the
 * defaults; `strikt` raises the plain-language rules for texts that must be exemplary; `lattlast`
 * is the profile for easy-to-read Swedish (lättläst), see LATTLAST below. They live beside the
 * rule registry: they name its rules and options.
 */
export const LATTLAST = 'klarsprak:lattlast'

/**
 * Lättläst: the rules a lättläst text must pass are raised to warnings, and the limits are lower.
 * What the advice says (read on the pages in LATTLAST_SOURCES): short, simple, everyday words,
 * compounds split where they can be, and a harder word explained where it stands; active clauses
 * rather than passive; concrete words rather than abstract ones; no inserted clauses (LL-Förlaget,
 * part of MTM); concrete words, explained technical words and active verbs, because for a reader
 * with a cognitive disability the choice of words can decide whether they can read the text at all
 * (Isof, Klarspråkshjälpen); readers who may find it hard to decode a text (MTM). None of these
 * pages gives a number: the LIX target 30, 15 words a sentence, 14 letters a word and 50 words a
 * paragraph are this project's choice, and so is counting abbreviations, acronyms and number
 * formats among what a reader who decodes slowly must not meet unexplained.
 */
const LATTLAST_RULES: Record<string, unknown> = {
  'plain-words': 'warning',
  buzzword: 'info',
  anglicism: 'warning',
  'generic-man': 'info',
  // the rules a lättläst text must pass: info (or hint) by default, warnings here
  'passive-voice': 'warning',
  abbreviation: 'warning',
  nominalization: 'warning',
  jargon: 'warning',
  acronym: 'warning',
  'number-format': 'warning',
  // the limits: this project's numbers, not the sources'
  'long-sentence': ['warning', { max: 15 }],
  'long-word': ['warning', { maxLetters: 14 }],
  'long-paragraph': ['info', { maxWords: 50 }],
  readability: ['warning', { target: 30, minWords: 50 }],
}

/** The rules whose warnings say that a document does not meet the lättläst profile (the report's verdict). */
export const LATTLAST_RAISED = ['passive-voice', 'abbreviation', 'nominalization', 'jargon', 'acronym', 'number-format', 'long-word'] as const

/** Where the lättläst profile's advice comes from: pages read when the profile was written. */
export const LATTLAST_SOURCES = [
  { title: 'MTM: Så skriver du lättläst samhällsinformation', url: 'https://www.mtm.se/vagledning-och-lektioner/att-skriva-lattlast/sa-skriver-du-lattlast-samhallsinformation/' },
  { title: 'LL-Förlaget (MTM): Att skriva lättläst', url: 'https://ll-forlaget.se/om-lattlast/att-skriva-lattlast/' },
  { title: 'Isof, Klarspråkshjälpen: Använd ord som läsarna förstår', url: 'https://www.isof.se/stod-och-sprakrad/spraktjanster/klarsprakshjalpen/skriv-klarsprak/anvand-ord-som-lasarna-forstar' },
] as const

export const PRESET_RULES: Record<string, Record<string, unknown>> = {
  'klarsprak:standard': {},
  'klarsprak:strikt': {
    'plain-words': 'warning',
    buzzword: 'info',
    anglicism: 'warning',
    nominalization: 'warning',
    abbreviation: 'warning',
    acronym: 'info',
    'passive-voice': 'info',
    'generic-man': 'info',
    'long-sentence': ['warning', { max: 20 }],
    'long-word': 'info',
    readability: ['warning', { target: 40, minWords: 100 }],
  },
  [LATTLAST]: LATTLAST_RULES,
}
