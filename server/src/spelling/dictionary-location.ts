import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Where the build puts the Swedish Hunspell dictionary, next to the bundles in dist/. */
export const DICTIONARY_SUBDIR = 'dictionaries/sv-SE'

/**
 * Finds the dictionary folder: beside the running bundle (dist/), or, when running from the
 * sources (tests, bench), in the built dist/ of the repository.
 */
export function dictionaryDir(): string | undefined {
  const candidates = [join(__dirname, DICTIONARY_SUBDIR), join(__dirname, '../../../dist', DICTIONARY_SUBDIR)]
  return candidates.find((dir) => existsSync(join(dir, 'index.aff')))
}
