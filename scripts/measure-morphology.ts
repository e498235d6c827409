// Measures the morphology against the UD Swedish-Talbanken gold (dev): precision and recall of
// isSPassive on tokens, and the error of the estimated nominal ratio per document.
// Run: node --import tsx scripts/measure-morphology.ts [file.conllu]
import { readFileSync } from 'node:fs'
import { isSPassive, nominalRatio, estimateNominalRatio } from '../server/src/morphology'

const file = process.argv[2] ?? '/work/shared/corpus/sv_talbanken-ud-dev.conllu'

interface Token { form: string; tag: string; xpos: string; passive: boolean }
interface Doc { id: string; sentences: Token[][] }

function readConllu(path: string): Doc[] {
  const docs: Doc[] = []
  let sentence: Token[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const doc = /^# newdoc id = (\S+)/.exec(line)
    if (doc) docs.push({ id: doc[1], sentences: [] })
    if (line.trim() === '' && sentence.length) {
      docs.at(-1)!.sentences.push(sentence)
      sentence = []
    }
    const cols = line.split('\t')
    if (cols.length !== 10 || !/^\d+$/.test(cols[0])) continue
    const tag = cols[4].split('|')[0]
    sentence.push({ form: cols[1], tag, xpos: cols[4], passive: tag === 'VB' && cols[5].includes('Voice=Pass') })
  }
  if (sentence.length) docs.at(-1)!.sentences.push(sentence)
  return docs
}

const PUNCTUATION = new Set(['MAD', 'MID', 'PAD'])
const docs = readConllu(file)
let tp = 0, fp = 0, fn = 0
const falsePositives: string[] = []
const falseNegatives: string[] = []
for (const doc of docs) {
  for (const s of doc.sentences) {
    s.forEach((t, i) => {
      const flagged = isSPassive(t.form, { previous: s[i - 1]?.form }) !== undefined
      if (flagged && t.passive) tp++
      else if (flagged) { fp++; falsePositives.push(`${t.form} (${t.xpos})`) }
      else if (t.passive) { fn++; falseNegatives.push(t.form) }
    })
  }
}
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`
console.log(`isSPassive on ${file}`)
console.log(`  gold passives ${tp + fn}, flagged ${tp + fp}: precision ${pct(tp / (tp + fp))}, recall ${pct(tp / (tp + fn))}`)
console.log(`  false positives: ${falsePositives.join(', ') || '-'}`)
console.log(`  missed: ${falseNegatives.join(', ') || '-'}`)

console.log('\nNominal ratio per document (gold: Sparv formula on gold XPOS; estimate: gold words, estimated tags)')
let sum = 0
let worst = { id: '', error: -1 }
let tagged = 0, correct = 0
for (const doc of docs) {
  const gold = nominalRatio(doc.sentences.flat().map((t) => t.tag))
  const words = doc.sentences.map((s) => s.filter((t) => !PUNCTUATION.has(t.tag)).map((t) => t.form))
  const estimate = estimateNominalRatio(words) ?? NaN
  const error = Math.abs(estimate - gold)
  sum += error
  if (error > worst.error) worst = { id: doc.id, error }
  console.log(`  ${doc.id}: gold ${gold.toFixed(2)}, estimate ${estimate.toFixed(2)}, error ${error.toFixed(2)}`)
}
console.log(`  mean absolute error ${(sum / docs.length).toFixed(3)} over ${docs.length} documents; worst ${worst.id} (${worst.error.toFixed(2)})`)
void tagged; void correct
