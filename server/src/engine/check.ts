import type { AnalysedBlock, AnalysedDocument, DocumentFormat, Finding, Metrics } from './types'
import type { ActiveRule } from '../config/rule-settings'
import type { Report, RuleContext } from '../rules/rule'
import { analyse } from './analyse'
import { computeMetrics } from './metrics'
import type { AnalysisCache } from './analysis-cache'
import type { BlockFindingsCache } from './block-findings-cache'
import type { SpellingContext } from '../spelling/speller'
import type { TermSetting } from '../config/config-types'
import { applySuppressions, findSuppressions } from './suppressions'

export interface CheckResult {
  findings: Finding[]
  /** Computed on first use: the editor needs findings on every keystroke, metrics rarely. */
  readonly metrics: Metrics
  doc: AnalysedDocument
}

export interface CheckOptions {
  rules: ActiveRule[]
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void
  /** Checked between rules; when it returns true the check stops early. */
  isCancelled?: () => boolean
  /** Re-uses the analysis of unchanged paragraphs (the language server keeps one). */
  cache?: AnalysisCache
  /** Re-uses the block rules' findings for unchanged paragraphs. */
  findingsCache?: BlockFindingsCache
  /** The dictionary and accepted words; without it the spelling rule stays silent. */
  spelling?: SpellingContext
  /** The team's own replacements (configuration field `terms`). */
  terms?: readonly TermSetting[]
}

/** Runs every active rule over a document: the one entry point the CLI, the server and tests share. */
export function checkText(text: string, format: DocumentFormat, options: CheckOptions): CheckResult {
  const doc = analyse(text, format, options.cache)
  const findings: Finding[] = []
  const blockRules = options.rules.filter((r) => r.rule.checkBlock)
  const signature = options.findingsCache ? spellingSignature(options.spelling, options.terms) : ''
  for (const block of doc.blocks) {
    if (options.isCancelled?.()) break
    const key = options.findingsCache ? `${signature}\u0000${block.kind}\u0000${block.text}` : undefined
    const cached = key ? options.findingsCache!.get(key) : undefined
    if (cached) {
      for (const f of cached) findings.push({ ...f, offset: f.offset + block.start, endOffset: f.endOffset + block.start })
      continue
    }
    const local: Finding[] = []
    for (const active of blockRules) runRule(active, doc, local, options, (ctx) => active.rule.checkBlock!(block, ctx))
    if (key) options.findingsCache!.set(key, local.map((f) => relative(f, block)))
    findings.push(...local)
  }
  for (const active of options.rules) {
    if (!active.rule.checkDocument || options.isCancelled?.()) continue
    runRule(active, doc, findings, options, (ctx) => active.rule.checkDocument!(doc, ctx))
  }
  const kept = applySuppressions(findings, findSuppressions(text, format))
  kept.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
  let metrics: Metrics | undefined
  return {
    findings: kept,
    doc,
    get metrics() {
      metrics ??= computeMetrics(doc)
      return metrics
    },
  }
}

function runRule(active: ActiveRule, doc: AnalysedDocument, out: Finding[], options: CheckOptions, run: (ctx: RuleContext<any>) => void): void {
  const { rule } = active
  const report = (r: Report): void => {
    out.push({ ...r, ruleId: rule.id, category: rule.category, severity: active.explicitSeverity ? active.severity : (r.severity ?? active.severity) })
  }
  try {
    run({ doc, options: active.options, spelling: options.spelling, terms: options.terms, report })
  } catch (error) {
    options.onRuleError?.(rule.id, error)
  }
}

function relative(f: Finding, block: AnalysedBlock): Finding {
  return { ...f, offset: f.offset - block.start, endOffset: f.endOffset - block.start }
}

const signatures = new WeakMap<object, string>()
let nextSignature = 0

/** Distinguishes contexts (accepted words, the team's terms) in cache keys. */
function spellingSignature(spelling: SpellingContext | undefined, terms: readonly TermSetting[] | undefined): string {
  return `${spelling ? idOf(spelling.accepted) : '-'}/${terms ? idOf(terms) : '-'}`
}

function idOf(o: object): string {
  let sig = signatures.get(o)
  if (!sig) {
    sig = String(nextSignature++)
    signatures.set(o, sig)
  }
  return sig
}
