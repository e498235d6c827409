import { relative } from 'node:path'
import { globMatch } from './glob'
import type { ConfigLayer, ConfigProblem, Sourced, TermSetting } from './config-types'
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
}

export interface UserSettings {
  rules?: Record<string, unknown>
  words?: string[]
}

/**
 * Layers, lowest first: built-in defaults < user settings < the configuration file and what it
 * extends (extended first) < the overrides whose `files` match. Lists are concatenated; rules are
 * merged key by key, so a later layer changes only the rules it names.
 */
export function resolveConfig(documentPath: string | undefined, layers: ConfigLayer[], user: UserSettings = {}, problems: ConfigProblem[] = []): EffectiveConfig {
  const config: EffectiveConfig = { rules: {}, words: [], terms: [], acronyms: [], ignored: false, problems }
  const apply = (source: string, rules: Record<string, unknown>, words: string[], terms: TermSetting[], acronyms: string[]) => {
    for (const [id, value] of Object.entries(rules)) config.rules[id] = { value, source }
    for (const value of words) config.words.push({ value, source })
    for (const value of terms) config.terms.push({ value, source })
    for (const value of acronyms) config.acronyms.push({ value, source })
  }
  apply(USER_SOURCE, user.rules ?? {}, user.words ?? [], [], [])
  for (const layer of layers) {
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
  if (documentPath) {
    for (const layer of layers) {
      if (!layer.dir) continue
      const rel = toGlobPath(relative(layer.dir, documentPath))
      layer.overrides.forEach((o, i) => {
        if (o.files.some((glob) => matches(glob, rel))) apply(`${layer.source} (overrides[${i}])`, o.rules, o.words, o.terms, o.acronyms)
      })
    }
  }
  return config
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
