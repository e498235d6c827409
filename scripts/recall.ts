/**
 * Recall against a consultant's own markings (test-fixtures/recall/*.answers.tsv).
 *
 *   npm run recall                                  # builds, checks the texts, compares
 *   node --import tsx scripts/recall.ts [--json out.json] [--quiet] [--only name,name]
 *
 * Without --json the script runs `node bin/klarsprak.js check --format json` on the texts itself
 * (run `npm run build` first). A marking counts as found when a finding of a matching rule (RULES_FOR)
 * overlaps the marked words; a finding of another rule that overlaps is reported separately (the
 * problem was pointed at, under another name). Findings that overlap no marking are listed with the
 * consultant's judgement from false-alarms.tsv (ok, borderline or false), or as "unjudged".
 * Places the consultant listed beforehand as right as written (must-not-flag.tsv: file, line, text,
 * ruleId, why) are reported when a finding of that rule lands on them. --only limits all of it to
 * some texts (names without .md).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const dir = join(root, 'test-fixtures/recall')

const CATEGORIES = [
  'plain-words',
  'jargon',
  'acronym',
  'anglicism',
  'buzzword',
  'spelling',
  'nominalization',
  'passive-voice',
  'long-sentence',
  'generic-man',
  'double-negation',
  'empty-phrase',
  'number-format',
  'long-word',
  'abbreviation',
  'other',
] as const
type Category = (typeof CATEGORIES)[number]

/** Which rule ids count as finding a marking of each category. Extend when a rule is added. */
const RULES_FOR: Record<Category, string[]> = {
  'plain-words': ['plain-words'],
  jargon: ['jargon', 'terms'],
  acronym: ['acronym'],
  anglicism: ['anglicism'],
  buzzword: ['buzzword'],
  spelling: ['spelling'],
  nominalization: ['nominalization'],
  'passive-voice': ['passive-voice'],
  'long-sentence': ['long-sentence'],
  'generic-man': ['generic-man'],
  'double-negation': ['double-negation'],
  'empty-phrase': ['empty-phrase', 'obs-opener'],
  'number-format': ['number-format'],
  'long-word': ['long-word'],
  abbreviation: ['abbreviation'],
  other: [],
}

interface Answer {
  file: string
  line: number
  text: string
  category: Category
  better: string
  start: number
  end: number
}
interface Span {
  start: number
  end: number
}
interface Finding {
  file: string
  ruleId: string
  actual: string
  line: number
  spans: Span[]
}
interface Judgement {
  verdict: string
  why: string
}

const args = process.argv.slice(2)
const jsonArg = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined
const quiet = args.includes('--quiet')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined

// ---- the markings -------------------------------------------------------------------------------
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.answers.tsv'))
  .map((f) => f.slice(0, -'.answers.tsv'.length))
  .filter((n) => !only || only.includes(n))
  .sort()
const answers: Answer[] = []
const lineStartsOf = new Map<string, number[]>()
for (const name of names) {
  const source = readFileSync(join(dir, `${name}.md`), 'utf8')
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  lineStartsOf.set(name, lineStarts)
  const rows = readFileSync(join(dir, `${name}.answers.tsv`), 'utf8').split('\n').filter((l) => l.trim())
  for (const row of rows.slice(1)) {
    const [lineText, text, category, better] = row.split('\t')
    const line = Number(lineText)
    if (!CATEGORIES.includes(category as Category)) throw new Error(`${name}: unknown category ${category}`)
    const lineStart = lineStarts[line - 1]
    const lineEnd = line < lineStarts.length ? lineStarts[line] : source.length
    const at = source.slice(lineStart, lineEnd).indexOf(text)
    if (at < 0) throw new Error(`${name}.answers.tsv: ”${text}” is not on line ${line}`)
    answers.push({ file: name, line, text, category: category as Category, better, start: lineStart + at, end: lineStart + at + text.length })
  }
}

// ---- the tool's findings ------------------------------------------------------------------------
interface JsonMessage {
  ruleId: string
  actual?: string
  line: number
  offset: number
  endOffset: number
  occurrences?: { offset: number; endOffset: number }[]
}
const mdFiles = names.map((n) => join(dir, `${n}.md`))
const json = jsonArg
  ? readFileSync(jsonArg, 'utf8')
  : execFileSync(process.execPath, [join(root, 'bin/klarsprak.js'), 'check', '--format', 'json', ...mdFiles.map((f) => relative(root, f))], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
const results = JSON.parse(json) as { path: string; messages: JsonMessage[] }[]
const findings: Finding[] = []
for (const result of results) {
  const name = result.path.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/, '')
  if (!names.includes(name)) continue
  for (const m of result.messages) {
    const spans = m.occurrences?.length ? m.occurrences.map((o) => ({ start: o.offset, end: o.endOffset })) : [{ start: m.offset, end: m.endOffset }]
    findings.push({ file: name, ruleId: m.ruleId, actual: m.actual ?? '', line: m.line, spans })
  }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
const hits = (f: Finding, a: Answer) => f.file === a.file && f.spans.some((s) => overlaps(s, a))
const matches = (f: Finding, category: Category) => RULES_FOR[category].includes(f.ruleId) || f.ruleId.startsWith(`${category}-`)
/** Findings about a whole sentence, paragraph or text: they point at a marked word only by covering it. */
const WIDE_RULES = new Set(['long-sentence', 'readability', 'other-language'])
/** A finding is about a marking when its rule matches, or when it is a word-level finding on the marked words. */
const about = (f: Finding, a: Answer) => hits(f, a) && (matches(f, a.category) || !WIDE_RULES.has(f.ruleId))

// ---- recall ---------------------------------------------------------------------------------------
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)} %` : '–')
const pad = (s: string | number, n: number) => String(s).padEnd(n)
const padL = (s: string | number, n: number) => String(s).padStart(n)
console.log(`Recall against ${answers.length} markings in ${names.length} texts (test-fixtures/recall)\n`)
console.log(`${pad('category', 16)}${padL('found', 7)}${padL('marked', 8)}${padL('recall', 8)}   other rule`)
let totalFound = 0
let totalOther = 0
const missed: { answer: Answer; others: string[] }[] = []
for (const category of CATEGORIES) {
  const marked = answers.filter((a) => a.category === category)
  if (!marked.length) continue
  let found = 0
  let other = 0
  for (const a of marked) {
    const overlapping = findings.filter((f) => about(f, a))
    if (overlapping.some((f) => matches(f, category))) found++
    else {
      const others = [...new Set(overlapping.map((f) => f.ruleId))]
      if (others.length) other++
      missed.push({ answer: a, others })
    }
  }
  totalFound += found
  totalOther += other
  console.log(`${pad(category, 16)}${padL(found, 7)}${padL(marked.length, 8)}${padL(pct(found, marked.length), 8)}   ${other ? `+${other}` : ''}`)
}
console.log(`${pad('all', 16)}${padL(totalFound, 7)}${padL(answers.length, 8)}${padL(pct(totalFound, answers.length), 8)}   +${totalOther}`)
console.log('\n(other rule: missed by the matching rule, but a word-level finding of another rule is on the same words)')

if (!quiet) {
  console.log('\nMissed:')
  for (const { answer: a, others } of missed) {
    const shown = a.text.length > 60 ? `${a.text.slice(0, 57)}…` : a.text
    console.log(`  ${a.file}:${a.line}  [${a.category}] ”${shown}” → ${a.better}${others.length ? `   (flagged as ${others.join(', ')})` : ''}`)
  }
}

// ---- findings that overlap no marking -----------------------------------------------------------
const judgements = new Map<string, Judgement>()
const judgementFile = join(dir, 'false-alarms.tsv')
if (existsSync(judgementFile)) {
  for (const row of readFileSync(judgementFile, 'utf8').split('\n').slice(1)) {
    if (!row.trim()) continue
    const [file, line, ruleId, actual, verdict, why] = row.split('\t')
    judgements.set(`${file}\t${line}\t${ruleId}\t${actual}`, { verdict, why })
  }
}
const unmarked = findings.filter((f) => !answers.some((a) => about(f, a)))
const counts: Record<string, number> = {}
const lines: string[] = []
for (const f of unmarked) {
  const shownActual = f.actual.length > 50 ? `${f.actual.slice(0, 47)}…` : f.actual
  const judgement = judgements.get(`${f.file}\t${f.line}\t${f.ruleId}\t${shownActual}`)
  const verdict = judgement?.verdict ?? 'unjudged'
  counts[verdict] = (counts[verdict] ?? 0) + 1
  lines.push(`  ${pad(verdict, 11)}${f.file}:${f.line}  ${f.ruleId} ”${shownActual}”${judgement?.why ? ` – ${judgement.why}` : ''}`)
}
console.log(
  `\nFindings outside the markings: ${unmarked.length} of ${findings.length} (${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')})`,
)
if (!quiet) console.log(lines.join('\n'))

// ---- places that are right as written -----------------------------------------------------------
const keepFile = join(dir, 'must-not-flag.tsv')
if (existsSync(keepFile)) {
  const flagged: string[] = []
  let total = 0
  for (const row of readFileSync(keepFile, 'utf8').split('\n').slice(1)) {
    if (!row.trim()) continue
    const [file, lineText, text, ruleId, why] = row.split('\t')
    if (!names.includes(file)) continue
    const source = readFileSync(join(dir, `${file}.md`), 'utf8')
    const lineStarts = lineStartsOf.get(file)!
    const line = Number(lineText)
    const lineStart = lineStarts[line - 1]
    const lineEnd = line < lineStarts.length ? lineStarts[line] : source.length
    const at = source.slice(lineStart, lineEnd).indexOf(text)
    if (at < 0) throw new Error(`must-not-flag.tsv: ”${text}” is not on line ${line} of ${file}`)
    const span = { start: lineStart + at, end: lineStart + at + text.length }
    total++
    const hit = findings.filter((f) => f.file === file && f.ruleId === ruleId && f.spans.some((s) => overlaps(s, span)))
    if (hit.length) flagged.push(`  ${file}:${line}  ${ruleId} ”${text}” – ${why}`)
  }
  console.log(`\nMust not flag (must-not-flag.tsv): ${total - flagged.length} of ${total} left alone`)
  if (!quiet && flagged.length) console.log(flagged.join('\n'))
}
