import type { ConfigLayer } from './config-types'

const preset = (source: string, rules: Record<string, unknown>): ConfigLayer => ({
  source,
  dir: '',
  extends: [],
  rules,
  words: [],
  terms: [],
  ignore: [],
  overrides: [],
})

/**
 * Built-in presets a configuration can extend. `standard` is the defaults; `strikt` raises the
 * plain-language rules for texts that must be exemplary; `lattlast` is for easy-to-read Swedish
 * (lättläst), with far shorter sentences and a low LIX target, after MTM's advice to write short
 * sentences with common words (mtm.se, Lättläst); the exact figures are this project's choice.
 */
export const PRESETS: Record<string, ConfigLayer> = {
  'klarsprak:standard': preset('klarsprak:standard', {}),
  'klarsprak:strikt': preset('klarsprak:strikt', {
    'plain-words': 'warning',
    nominalization: 'warning',
    abbreviation: 'warning',
    'passive-voice': 'info',
    'generic-man': 'info',
    'long-sentence': ['warning', { max: 20 }],
    readability: ['warning', { target: 40, minWords: 100 }],
  }),
  'klarsprak:lattlast': preset('klarsprak:lattlast', {
    'plain-words': 'warning',
    nominalization: 'warning',
    abbreviation: 'warning',
    'passive-voice': 'warning',
    'generic-man': 'info',
    'long-sentence': ['warning', { max: 15 }],
    readability: ['warning', { target: 30, minWords: 50 }],
  }),
}
