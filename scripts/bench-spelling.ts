/**
 * The spelling part of `npm run bench`: dictionary load time and memory, words per second, suggestion
 * time and false alarms against Debian's Hunspell (when installed); injected typos are in
 * bench-spelling-typos.ts, part of `precision`.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import { SpellingService } from '../server/src/spelling/spelling-service'
import { CachedSpeller } from '../server/src/spelling/speller'
import { loadHunspell } from '../server/src/spelling/hunspell-engine'
import { dictionaryDir } from '../server/src/spelling/dictionary-location'
import { injectTypo, seededRandom } from './typos'

import { RULES } from '../server/src/rules'
const spellingOnly = resolveRules(Object.fromEntries(RULES.filter((r) => r.id !== 'spelling').map((r) => [r.id, 'off']))).rules
const stats = (xs: number[], digits = 1) => {
  const s = [...xs].sort((a, b) => a - b)
  return `${s[0].toFixed(digits)}–${s[Math.floor(s.length / 2)].toFixed(digits)}–${s[s.length - 1].toFixed(digits)}`
}

export async function benchSpelling(texts: string[]): Promise<void> {
  // load time and memory in fresh processes: the first load is the one a user waits for
  const loads: number[] = []
  const memory: number[] = []
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [join(__dirname, '../dist/measure-dictionary.js')], { encoding: 'utf8' })
    const { ms, rssMb } = JSON.parse(out) as { ms: number; rssMb: number }
    loads.push(ms)
    memory.push(rssMb)
  }
  console.log(`spelling: dictionary load ms in a fresh process (min–median–max of 5): ${stats(loads, 0)}; memory it adds, MB RSS: ${stats(memory, 0)}`)
  const service = new SpellingService()
  await service.load()

  const words = texts.reduce((n, t) => n + checkText(t, 'plaintext', { rules: spellingOnly }).metrics.words, 0)
  const rates: number[] = []
  for (let run = 0; run < 5; run++) {
    const cold = new SpellingService()
    await cold.load()
    const spelling = cold.context([])
    const t0 = performance.now()
    for (const t of texts) checkText(t, 'plaintext', { rules: spellingOnly, spelling })
    rates.push(words / ((performance.now() - t0) / 1000))
  }
  console.log(`spelling: words/s with only the spelling rule, cold verdict cache (min–median–max of 5): ${stats(rates, 0)}`)

  falseAlarms(texts, service, words)
  await suggestionTimes(texts)
}

/** The words Debian's Hunspell (sv_SE) accepts, or undefined when it is not installed. */
export function debianAccepts(words: string[]): Set<string> | undefined {
  try {
    const unknown = new Set(execFileSync('hunspell', ['-d', 'sv_SE', '-l'], { input: words.join('\n'), encoding: 'utf8' }).split('\n'))
    return new Set(words.filter((w) => !unknown.has(w)))
  } catch {
    return undefined
  }
}

function falseAlarms(texts: string[], service: SpellingService, words: number): void {
  const flagged: string[] = []
  for (const t of texts) {
    for (const f of checkText(t, 'plaintext', { rules: spellingOnly, spelling: service.context([]) }).findings) {
      if (f.severity !== 'hint') flagged.push(f.actual)
    }
  }
  const accepted = debianAccepts([...new Set(flagged)])
  if (!accepted) {
    console.log(`spelling: ${flagged.length} words flagged in ${words} words (install hunspell hunspell-sv to count false alarms)`)
    return
  }
  const alarms = flagged.filter((w) => accepted.has(w))
  console.log(`spelling: ${flagged.length} words flagged in ${words} words; false alarms (Debian's Hunspell sv_SE accepts them): ${alarms.length} = ${((1000 * alarms.length) / words).toFixed(2)} per 1,000 words${alarms.length ? ` (${[...new Set(alarms)].slice(0, 10).join(', ')})` : ''}`)
}

async function suggestionTimes(texts: string[]): Promise<void> {
  const speller = new CachedSpeller(await loadHunspell(dictionaryDir()!))
  const next = seededRandom(11)
  const words = [...new Set(texts.join(' ').match(/\p{Ll}{6,}/gu) ?? [])].filter((_, i) => i % 20 === 0).slice(0, 150)
  const times: number[] = []
  let top1 = 0
  for (const w of words) {
    const typo = injectTypo(w, next)
    if (speller.correct(typo)) continue
    const t0 = performance.now()
    const s = speller.suggest(typo)
    times.push(performance.now() - t0)
    if (s[0] === w) top1++
  }
  const sorted = [...times].sort((a, b) => a - b)
  console.log(`spelling: suggestions for ${times.length} typos, ms: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)}, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)}, worst ${sorted[sorted.length - 1].toFixed(1)}; the intended word first in ${((100 * top1) / times.length).toFixed(0)} %`)
}
