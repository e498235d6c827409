import { dirname, resolve } from 'node:path'
import { findConfigFile } from './team-config'
import { ConfigFileCache, loadConfig } from './load-config'
import { activeRules, resolveConfig, type EffectiveConfig, type UserSettings } from './resolve-config'
import type { ActiveRule } from '../rules/rule-settings'
import type { ConfigProblem, TermSetting } from './config-types'

/** What a check of one document needs from the configuration, resolved once and remembered. */
export interface DocumentConfig {
  configPath?: string
  effective: EffectiveConfig
  rules: ActiveRule[]
  words: string[]
  terms: TermSetting[]
  acronyms: string[]
}

/**
 * Resolves the configuration for documents: the nearest `.klarsprak.json` (up to the workspace
 * folder or repository root), what it extends, user settings and overrides. Results are kept per
 * document until `clear()`, so a keystroke does not re-read anything; the CLI and the language
 * server share this class, so they read a configuration the same way.
 */
export class DocumentConfigs {
  private readonly files = new ConfigFileCache()
  private readonly byDocument = new Map<string, DocumentConfig>()
  trusted = true
  user: UserSettings = {}
  /** Changes whenever a configuration is resolved anew or forgotten, so callers can skip unchanged work. */
  generation = 0

  /**
   * `documentPath` undefined: an unsaved document, which gets defaults and user settings only.
   * `frontMatter`: the preset the document chooses itself (config/document-preset.ts).
   */
  forDocument(documentPath: string | undefined, stopAt?: string, frontMatter?: string): DocumentConfig {
    const key = `${documentPath ?? ''}\0${frontMatter ?? ''}`
    const cached = this.byDocument.get(key)
    if (cached) return cached
    const configPath = documentPath ? findConfigFile(dirname(resolve(documentPath)), stopAt) : undefined
    const loaded = configPath ? loadConfig(configPath, { trusted: this.trusted, files: this.files }) : { layers: [], problems: [] }
    const effective = resolveConfig(documentPath ? resolve(documentPath) : undefined, loaded.layers, this.user, loaded.problems, frontMatter)
    const result: DocumentConfig = {
      configPath,
      effective,
      rules: activeRules(effective),
      words: effective.words.map((w) => w.value),
      terms: effective.terms.map((t) => t.value),
      acronyms: effective.acronyms.map((a) => a.value),
    }
    this.byDocument.set(key, result)
    this.generation++
    return result
  }

  /** Every problem of every configuration file read so far, by file. */
  problemsByFile(): Map<string, ConfigProblem[]> {
    const out = new Map<string, ConfigProblem[]>()
    for (const config of this.byDocument.values()) {
      for (const p of config.effective.problems) {
        const list = out.get(p.path) ?? []
        if (!list.some((q) => q.offset === p.offset && q.message === p.message)) list.push(p)
        out.set(p.path, list)
      }
    }
    return out
  }

  /** Forgets one document's resolved configuration (it was closed). */
  forget(documentPath: string | undefined): void {
    const prefix = `${documentPath ?? ''}\0`
    for (const key of [...this.byDocument.keys()]) {
      if (key.startsWith(prefix) && this.byDocument.delete(key)) this.generation++
    }
  }

  /** Forgets resolved results; files are re-read when they change on disk. */
  clear(): void {
    this.byDocument.clear()
    this.generation++
  }
}
