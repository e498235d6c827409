import type { ConfigLayer } from './config-types'
import { PRESET_RULES } from '../rules/presets'

/** The built-in presets (rules/presets.ts) as configuration layers that `extends` can name. */
export const PRESETS: Record<string, ConfigLayer> = Object.fromEntries(
  Object.entries(PRESET_RULES).map(([source, rules]) => [source, { source, dir: '', extends: [], rules, words: [], terms: [], acronyms: [], ignore: [], overrides: [] }]),
)
