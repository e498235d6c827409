// Compiles which word beginnings and endings Swedish compounds in the Hunspell dictionary
// (npm dictionary-sv, LGPL-3.0) are made of, for the compound analysis in
// server/src/spelling/compounds.ts. Written beside the copied dictionary, as derived data of it.
//
// A "head" is a dictionary word (or the word + a: barn → barna) that begins at least
// MIN_HEAD_COMPOUNDS other dictionary words whose rest is itself a dictionary word
// (smal: smalfilm, smalspårig …). A "tail" is a dictionary word that ends at least
// MIN_TAIL_COMPOUNDS dictionary words after a beginning of three letters or more (år: läsår …).
// The thresholds were chosen by measurement: corpus words the dictionary lacks against
// one-letter typos of the corpus's long words that the analysis would wrongly accept.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const MIN_HEAD_LENGTH = 4
const MIN_PART_LENGTH = 3
const MIN_HEAD_COMPOUNDS = 5
const MIN_TAIL_COMPOUNDS = 3
const LOWER_WORD = /^\p{Ll}+$/u

export function compileCompoundParts(root) {
  const dic = readFileSync(join(root, 'node_modules/dictionary-sv/index.dic'), 'utf8')
  const entries = new Set()
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0]
    if (LOWER_WORD.test(word)) entries.add(word)
  }
  const headCounts = new Map()
  const tailCounts = new Map()
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const word of entries) {
    for (let i = MIN_PART_LENGTH; i <= word.length - MIN_PART_LENGTH + 1; i++) {
      const tail = word.slice(i)
      if (tail.length >= 2 && entries.has(tail)) {
        bump(tailCounts, tail)
        if (tail.length >= MIN_PART_LENGTH) bump(headCounts, word.slice(0, i))
      }
    }
  }
  const isWordForm = (head) => entries.has(head) || (head.endsWith('a') && entries.has(head.slice(0, -1)))
  const heads = [...headCounts].filter(([h, n]) => n >= MIN_HEAD_COMPOUNDS && h.length >= MIN_HEAD_LENGTH && isWordForm(h)).map(([h]) => h)
  const tails = [...tailCounts].filter(([, n]) => n >= MIN_TAIL_COMPOUNDS).map(([t]) => t)
  const out = join(root, 'dist/dictionaries/sv-SE/compound-parts.json')
  writeFileSync(out, JSON.stringify({ heads: heads.sort().join(' '), tails: tails.sort().join(' ') }))
  return { heads: heads.length, tails: tails.length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`compound parts: ${JSON.stringify(compileCompoundParts(join(new URL('.', import.meta.url).pathname, '..')))}`)
}
