/**
 * The readability part of `npm run bench`: words, sentences and LIX of the Talbanken documents in the
 * corpus as the engine counts them, against the same figures from the gold annotation
 * (sv_talbanken-ud-dev.conllu: gold sentences, tokens without SUC punctuation tags MAD/MID/PAD).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyse } from '../server/src/engine/analyse'
import { summarize } from '../server/src/engine/summary'
import { computeMetrics, lix } from '../server/src/engine/metrics'

interface Counts {
  words: number
  sentences: number
  longWords: number
}

/** Per document (newdoc id): Sparv's counts from the gold tokens and sentences. */
export function goldCounts(conllu: string): Map<string, Counts> {
  const docs = new Map<string, Counts>()
  let current: Counts | undefined
  for (const line of conllu.split('\n')) {
    const doc = /^# newdoc id = (\S+)/.exec(line)
    if (doc) {
      current = { words: 0, sentences: 0, longWords: 0 }
      docs.set(doc[1], current)
      continue
    }
    if (!current || line === '' || line.startsWith('#')) continue
    const cols = line.split('\t')
    if (!/^\d+$/.test(cols[0])) continue // multiword ranges and empty nodes
    if (cols[0] === '1') current.sentences++
    if (/^(MAD|MID|PAD)/.test(cols[4])) continue
    current.words++
    if ([...cols[1]].length > 6) current.longWords++
  }
  return docs
}

export function benchReadability(corpus: string): void {
  const conllu = join(corpus, 'sv_talbanken-ud-dev.conllu')
  if (!existsSync(conllu)) return
  const gold = goldCounts(readFileSync(conllu, 'utf8'))
  const rows: string[] = []
  let worstLix = 0
  let worstWords = 0
  let worstSentences = 0
  for (const file of readdirSync(corpus).filter((f) => /^talbanken_dev_P\d+\.txt$/.test(f)).sort()) {
    const id = /P\d+/.exec(file)![0]
    const g = gold.get(id)
    if (!g) continue
    const m = computeMetrics(summarize(analyse(readFileSync(join(corpus, file), 'utf8'), 'plaintext')))
    const goldLix = lix(g.words, g.sentences, g.longWords)
    const dLix = m.lix - goldLix
    const dWords = (100 * (m.words - g.words)) / g.words
    const dSentences = (100 * (m.sentences - g.sentences)) / g.sentences
    worstLix = Math.max(worstLix, Math.abs(dLix))
    worstWords = Math.max(worstWords, Math.abs(dWords))
    worstSentences = Math.max(worstSentences, Math.abs(dSentences))
    rows.push(`  ${id}: LIX ${m.lix} vs gold ${goldLix} (${dLix >= 0 ? '+' : ''}${dLix.toFixed(2)}); words ${m.words}/${g.words} (${dWords.toFixed(1)} %); sentences ${m.sentences}/${g.sentences} (${dSentences.toFixed(1)} %)`)
  }
  console.log(`readability vs Talbanken gold: worst |ΔLIX| ${worstLix.toFixed(2)}, worst |Δwords| ${worstWords.toFixed(1)} %, worst |Δsentences| ${worstSentences.toFixed(1)} %`)
  for (const r of rows) console.log(r)
}
