import { relative } from 'node:path'
import { globMatch } from './glob'
import type { ConfigLayer, ConfigProblem, OverrideSetting, Sourced, TermSetting } from './config-types'
import { PRESETS } from './presets'
import { resolveRules, type ActiveRule } from '../rules/rule-settings'

export const DEFAULTS_SOURCE = 'standard'
export const USER_SOURCE = 'användarinställningar (klarsprak.*)'

/** The configuration that applies to one document, every value with where it came from. */
export interface EffectiveConfig {
  rules: Record<string, Sourced<unknown>>
  words: Array<Sourced<string>>
  terms: Array<Sourced<TermSetting>>
  acronyms: Array<Sourced<string>>
  /** True when an `ignore` glob matches the document: it is not checked. */
  ignored: boolean
  ignoredBy?: string
  problems: ConfigProblem[]
  /** The preset the document is checked by and what chose it (a file's `extends`, an override, front matter). */
  profile?: { name: string; chosenBy: string }
}

export interface UserSettings {
  rules?: Record<string, unknown>
  words?: string[]
}

/**
 * Layers, lowest first: built-in defaults < user settings < the configuration file and what it
 * extends (extended first) < the overrides whose `files` match. Lists are concatenated; rules are
 * merged key by key, so a later layer changes only the rules it names.
 *
 * A preset the document chooses for itself (`frontMatter`, from `klarsprak: lattlast`, or an
 * override's `extends`; front matter wins) ranks above defaults, user settings and extended
 * presets, but never above what a team's file says: a rule a configuration file sets keeps the
 * team's setting, and the overrides' own rules still come last.
 */
export function resolveConfig(documentPath: string | undefined, layers: ConfigLayer[], user: UserSettings = {}, problems: ConfigProblem[] = [], frontMatter?: string): EffectiveConfig {
  const config: EffectiveConfig = { rules: {}, words: [], terms: [], acronyms: [], ignored: false, problems }
  const apply = (source: string, rules: Record<string, unknown>, words: string[], terms: TermSetting[], acronyms: string[]) => {
    for (const [id, value] of Object.entries(rules)) config.rules[id] = { value: withOptionsKept(config.rules[id]?.value, value), source }
    for (const value of words) config.words.push({ value, source })
    for (const value of terms) config.terms.push({ value, source })
    for (const value of acronyms) config.acronyms.push({ value, source })
  }
  apply(USER_SOURCE, user.rules ?? {}, user.words ?? [], [], [])
  for (const layer of layers) {
    if (PRESETS[layer.source]) config.profile = { name: layer.source, chosenBy: 'extends' }
    apply(layer.source, layer.rules, layer.words, layer.terms, layer.acronyms)
    if (documentPath && layer.dir) {
      const rel = toGlobPath(relative(layer.dir, documentPath))
      const hit = layer.ignore.find((glob) => matches(glob, rel))
      if (hit) {
        config.ignored = true
        config.ignoredBy = `${layer.source}: ignore ”${hit}”`
      }
    }
  }
  const matching: Array<{ source: string; o: OverrideSetting }> = []
  if (documentPath) {
    for (const layer of layers) {
      if (!layer.dir) continue
      const rel = toGlobPath(relative(layer.dir, documentPath))
      layer.overrides.forEach((o, i) => {
        if (o.files.some((glob) => matches(glob, rel))) matching.push({ source: `${layer.source} (overrides[${i}])`, o })
      })
    }
  }
  const chosen = [...matching.flatMap(({ source, o }) => o.extends.map((name) => ({ name, chosenBy: source }))), ...(frontMatter ? [{ name: frontMatter, chosenBy: 'dokumentets front matter' }] : [])]
  for (const { name, chosenBy } of chosen) {
    const preset = PRESETS[name]
    if (!preset) continue
    config.profile = { name, chosenBy }
    for (const [id, value] of Object.entries(preset.rules)) {
      const team = config.rules[id]
      if (!setByTeamFile(team?.source)) config.rules[id] = { value, source: `${name} (${chosenBy})` }
      // a team that set only a severity keeps it, with the preset's limits (long-sentence: 15 words)
      else config.rules[id] = { value: withOptionsKept(value, team.value), source: team.source }
    }
  }
  for (const { source, o } of matching) apply(source, o.rules, o.words, o.terms, o.acronyms)
  return config
}

/**
 * A later setting that names only a severity ("warning") changes the severity and keeps the options
 * an earlier one gave (["info", {maxWords: 15}] -> ["warning", {maxWords: 15}]); "off", or a setting
 * with options of its own, replaces it.
 */
function withOptionsKept(earlier: unknown, later: unknown): unknown {
  if (typeof later !== 'string' || later === 'off' || !Array.isArray(earlier) || earlier.length < 2) return later
  return [later, earlier[1]]
}

/** A rule's value came from a team's configuration file (not the defaults, user settings or a preset). */
function setByTeamFile(source: string | undefined): boolean {
  return source !== undefined && source !== USER_SOURCE && !source.startsWith('klarsprak:')
}

/** The rules to run for a resolved configuration. */
export function activeRules(config: EffectiveConfig): ActiveRule[] {
  return resolveRules(Object.fromEntries(Object.entries(config.rules).map(([id, s]) => [id, s.value]))).rules
}

function toGlobPath(path: string): string {
  return path.split('\\').join('/')
}

/**
 * gitignore-like: a pattern without a slash matches at any depth (*.en.md, utkast), one with a
 * slash from the configuration file's folder, and a folder matches everything inside it.
 */
function matches(glob: string, path: string): boolean {
  if (path.startsWith('..')) return false
  const pattern = glob.includes('/') ? glob.replace(/^\.?\//, '') : `**/${glob}`
  return globMatch(pattern, path) || globMatch(`${pattern.replace(/\/$/, '')}/**`, path)
}
