// Measures the passive-voice rule: findings per 1,000 words on the shared corpus (by severity), and
// the bli-passive detection against the UD Swedish-Talbanken gold (aux:pass with lemma bli, or a
// VerbForm=Part word right after a form of bli, adverbs allowed between).
// Run: node --import tsx scripts/measure-passive.ts [corpus-dir]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import { findBliPassive } from '../server/src/morphology'

const dir = process.argv[2] ?? '/work/shared/corpus'
const { rules } = resolveRules({})
const passive = rules.filter((r) => r.rule.id === 'passive-voice')

let words = 0
const bySeverity = new Map<string, number>()
const samples: string[] = []
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.startsWith('LICENSE')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8')
  const result = checkText(text, 'plaintext', { rules: passive })
  words += result.metrics.words
  for (const f of result.findings) {
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1)
    if (process.env.SHOW) samples.push(`${name}\t${f.severity}\t${f.actual}\t${f.message}`)
  }
}
const total = [...bySeverity.values()].reduce((a, b) => a + b, 0)
console.log(`passive-voice on ${dir}: ${words} words, ${total} findings, ${((1000 * total) / words).toFixed(1)} per 1,000 words`)
for (const [severity, n] of bySeverity) console.log(`  ${severity}: ${n} (${((1000 * n) / words).toFixed(1)} per 1,000 words)`)
if (process.env.SHOW) console.log(samples.join('\n'))

// bli-passives on Talbanken
interface Tok { form: string; lemma: string; upos: string; feats: string; head: number; deprel: string }
const BLI = new Set(['bli', 'bliva'])
let tp = 0, fp = 0, fn = 0
const misses: string[] = [], wrong: string[] = []
let sentence: Tok[] = []
const flush = (): void => {
  if (!sentence.length) return
  const gold = new Set<number>()
  sentence.forEach((t, i) => {
    // aux:pass bli: the participle is its head
    if (BLI.has(t.lemma) && t.deprel === 'aux:pass') gold.add(t.head - 1)
    if (BLI.has(t.lemma) && t.upos !== 'NOUN') {
      let j = i + 1
      while (j < sentence.length && sentence[j].upos === 'ADV') j++
      if (j < sentence.length && sentence[j].feats.includes('VerbForm=Part') && !sentence[j].feats.includes('Tense=Pres')) gold.add(j)
    }
  })
  const found = new Set(findBliPassive(sentence.map((t) => t.form)).map((m) => m.participle))
  for (const i of found) {
    if (gold.has(i)) tp++
    else { fp++; wrong.push(sentence.map((t, k) => (k === i ? `[${t.form}]` : t.form)).join(' ')) }
  }
  for (const i of gold) if (!found.has(i)) { fn++; misses.push(sentence.map((t, k) => (k === i ? `[${t.form}]` : t.form)).join(' ')) }
  sentence = []
}
for (const line of readFileSync(join(dir, 'sv_talbanken-ud-dev.conllu'), 'utf8').split('\n')) {
  if (line.trim() === '') { flush(); continue }
  const c = line.split('\t')
  if (c.length !== 10 || !/^\d+$/.test(c[0])) continue
  sentence.push({ form: c[1], lemma: c[2], upos: c[3], feats: c[5], head: Number(c[6]), deprel: c[7] })
}
flush()
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`
console.log(`\nbli-passives on Talbanken dev: gold ${tp + fn}, found ${tp + fp}, precision ${pct(tp / (tp + fp))}, recall ${pct(tp / (tp + fn))}`)
console.log(`  false positives:\n    ${wrong.join('\n    ') || '-'}`)
console.log(`  missed:\n    ${misses.join('\n    ') || '-'}`)
