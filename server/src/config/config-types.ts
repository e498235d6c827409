import type { TermSetting } from '../engine/rule'

export type { TermSetting }

/** Something wrong in a configuration file, with where it is (UTF-16 offsets into the file). */
export interface ConfigProblem {
  path: string
  message: string
  offset: number
  length: number
}

/** Settings for the files matching `files` (globs relative to the configuration file). */
export interface OverrideSetting {
  files: string[]
  /** Built-in presets (klarsprak:lattlast) for these files: they rank as a document's own preset (see resolve-config.ts). */
  extends: string[]
  rules: Record<string, unknown>
  words: string[]
  terms: TermSetting[]
  acronyms: string[]
}

/** One configuration file or preset, as read: the unit that `extends` chains. */
export interface ConfigLayer {
  /** The file's path, or a preset's name (klarsprak:standard). */
  source: string
  /** The folder globs and relative paths are resolved against. */
  dir: string
  extends: Array<{ name: string; offset: number; length: number }>
  rules: Record<string, unknown>
  words: string[]
  terms: TermSetting[]
  /** Acronyms the team's readers know (SBK, KS): the acronym rule does not ask for them to be written out. */
  acronyms: string[]
  ignore: string[]
  overrides: OverrideSetting[]
}

/** A value of the resolved configuration with the layer it came from. */
export interface Sourced<T> {
  value: T
  source: string
}
