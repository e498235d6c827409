import { join } from 'node:path'
import { loadModule } from 'hunspell-asm'
import type { SpellEngine } from './speller'
import { readBytesFromDisk, type ReadBytes } from './read-bytes'
import { AFFIX_FILE, SWEDISH_WORD_LISTS } from './dictionary-location'

/**
 * Loads Hunspell (compiled to WebAssembly) with a dictionary's .aff file and one or more .dic
 * files over it (English: the American and the British word lists share one affix file, and a
 * word is right in either). nspell cannot be used: with dictionary-sv it accepts every string
 * (see issue 3). `label` keeps the files of two dictionaries apart in Hunspell's file system.
 */
export async function loadHunspell(dictionaryDir: string, dics: readonly string[] = SWEDISH_WORD_LISTS, label = 'sv', read: ReadBytes = readBytesFromDisk): Promise<SpellEngine> {
  const [factory, affBytes, ...dicBytes] = await Promise.all([loadModule(), read(join(dictionaryDir, AFFIX_FILE)), ...dics.map((name) => read(join(dictionaryDir, name)))])
  const aff = factory.mountBuffer(affBytes, `${label}.aff`)
  const mounted = dicBytes.map((bytes, i) => factory.mountBuffer(bytes, `${label}-${i}.dic`))
  const hunspell = factory.create(aff, mounted[0])
  for (const extra of mounted.slice(1)) {
    if (!hunspell.addDictionary(extra)) throw new Error(`${dics[mounted.indexOf(extra)]} kunde inte läggas till`)
  }
  return { spell: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) }
}
