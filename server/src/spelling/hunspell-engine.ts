import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadModule } from 'hunspell-asm'
import type { SpellEngine } from './speller'

/**
 * Loads Hunspell (compiled to WebAssembly) with a dictionary's .aff and .dic files. nspell cannot
 * be used: with dictionary-sv it accepts every string (see issue 3).
 */
export async function loadHunspell(dictionaryDir: string, name = 'index'): Promise<SpellEngine> {
  const factory = await loadModule()
  const aff = factory.mountBuffer(readFileSync(join(dictionaryDir, `${name}.aff`)), 'sv.aff')
  const dic = factory.mountBuffer(readFileSync(join(dictionaryDir, `${name}.dic`)), 'sv.dic')
  const hunspell = factory.create(aff, dic)
  return { spell: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) }
}
