import type { AnalysedDocument, DocumentFormat, Finding, Metrics } from './types'
import type { ActiveRule } from '../config/rule-settings'
import type { Report } from '../rules/rule'
import { analyse } from './analyse'
import { computeMetrics } from './metrics'
import type { AnalysisCache } from './analysis-cache'
import type { SpellingContext } from '../spelling/speller'

export interface CheckResult {
  findings: Finding[]
  metrics: Metrics
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
  /** The dictionary and accepted words; without it the spelling rule stays silent. */
  spelling?: SpellingContext
}

/** Runs every active rule over a document: the one entry point the CLI, the server and tests share. */
export function checkText(text: string, format: DocumentFormat, options: CheckOptions): CheckResult {
  const doc = analyse(text, format, options.cache)
  const findings: Finding[] = []
  for (const active of options.rules) {
    if (options.isCancelled?.()) break
    try {
      runRule(active, doc, findings, options.spelling)
    } catch (error) {
      options.onRuleError?.(active.rule.id, error)
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
  return { findings, metrics: computeMetrics(doc), doc }
}

function runRule(active: ActiveRule, doc: AnalysedDocument, out: Finding[], spelling: SpellingContext | undefined): void {
  const { rule } = active
  const report = (r: Report): void => {
    out.push({ ...r, ruleId: rule.id, category: rule.category, severity: active.explicitSeverity ? active.severity : (r.severity ?? active.severity) })
  }
  const ctx = { doc, options: active.options, spelling, report }
  if (rule.checkBlock) for (const block of doc.blocks) rule.checkBlock(block, ctx)
  rule.checkDocument?.(doc, ctx)
}
