/**
 * issue 15, `npm run bench -- rule-precision`: every finding of the sentence rules on the corpus,
 * joined with a verdict read by hand (test-fixtures/precision/verdicts.tsv), and the precision of
 * each rule, for its info-and-above findings and its hints separately. Unjudged findings are
 * printed as verdict lines to fill in, with their sentence and message.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import type { SpellingContext } from '../server/src/engine/rule'

const ROOT = join(__dirname, '..')
export const VERDICT_FILE = join(ROOT, 'test-fixtures/precision/verdicts.tsv')
export const JUDGED_RULES = [
  'passive-voice', 'double-negation', 'empty-phrase', 'number-format', 'long-word', 'long-sentence',
  'generic-man', 'nominalization', 'plain-words', 'jargon',
]
const VERDICTS = ['ok', 'false', 'borderline'] as const
type Verdict = (typeof VERDICTS)[number]

/** One finding as the verdict file names it, with what a reader needs to judge it. */
export interface Judged {
  rule: string
  file: string
  actual: string
  sentenceStart: string
  severity: string
  sentence: string
  message: string
}

/** Text on one line, cut to about 60 characters: how the verdict file names a finding and its sentence. */
const short = (s: string): string => {
  const line = s.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 60)}…` : line
}
const keyOf = (j: { rule: string; file: string; actual: string; sentenceStart: string }): string =>
  [j.rule, j.file, j.actual, j.sentenceStart].join('\t')

/**
 * The corpus: its .txt files (not the licence) and the Talbanken documents of the .conllu file
 * rebuilt from their `# text =` lines, a paragraph per `# newpar`, unless the corpus already holds
 * that document as talbanken_dev_<id>.txt (then it would be counted twice; `skipped` names them).
 */
export function corpusDocuments(dir: string): { docs: Array<{ file: string; text: string }>; skipped: string[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('LICENSE')).sort()
  const docs = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }))
  const conllu = join(dir, 'sv_talbanken-ud-dev.conllu')
  const skipped: string[] = []
  if (!existsSync(conllu)) return { docs, skipped }
  const paragraphs = new Map<string, string[][]>()
  let doc: string[][] = []
  for (const line of readFileSync(conllu, 'utf8').split('\n')) {
    const id = /^# newdoc id = (\S+)/.exec(line)?.[1]
    if (id) paragraphs.set(id, (doc = [[]]))
    else if (line.startsWith('# newpar') && doc.at(-1)!.length > 0) doc.push([])
    else if (line.startsWith('# text = ')) doc.at(-1)!.push(line.slice(9).trim())
  }
  for (const [id, pars] of paragraphs) {
    if (files.includes(`talbanken_dev_${id}.txt`)) skipped.push(id)
    else docs.push({ file: `${basename(conllu)}#${id}`, text: pars.map((p) => p.join(' ')).join('\n\n') })
  }
  return { docs, skipped }
}

/** Every finding of the judged rules on the documents, with its sentence (the paragraph's first, for a paragraph-wide hint). */
export function corpusFindings(docs: Array<{ file: string; text: string }>, spelling?: SpellingContext): { findings: Judged[]; words: number } {
  const rules = resolveRules(undefined).rules.filter((r) => JUDGED_RULES.includes(r.rule.id))
  const out: Judged[] = []
  let words = 0
  for (const { file, text } of docs) {
    const result = checkText(text, 'plaintext', { rules, spelling })
    words += result.metrics.words
    const sentences = result.overview.blocks.flatMap((b) => b.sentences)
    const seen = new Map<string, number>()
    for (const f of result.findings) {
      const s = sentences.find((x) => x.start <= f.offset && f.offset < x.end) ?? { start: f.offset, end: f.endOffset }
      const sentence = text.slice(s.start, s.end)
      const judged = { rule: f.ruleId, file, actual: short(f.actual), sentenceStart: short(sentence) }
      // the same words twice in one sentence (skall … skall), or one sentence twice in a file: #2, #3
      const nth = (seen.get(keyOf(judged)) ?? 0) + 1
      seen.set(keyOf(judged), nth)
      if (nth > 1) judged.actual += ` #${nth}`
      out.push({ ...judged, severity: f.severity, sentence: sentence.replace(/\s+/g, ' '), message: f.message })
    }
  }
  return { findings: out, words }
}

/** (rule, file, actual, sentence start) → verdict, from the TSV (header; rule, file, actual, sentence-start, verdict, why). */
export function readVerdicts(file = VERDICT_FILE): Map<string, Verdict> {
  const out = new Map<string, Verdict>()
  if (!existsSync(file)) return out
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue
    const [rule, f, actual, sentenceStart, verdict] = line.split('\t')
    if (!VERDICTS.includes(verdict as Verdict)) throw new Error(`${file}: unknown verdict "${verdict}" in: ${line}`)
    const key = keyOf({ rule, file: f, actual, sentenceStart })
    if (out.has(key)) throw new Error(`${file}: judged twice: ${line}`)
    out.set(key, verdict as Verdict)
  }
  return out
}

const pct = (ok: number, bad: number): string => (ok + bad === 0 ? '–' : `${((100 * ok) / (ok + bad)).toFixed(1)} %`)

export function benchRulePrecision(corpus: string, spelling?: SpellingContext): void {
  const { docs, skipped } = corpusDocuments(corpus)
  const { findings, words } = corpusFindings(docs, spelling)
  const verdicts = readVerdicts()
  console.log(`rule-precision: ${docs.length} documents, ${words} words, verdicts in ${VERDICT_FILE.slice(ROOT.length + 1)}${spelling ? '' : ' (no dictionary)'}`)
  if (skipped.length) console.log(`  sv_talbanken-ud-dev.conllu: ${skipped.join(', ')} left out, already in the corpus as talbanken_dev_<id>.txt`)
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(`  ${'rule'.padEnd(16)} ${'level'.padEnd(5)} ${pad('findings', 8)} ${pad('judged', 6)} ${pad('ok', 5)} ${pad('false', 5)} ${pad('border', 6)} ${pad('precision', 9)}`)
  const unjudged: Judged[] = []
  for (const rule of JUDGED_RULES) {
    for (const level of ['info+', 'hint']) {
      const mine = findings.filter((f) => f.rule === rule && (f.severity === 'hint') === (level === 'hint'))
      if (mine.length === 0 && level === 'hint') continue
      const count = (v: Verdict) => mine.filter((f) => verdicts.get(keyOf(f)) === v).length
      const [ok, bad, border] = [count('ok'), count('false'), count('borderline')]
      unjudged.push(...mine.filter((f) => !verdicts.has(keyOf(f))))
      console.log(`  ${rule.padEnd(16)} ${level.padEnd(5)} ${pad(mine.length, 8)} ${pad(ok + bad + border, 6)} ${pad(ok, 5)} ${pad(bad, 5)} ${pad(border, 6)} ${pad(pct(ok, bad), 9)}`)
    }
  }
  const few = JUDGED_RULES.map((r) => [r, findings.filter((f) => f.rule === r).length] as const).filter(([, n]) => n < 50)
  if (few.length) console.log(`  fewer than the 50 findings issue 15 asks for: ${few.map(([r, n]) => `${r} (${n})`).join(', ')}`)
  const found = new Set(findings.map(keyOf))
  const stale = [...verdicts.keys()].filter((k) => !found.has(k))
  if (stale.length) console.log(`  ${stale.length} verdicts match no finding (the rule changed?):\n${stale.map((k) => `    ${k}`).join('\n')}`)
  if (unjudged.length === 0) return
  console.log(`  ${unjudged.length} findings not yet judged (add a verdict line: rule, file, actual, sentence-start, ok|false|borderline, why):`)
  for (const f of unjudged) console.log(`${keyOf(f)}\t\t\n    # ${f.severity}: ${f.message}\n    # ${f.sentence}`)
}
