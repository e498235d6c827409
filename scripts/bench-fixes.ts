/**
 * issue 15, `npm run bench -- fixes`: every quick fix the engine offers on real text, applied the
 * way the editor applies it, and the sentence before and after joined with the verdicts a reader
 * recorded in test-fixtures/fixes/verdicts.tsv. A fix counts as correct when the sentence it leaves
 * is grammatical, idiomatic Swedish with the meaning kept. `-- fixes --tsv` prints the unjudged
 * fixes as verdict rows to fill in.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { checkText } from '../server/src/engine/check'
import { replacementEdit } from '../server/src/engine/fix'
import type { DocumentFormat, DocumentOverview, Finding } from '../server/src/engine/types'
import type { SpellingContext } from '../server/src/engine/rule'
import { resolveRules } from '../server/src/rules/rule-settings'
import { corpusDocuments } from './bench-rule-precision'

const ROOT = join(__dirname, '..')
export const FIX_VERDICTS = join(ROOT, 'test-fixtures/fixes/verdicts.tsv')
const RECALL = join(ROOT, 'test-fixtures/recall')
/** How much of the sentence before the fix identifies it in the verdict file. */
const START = 60

interface Source {
  name: string
  text: string
  format: DocumentFormat
}

/** One alternative of one finding, applied: the sentence around it before and after. */
export interface AppliedFix {
  rule: string
  source: string
  actual: string
  replacement: string
  before: string
  after: string
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The corpus documents (bench-rule-precision.ts reads them, Talbanken counted once) and the repo's recall texts. */
export function fixSources(corpus: string): Source[] {
  const sources: Source[] = corpusDocuments(corpus).docs.map((d) => ({ name: d.file, text: d.text, format: 'plaintext' }))
  for (const f of readdirSync(RECALL).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    sources.push({ name: `recall/${f}`, text: readFileSync(join(RECALL, f), 'utf8'), format: 'markdown' })
  }
  return sources
}

/** The stretch of text a finding stands in: the sentences it touches, else its block. */
function sentenceAround(overview: DocumentOverview, f: Finding): { start: number; end: number } {
  for (const block of overview.blocks) {
    if (f.offset < block.start || f.offset > block.end) continue
    const touched = block.sentences.filter((s) => s.start < Math.max(f.endOffset, f.offset + 1) && s.end > f.offset)
    if (touched.length) return { start: touched[0].start, end: touched.at(-1)!.end }
    return { start: block.start, end: block.end }
  }
  return { start: f.offset, end: f.endOffset }
}

/** Every alternative of every finding with a quick fix, applied one at a time to its sentence. */
export function applyAllFixes(sources: Source[], spelling?: SpellingContext): AppliedFix[] {
  const rules = resolveRules(undefined).rules
  const out: AppliedFix[] = []
  for (const source of sources) {
    const { text } = source
    const result = checkText(text, source.format, { rules, spelling })
    for (const f of result.findings) {
      const around = sentenceAround(result.overview, f)
      for (const replacement of f.expected) {
        const edit = replacementEdit(text, f.offset, f.endOffset, replacement)
        const start = Math.min(around.start, edit.offset)
        const end = Math.max(around.end, edit.endOffset)
        out.push({
          rule: f.ruleId,
          source: source.name,
          actual: oneLine(f.actual),
          replacement,
          before: oneLine(text.slice(start, end)),
          after: oneLine(text.slice(start, edit.offset) + edit.newText + text.slice(edit.endOffset, end)),
        })
      }
    }
  }
  return out
}

const keyOf = (rule: string, before: string, actual: string, replacement: string) => [rule, before.slice(0, START), actual, replacement].join('\t')

/** key → verdict (ok | wrong), from the TSV (header line; rule, before, actual, replacement, verdict, why). */
export function readFixVerdicts(file = FIX_VERDICTS): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue
    const [rule, before, actual, replacement, verdict] = line.split('\t')
    if (verdict !== 'ok' && verdict !== 'wrong') throw new Error(`${file}: verdict must be ok or wrong, not "${verdict}": ${line}`)
    const key = keyOf(rule, before, actual, replacement)
    if (out.has(key)) throw new Error(`${file}: judged twice: ${line}`)
    out.set(key, verdict)
  }
  return out
}

/** The table of issue 15: per rule, fixes offered, judged, ok, wrong and unjudged, and the unjudged to read. */
export function benchFixes(corpus: string, spelling: SpellingContext | undefined, asTsv: boolean): void {
  const sources = fixSources(corpus)
  const fixes = applyAllFixes(sources, spelling)
  const verdicts = readFixVerdicts()
  const used = new Set<string>()
  const rows = new Map<string, { offered: number; ok: number; wrong: number; unjudged: AppliedFix[] }>()
  for (const fix of fixes) {
    const row = rows.get(fix.rule) ?? { offered: 0, ok: 0, wrong: 0, unjudged: [] }
    rows.set(fix.rule, row)
    row.offered++
    const key = keyOf(fix.rule, fix.before, fix.actual, fix.replacement)
    const verdict = verdicts.get(key)
    if (verdict) used.add(key)
    if (verdict === 'ok') row.ok++
    else if (verdict === 'wrong') row.wrong++
    else row.unjudged.push(fix)
  }
  const sentences = new Set(fixes.map((f) => f.before)).size
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(`fixes: ${sources.length} texts (${sources.map((s) => basename(s.name)).join(', ')}); spelling ${spelling ? 'on' : 'off (no dictionary)'}`)
  console.log(`  ${fixes.length} fixes applied in ${sentences} sentences, judged in ${FIX_VERDICTS.slice(ROOT.length + 1)}`)
  console.log(`  ${'rule'.padEnd(22)} ${pad('offered', 8)} ${pad('judged', 7)} ${pad('ok', 5)} ${pad('wrong', 6)} ${pad('unjudged', 9)}`)
  const total = { offered: 0, ok: 0, wrong: 0, unjudged: 0 }
  for (const [rule, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${rule.padEnd(22)} ${pad(r.offered, 8)} ${pad(r.ok + r.wrong, 7)} ${pad(r.ok, 5)} ${pad(r.wrong, 6)} ${pad(r.unjudged.length, 9)}`)
    total.offered += r.offered
    total.ok += r.ok
    total.wrong += r.wrong
    total.unjudged += r.unjudged.length
  }
  console.log(`  ${'total'.padEnd(22)} ${pad(total.offered, 8)} ${pad(total.ok + total.wrong, 7)} ${pad(total.ok, 5)} ${pad(total.wrong, 6)} ${pad(total.unjudged, 9)}`)
  const stale = [...verdicts.keys()].filter((k) => !used.has(k)).length
  if (stale) console.log(`  ${stale} verdicts no longer match a fix (the fix changed or is no longer offered)`)
  const unjudged = [...rows.values()].flatMap((r) => r.unjudged)
  const seen = new Set<string>()
  for (const fix of unjudged) {
    const key = keyOf(fix.rule, fix.before, fix.actual, fix.replacement)
    if (seen.has(key)) continue
    seen.add(key)
    if (asTsv) console.log([fix.rule, fix.before.slice(0, START), fix.actual, fix.replacement, '', ''].join('\t'))
    else console.log(`\n  unjudged ${fix.rule} (${fix.source}): ”${fix.actual}” → ”${fix.replacement}”\n    before: ${fix.before}\n    after:  ${fix.after}`)
  }
}
