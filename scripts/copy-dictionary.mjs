// Copies the Hunspell dictionaries beside the bundles as separate files (so they can be replaced),
// and refuses files whose hashes differ from the ones recorded in dictionaries/*.md: a new
// dictionary version never slips in unnoticed.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Each dictionary: the record of its hashes, and its package's files with the names they get in dist/. */
const DICTIONARIES = [
  // Swedish (dictionary-sv, LGPL-3.0)
  { record: 'dictionaries/sv-SE.md', target: 'dist/dictionaries/sv-SE', files: [['dictionary-sv', 'index.aff', 'index.aff'], ['dictionary-sv', 'index.dic', 'index.dic'], ['dictionary-sv', 'license', 'LICENSE']] },
  // English: American and British word lists (SCOWL) over one shared affix file; loaded only for English text
  {
    record: 'dictionaries/en.md',
    target: 'dist/dictionaries/en',
    files: [
      ['dictionary-en', 'index.aff', 'index.aff'],
      ['dictionary-en', 'index.dic', 'en-US.dic'],
      ['dictionary-en', 'license', 'LICENSE-en-US'],
      ['dictionary-en-gb', 'index.aff', 'index.aff'],
      ['dictionary-en-gb', 'index.dic', 'en-GB.dic'],
      ['dictionary-en-gb', 'license', 'LICENSE-en-GB'],
    ],
  },
]

export function copyDictionary(root) {
  for (const { record, target, files } of DICTIONARIES) {
    const recorded = readFileSync(join(root, record), 'utf8')
    mkdirSync(join(root, target), { recursive: true })
    for (const [pkg, name, copyAs] of files) {
      const source = join(root, 'node_modules', pkg, name)
      const hash = createHash('sha256').update(readFileSync(source)).digest('hex')
      if (!recorded.includes(`| ${pkg}/${name} | ${hash} |`) && !recorded.includes(`| ${name} | ${hash} |`)) {
        throw new Error(`${pkg}/${name} har kontrollsumman ${hash}, som inte står i ${record}`)
      }
      copyFileSync(source, join(root, target, copyAs))
    }
  }
}
