/**
 * Development script: records Debian Hunspell's verdicts (hunspell + hunspell-sv, sv_SE) for the
 * words of the public-domain texts in ../shared/corpus (laws and the Stockholm statement) and for
 * one-letter misspellings of their long words, into test-fixtures/spelling/debian-hunspell-sv.tsv.
 * The agreement test compares our engine with these verdicts without needing Debian's Hunspell.
 *
 *   apt-get install hunspell hunspell-sv && node --import tsx scripts/record-hunspell-verdicts.ts
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyse } from '../server/src/engine/analyse'
import { injectTypo, seededRandom } from './typos'

const ROOT = join(__dirname, '..')
const CORPUS = process.env.KLARSPRAK_CORPUS ?? join(ROOT, '../shared/corpus')
const PUBLIC_DOMAIN = /^(sfs-|remiss-)/

const words = new Set<string>()
for (const file of readdirSync(CORPUS).filter((f) => PUBLIC_DOMAIN.test(f) && f.endsWith('.txt')).sort()) {
  const doc = analyse(readFileSync(join(CORPUS, file), 'utf8'), 'plaintext')
  for (const b of doc.blocks) for (const s of b.sentences) for (const w of s.words) if (/^\p{L}[\p{L}-]*$/u.test(w.text)) words.add(w.text)
}
const next = seededRandom(3)
const typos = new Set<string>()
for (const w of [...words].filter((x) => x.length >= 8).sort()) typos.add(injectTypo(w, next))
for (const w of words) typos.delete(w)

const all = [...words, ...typos].sort()
const unknown = new Set(execFileSync('hunspell', ['-d', 'sv_SE', '-l'], { input: all.join('\n'), encoding: 'utf8' }).split('\n').filter(Boolean))
const version = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'hunspell-sv'], { encoding: 'utf8' })
const lines = [
  `# Debian hunspell-sv ${version} (sv_SE) verdicts; words from public-domain texts in shared/corpus and one-letter misspellings of their long words.`,
  '# word\tverdict\tkind',
  ...all.map((w) => `${w}\t${unknown.has(w) ? 'wrong' : 'right'}\t${words.has(w) ? 'corpus' : 'typo'}`),
]
writeFileSync(join(ROOT, 'test-fixtures/spelling/debian-hunspell-sv.tsv'), lines.join('\n') + '\n')
console.log(`${all.length} words, ${unknown.size} unknown to Debian's Hunspell`)
