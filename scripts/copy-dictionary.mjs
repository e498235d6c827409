// Copies the Swedish Hunspell dictionary (dictionary-sv, LGPL-3.0) beside the bundles as separate
// files, and refuses files whose hashes differ from the ones recorded in dictionaries/sv-SE.md.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const FILES = { 'index.aff': 'index.aff', 'index.dic': 'index.dic', license: 'LICENSE' }

export function copyDictionary(root) {
  const recorded = readFileSync(join(root, 'dictionaries/sv-SE.md'), 'utf8')
  const source = join(root, 'node_modules/dictionary-sv')
  const target = join(root, 'dist/dictionaries/sv-SE')
  mkdirSync(target, { recursive: true })
  for (const [name, copyAs] of Object.entries(FILES)) {
    const bytes = readFileSync(join(source, name))
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (!recorded.includes(`| ${name} | ${hash} |`)) {
      throw new Error(`dictionary-sv/${name} har kontrollsumman ${hash}, som inte står i dictionaries/sv-SE.md`)
    }
    copyFileSync(join(source, name), join(target, copyAs))
  }
  return target
}
