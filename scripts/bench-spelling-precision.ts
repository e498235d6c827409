/**
 * issue 13, `npm run bench -- precision`: every spelling finding of Klarspråk, Debian's Hunspell and
 * cspell on the corpus, judged word by word in test-fixtures/spelling/corpus-verdicts.tsv, so false
 * alarms and caught errors are counted the same way for all three.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import { RULES } from '../server/src/rules'
import type { SpellingContext } from '../server/src/spelling/speller'
import { cspellConfig, ensureCspell } from './bench-cspell'

const ROOT = join(__dirname, '..')
export const VERDICT_FILE = join(ROOT, 'test-fixtures/spelling/corpus-verdicts.tsv')
const VERDICTS = ['error', 'correct', 'name', 'foreign', 'abbreviation', 'other']

/** Every rule of category spelling on and all others off: the part a spelling-only peer can match. */
export const spellingRules = resolveRules(Object.fromEntries(RULES.filter((r) => r.category !== 'spelling').map((r) => [r.id, 'off']))).rules

/** One tool's flagged words, one entry per finding (Klarspråk may fold repeats into one finding). */
interface Flags {
  tool: string
  words: string[]
  /** Occurrences behind the findings, when a finding says how many it stands for. */
  occurrences?: number
  /** Every word a finding points at, its other places included (Klarspråk's folded findings). */
  covered?: string[]
}

/** word → verdict, from the TSV (header line; word, verdict, why). */
export function readVerdicts(file = VERDICT_FILE): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue
    const [word, verdict] = line.split('\t')
    if (!VERDICTS.includes(verdict)) throw new Error(`${file}: unknown verdict "${verdict}" for "${word}"`)
    if (out.has(word)) throw new Error(`${file}: "${word}" judged twice`)
    out.set(word, verdict)
  }
  return out
}

/**
 * The judged form of a flagged word: Hunspell keeps a sentence's full stop (Date.), and a
 * sentence-initial capital does not make another word (Moshavbarnen is judged as moshavbarn).
 */
function judgedForm(verdicts: Map<string, string>, word: string): string | undefined {
  const bare = word.length > 1 && word.endsWith('.') && !verdicts.has(word) ? word.slice(0, -1) : word
  const lower = bare.charAt(0).toLowerCase() + bare.slice(1)
  return verdicts.has(bare) ? bare : verdicts.has(lower) ? lower : undefined
}

function klarsprak(texts: string[], spelling: SpellingContext): Flags & { corpusWords: number } {
  const words: string[] = []
  let occurrences = 0
  const covered: string[] = []
  let folded = false
  let corpusWords = 0
  for (const text of texts) {
    const result = checkText(text, 'plaintext', { rules: spellingRules, spelling })
    corpusWords += result.metrics.words
    for (const f of result.findings) {
      // a hint says a paragraph is in another language: no word is flagged
      if (f.category !== 'spelling' || f.severity === 'hint') continue
      words.push(f.actual)
      // one finding per unknown word and document: its other places (inflected forms too) are caught by it
      const places = f.occurrences ?? [f]
      folded ||= f.occurrences !== undefined
      occurrences += places.length
      for (const o of places) covered.push(text.slice(o.offset, o.endOffset))
    }
  }
  return { tool: 'Klarspråk', words, covered, occurrences: folded ? occurrences : undefined, corpusWords }
}

function debianHunspell(texts: string[]): Flags | undefined {
  try {
    const words = texts.flatMap((t) => execFileSync('hunspell', ['-d', 'sv_SE', '-l'], { input: t, encoding: 'utf8' }).split('\n').filter(Boolean))
    return { tool: 'Hunspell (Debian sv_SE)', words }
  } catch {
    return undefined
  }
}

function cspell(texts: string[]): Flags | undefined {
  const bin = ensureCspell()
  if (!bin) return undefined
  const dir = join(ROOT, '.bench/precision')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  texts.forEach((t, i) => writeFileSync(join(dir, `text-${i}.txt`), t))
  // cspell stops at 5 repeats of a word and 200 issues per file by default; every occurrence counts here
  cspellConfig(dir, { maxNumberOfProblems: 1_000_000, maxDuplicateProblems: 1_000_000 })
  const r = spawnSync(process.execPath, [bin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-exit-code', '--words-only', '*.txt'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new Error(`cspell failed: ${r.stderr}`)
  return { tool: 'cspell 9.8 + dict-sv', words: r.stdout.split('\n').map((w) => w.trim()).filter(Boolean) }
}

/** The side-by-side table of issue 13, the real errors each tool misses and the words still to judge. */
export function benchPrecision(texts: string[], spelling: SpellingContext): void {
  const ours = klarsprak(texts, spelling)
  const tools: Flags[] = [ours, debianHunspell(texts), cspell(texts)].filter((t): t is Flags => t !== undefined)
  const verdicts = readVerdicts()
  const errors = [...verdicts].filter(([, v]) => v === 'error').map(([w]) => w)
  const per1000 = (n: number) => ((1000 * n) / ours.corpusWords).toFixed(2)
  const rows = tools.map((t) => {
    const forms = t.words.map((w) => judgedForm(verdicts, w))
    const alarms = forms.filter((f) => f !== undefined && verdicts.get(f) !== 'error').length
    const coveredForms = (t.covered ?? t.words).map((w) => judgedForm(verdicts, w))
    const caughtForms = new Set(coveredForms.filter((f) => f !== undefined && verdicts.get(f) === 'error'))
    const unjudged = [...new Set(t.words.filter((_, i) => forms[i] === undefined))]
    return { t, alarms, caught: caughtForms.size, missed: errors.filter((e) => !caughtForms.has(e)), unjudged }
  })
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(`precision: spelling findings on ${texts.length} corpus texts, ${ours.corpusWords} words (Klarspråk's count), judged in ${VERDICT_FILE.slice(ROOT.length + 1)}`)
  console.log(`  ${'tool'.padEnd(24)} ${pad('findings', 9)} ${pad('false alarms', 13)} ${pad('per 1,000 words', 16)} ${pad('real errors caught', 19)}`)
  for (const r of rows) {
    const findings = r.t.occurrences === undefined ? String(r.t.words.length) : `${r.t.words.length} (${r.t.occurrences} occ.)`
    console.log(`  ${r.t.tool.padEnd(24)} ${pad(findings, 9)} ${pad(r.alarms, 13)} ${pad(per1000(r.alarms), 16)} ${pad(`${r.caught}/${errors.length}`, 19)}`)
  }
  for (const r of rows) console.log(`  ${r.t.tool} misses: ${r.missed.join(', ') || 'none'}`)
  for (const r of rows) if (r.unjudged.length) console.log(`  ${r.t.tool}: ${r.unjudged.length} flagged words not yet judged (add them to the verdict file): ${r.unjudged.join(', ')}`)
  const mine = rows[0].alarms
  const peers = rows.slice(1).map((r) => r.alarms)
  const met = (1000 * mine) / ours.corpusWords <= 1.5 && peers.every((p) => mine < p)
  console.log(`  target: Klarspråk ≤ 1.5 false alarms per 1,000 words and fewer than both peers: ${met ? 'met' : 'not met'}${peers.length < 2 ? ' (a peer is missing: install hunspell hunspell-sv-se, and npm must reach its registry for cspell)' : ''}`)
}
