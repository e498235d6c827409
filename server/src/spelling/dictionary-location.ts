import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Where the build puts the Swedish Hunspell dictionary, next to the bundles in dist/. */
export const DICTIONARY_SUBDIR = 'dictionaries/sv-SE'
/** Where the build puts the English word lists (American and British, one affix file). */
export const ENGLISH_DICTIONARY_SUBDIR = 'dictionaries/en'

/** The files of a dictionary folder, as scripts/copy-dictionary.mjs and compile-compound-parts.mjs name them. */
export const AFFIX_FILE = 'index.aff'
export const SWEDISH_WORD_LISTS = ['index.dic']
export const ENGLISH_WORD_LISTS = ['en-US.dic', 'en-GB.dic']
/** Beside the Swedish dictionary: the beginnings and endings of its compounds. */
export const COMPOUND_PARTS_FILE = 'compound-parts.json'

/**
 * Finds a dictionary folder: beside the running bundle (dist/), or, when running from the
 * sources (tests, bench), in the built dist/ of the repository.
 */
export function dictionaryDir(subdir = DICTIONARY_SUBDIR): string | undefined {
  const candidates = [join(__dirname, subdir), join(__dirname, '../../../dist', subdir)]
  return candidates.find((dir) => existsSync(join(dir, AFFIX_FILE)))
}
