/**
 * The rule settings of the built-in presets a configuration can extend. `standard` is the
 * defaults; `strikt` raises the plain-language rules for texts that must be exemplary; `lattlast`
 * is for easy-to-read Swedish (lättläst), with far shorter sentences and a low LIX target, after
 * MTM's advice to write short sentences with common words (mtm.se, Lättläst); the shorter
 * paragraphs and the exact figures are this project's choice. They live beside the rule
 * registry: they name its rules and options.
 */
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
  'klarsprak:lattlast': {
    'plain-words': 'warning',
    buzzword: 'info',
    anglicism: 'warning',
    nominalization: 'warning',
    abbreviation: 'warning',
    acronym: 'info',
    'passive-voice': 'warning',
    'generic-man': 'info',
    'long-sentence': ['warning', { max: 15 }],
    'long-word': ['info', { maxLetters: 14 }],
    'long-paragraph': ['info', { maxWords: 50 }],
    readability: ['warning', { target: 30, minWords: 50 }],
  },
}
