import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadModule } from 'hunspell-asm'
import type { SpellEngine } from './speller'

/**
 * Loads Hunspell (compiled to WebAssembly) with a dictionary's .aff file and one or more .dic
 * files over it (English: the American and the British word lists share one affix file, and a
 * word is right in either). nspell cannot be used: with dictionary-sv it accepts every string
 * (see issue 3). `label` keeps the files of two dictionaries apart in Hunspell's file system.
 */
export async function loadHunspell(dictionaryDir: string, dics: readonly string[] = ['index.dic'], label = 'sv'): Promise<SpellEngine> {
  const factory = await loadModule()
  const aff = factory.mountBuffer(readFileSync(join(dictionaryDir, 'index.aff')), `${label}.aff`)
  const mounted = dics.map((name, i) => factory.mountBuffer(readFileSync(join(dictionaryDir, name)), `${label}-${i}.dic`))
  const hunspell = factory.create(aff, mounted[0])
  for (const extra of mounted.slice(1)) {
    if (!hunspell.addDictionary(extra)) throw new Error(`${dics[mounted.indexOf(extra)]} kunde inte läggas till`)
  }
  return { spell: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) }
}
