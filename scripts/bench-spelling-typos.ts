/**
 * issue 13: misspellings injected into the corpus – one-letter edits in long words and joint errors
 * in long compounds – counted as flagged by the spelling rules, and as mended when the speller's
 * first suggestion is the intended word.
 */
import { performance } from 'node:perf_hooks'
import { analyse } from '../server/src/engine/analyse'
import { checkText } from '../server/src/engine/check'
import type { SpellingContext } from '../server/src/spelling/speller'
import { debianAccepts } from './bench-spelling'
import { spellingRules } from './bench-spelling-precision'
import { injectTypo, jointErrors, seededRandom, type JointError } from './typos'

type Kind = 'one-letter edit' | JointError
const KINDS: Kind[] = ['one-letter edit', 'dropped joint s', 'added joint s', 'dropped triple consonant']
/** Suggestions cost up to a quarter of a second for a long word, so each kind stops at 50. */
const PER_KIND = 50

interface Typo { text: number; start: number; end: number; word: string; typo: string; kind: Kind }

const percent = (n: number, of: number) => `${n}/${of} = ${of ? ((100 * n) / of).toFixed(1) : '–'} %`

/** Up to PER_KIND distinct typos of each kind, each in its own word of the texts, in a seeded order. */
function chooseTypos(texts: string[], spelling: SpellingContext): Typo[] {
  const next = seededRandom(13)
  const known = (w: string) => spelling.speller.correct(w)
  const candidates: Typo[] = []
  texts.forEach((t, text) => {
    for (const b of analyse(t, 'plaintext').blocks) for (const s of b.sentences) for (const w of s.words) {
      // a word the dictionary rejects would be flagged without any typo
      if (!/^\p{Ll}{8,}$/u.test(w.text) || !known(w.text)) continue
      const at = { text, start: w.start, end: w.end, word: w.text }
      candidates.push({ ...at, typo: injectTypo(w.text, next), kind: 'one-letter edit' })
      for (const j of jointErrors(w.text, known)) candidates.push({ ...at, ...j })
    }
  })
  // shuffle, so the first texts do not supply every typo
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[candidates[i], candidates[j]] = [candidates[j], candidates[i]]
  }
  // a typo that is a real word (Debian's Hunspell accepts it) cannot be caught by a speller
  const real = debianAccepts([...new Set(candidates.map((c) => c.typo))]) ?? new Set<string>()
  const chosen: Typo[] = []
  const used = new Set<string>()
  for (const c of candidates) {
    const key = `${c.text}:${c.start}`
    if (c.typo === c.word || real.has(c.typo) || used.has(key) || used.has(c.kind + c.word)) continue
    if (chosen.filter((x) => x.kind === c.kind).length >= PER_KIND) continue
    used.add(key).add(c.kind + c.word)
    chosen.push(c)
  }
  return chosen
}

/** True for each typo that a spelling finding covers, with every typo of a text injected at once. */
function flagged(texts: string[], typos: Typo[], spelling: SpellingContext): Set<Typo> {
  const out = new Set<Typo>()
  texts.forEach((original, i) => {
    const mine = typos.filter((t) => t.text === i).sort((a, b) => a.start - b.start)
    let text = ''
    let from = 0
    const spans: Array<{ at: number; typo: Typo }> = []
    for (const t of mine) {
      text += original.slice(from, t.start)
      spans.push({ at: text.length, typo: t })
      text += t.typo
      from = t.end
    }
    text += original.slice(from)
    const findings = checkText(text, 'plaintext', { rules: spellingRules, spelling }).findings.filter((f) => f.category === 'spelling' && f.severity !== 'hint')
    for (const { at, typo } of spans) {
      // overlap, not equality: a compound finding may cover more or less than the word
      if (findings.some((f) => f.offset < at + typo.typo.length && f.endOffset > at)) out.add(typo)
    }
  })
  return out
}

export function typoRecall(texts: string[], spelling: SpellingContext): void {
  const typos = chooseTypos(texts, spelling)
  const caught = flagged(texts, typos, spelling)
  const first = new Set<Typo>()
  const wrongFirst: string[] = []
  const times: number[] = []
  for (const t of typos) {
    const t0 = performance.now()
    const suggestions = spelling.speller.suggest(t.typo)
    times.push(performance.now() - t0)
    if (suggestions[0] === t.word) first.add(t)
    else wrongFirst.push(`${t.typo} → ${suggestions[0] ?? '(none)'} (${t.word})`)
  }
  for (const kind of KINDS) {
    const of = typos.filter((t) => t.kind === kind)
    const example = of[0] ? ` (${of[0].word} → ${of[0].typo})` : ''
    console.log(`typos: ${kind}${example}: flagged ${percent(of.filter((t) => caught.has(t)).length, of.length)}; intended word first suggestion ${percent(of.filter((t) => first.has(t)).length, of.length)}`)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const total = times.reduce((a, b) => a + b, 0)
  console.log(`typos: all ${typos.length} (none a real word to Debian's Hunspell): flagged ${percent(caught.size, typos.length)} (target ≥ 95 %); intended word first ${percent(first.size, typos.length)} (target ≥ 85 %); suggestions took ${(total / 1000).toFixed(1)} s, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, worst ${sorted[sorted.length - 1].toFixed(0)} ms`)
  const missed = typos.filter((t) => !caught.has(t)).map((t) => t.typo)
  if (wrongFirst.length) console.log(`typos: first suggestion not the intended word: ${wrongFirst.slice(0, 12).join(', ')}${wrongFirst.length > 12 ? ', …' : ''}`)
  if (missed.length) console.log(`typos: not flagged: ${missed.slice(0, 20).join(', ')}${missed.length > 20 ? ', …' : ''}`)
}
