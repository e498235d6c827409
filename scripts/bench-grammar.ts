/**
 * Issue 19: the grammar rules on edited text. False alarms: every finding of a `grammar` rule on
 * the corpus (statutes and Talbanken, edited text, so nearly every finding is false) per 1,000
 * words, joined with the verdicts read by hand (test-fixtures/grammar/corpus-verdicts.tsv).
 * Recall: errors each injector in scripts/grammar-injections/ makes in the corpus's real sentences,
 * and how many the rule finds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import { RULES } from '../server/src/rules'
import type { SpellingContext } from '../server/src/spelling/speller'
import { corpusDocuments } from './bench-rule-precision'
import type { Injector } from './grammar-injections/injector'

/** At most this many injected sentences per rule: enough for a percentage, quick enough to run often. */
const SAMPLES = 300

function loadInjectors(): Injector[] {
  const dir = join(__dirname, 'grammar-injections')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'injector.ts')
    .sort()
    .map((f) => (require(join(dir, f)) as { injector?: Injector }).injector)
    // a module of shared helpers has no injector of its own
    .filter((injector): injector is Injector => injector !== undefined)
}

function verdictsOf(root: string): Map<string, string> {
  const file = join(root, 'test-fixtures/grammar/corpus-verdicts.tsv')
  if (!existsSync(file)) return new Map()
  return new Map(
    readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
      const [doc, rule, actual, context, verdict] = l.split('\t')
      return [`${doc}\t${rule}\t${actual}\t${context}`, verdict] as const
    }),
  )
}

export function benchGrammar(root: string, corpus: string, spelling: SpellingContext | undefined, tsv: boolean): void {
  const grammarRules = RULES.filter((r) => r.category === 'grammar').map((r) => r.id)
  if (grammarRules.length === 0) return console.log('grammar: no grammar rules yet')
  const rules = resolveRules(undefined).rules
  const only = rules.filter((r) => grammarRules.includes(r.rule.id))
  const { docs } = corpusDocuments(corpus)
  const verdicts = verdictsOf(root)
  let words = 0
  const sentences: string[] = []
  const byRule = new Map<string, { right: number; wrong: number; unjudged: number }>(grammarRules.map((id) => [id, { right: 0, wrong: 0, unjudged: 0 }]))
  for (const doc of docs) {
    const result = checkText(doc.text, 'plaintext', { rules: only, spelling })
    words += result.metrics.words
    for (const block of result.overview.blocks) for (const s of block.sentences) sentences.push(doc.text.slice(s.start, s.end))
    for (const f of result.findings) {
      const context = doc.text.slice(Math.max(0, f.offset - 40), f.endOffset + 40).replace(/\s+/g, ' ')
      const verdict = verdicts.get(`${doc.file}\t${f.ruleId}\t${f.actual}\t${context}`)
      const counts = byRule.get(f.ruleId)!
      if (verdict === 'right') counts.right++
      else if (verdict === 'wrong') counts.wrong++
      else counts.unjudged++
      if (tsv || !verdict) console.log(`grammar-finding\t${doc.file}\t${f.ruleId}\t${f.actual}\t${context}\t${verdict ?? ''}`)
    }
  }
  for (const [rule, c] of byRule) {
    const n = c.right + c.wrong + c.unjudged
    console.log(`grammar: ${rule} on the corpus (${words} words): ${n} findings, ${((1000 * n) / words).toFixed(2)} per 1,000 words (${c.wrong} false, ${c.right} right, ${c.unjudged} unjudged)`)
  }
  for (const injector of loadInjectors()) {
    const rule = rules.filter((r) => r.rule.id === injector.rule)
    if (rule.length === 0) {
      console.log(`grammar: ${injector.rule}: no such rule`)
      continue
    }
    const made = sentences.map((s) => (spelling ? injector.inject(s, spelling) : undefined)).filter((x) => x !== undefined)
    // spread the samples over the whole corpus, not its first documents
    const step = Math.max(1, Math.floor(made.length / SAMPLES))
    const sample = made.filter((_, i) => i % step === 0).slice(0, SAMPLES)
    let found = 0
    const missed: string[] = []
    for (const s of sample) {
      const hit = checkText(s.text, 'plaintext', { rules: rule, spelling }).findings.some((f) => f.offset < s.end && f.endOffset > s.start)
      if (hit) found++
      else if (missed.length < 10) missed.push(`${s.text.slice(0, s.start)}[${s.text.slice(s.start, s.end)}]${s.text.slice(s.end)}`)
    }
    const share = sample.length ? ((100 * found) / sample.length).toFixed(0) : '–'
    console.log(`grammar: ${injector.rule} recall on injected errors (${injector.description}): ${found} of ${sample.length} (${share} %)`)
    for (const m of missed) console.log(`grammar:   missed: ${m.replace(/\s+/g, ' ').slice(0, 200)}`)
  }
}
