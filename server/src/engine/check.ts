import { mergeRepeats } from './repeats'
import { yieldThread } from '../util/yield-thread'
import type { Block, BlockSummary, DocumentFormat, DocumentOverview, Finding, Metrics } from './types'
import type { ActiveRule, Report, Rule, RuleContext, SpellingContext, TermSetting } from './rule'
import { isSwedish, metricsLanguage } from './language'
import { analyseBlock, documentBlocks } from './analyse'
import { computeMetrics } from './metrics'
import { shiftSummary, summarizeBlock } from './summary'
import type { ChunkCache } from './chunk-cache'
import { blockCacheKey, type BlockFindingsCache, type CachedBlock } from './block-findings-cache'
import { applySuppressions, findSuppressions } from './suppressions'
import { detached } from '../util/detached'
import { htmlFinding } from './html-findings'

export interface CheckResult {
  findings: Finding[]
  /** Computed on first use: the editor needs findings on every keystroke, metrics rarely. */
  readonly metrics: Metrics
  /** The document as figures per block (sentences, words, ...): what reports and hovers read. */
  overview: DocumentOverview
}

export interface CheckOptions {
  rules: ActiveRule[]
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void
  /** Re-uses the Markdown parse of unchanged chunks (the language server keeps one). */
  cache?: ChunkCache
  /** Re-uses the block rules' findings and the block's summary for unchanged paragraphs. */
  findingsCache?: BlockFindingsCache
  /** The dictionary and accepted words; without it the spelling rule stays silent. */
  spelling?: SpellingContext
  /** The team's own replacements (configuration field `terms`). */
  terms?: readonly TermSetting[]
  /** The team's own acronyms that need no explanation (configuration field `acronyms`). */
  acronyms?: readonly string[]
}

/**
 * Runs every active rule over a document: the one entry point the CLI, the server and tests share.
 * Blocks are tokenised one at a time and their tokens dropped once the block rules and the block's
 * summary are done, so a long document never holds all its tokens at once.
 */
export function checkText(text: string, format: DocumentFormat, options: CheckOptions): CheckResult {
  const steps = checkSteps(text, format, options)
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
}

/**
 * The same check, one block at a time: the generator pauses after each block, so a caller can
 * give the thread to other work between blocks and stop once the answer is no longer wanted
 * (see checkTextCancellable).
 */
export function* checkSteps(text: string, format: DocumentFormat, options: CheckOptions): Generator<void, CheckResult, void> {
  const { blocks, warnings, view } = documentBlocks(text, format, options.cache)
  // rules read the document as its reader sees it (an HTML page's view); offsets are the source's
  const docText = { text: view ?? text, format }
  const findings: Finding[] = []
  const summaries: BlockSummary[] = []
  const blockRules = options.rules.filter((r) => r.rule.checkBlock).map((active) => runnerFor(active, docText, options))
  const collectors = options.rules.filter((r) => r.rule.summarizeBlock)
  const signature = options.findingsCache ? cacheSignature(options) : ''
  for (const block of blocks) {
    const key = options.findingsCache ? blockCacheKey(signature, block) : undefined
    const cached = key ? options.findingsCache!.get(key) : undefined
    if (cached) {
      for (const f of cached.findings) findings.push({ ...f, offset: f.offset + block.start, endOffset: f.endOffset + block.start })
      summaries.push(shiftSummary(cached.summary, block.start))
      continue
    }
    const done = checkBlock(block, blockRules, collectors, options)
    findings.push(...done.findings)
    summaries.push(done.summary)
    if (key) options.findingsCache!.set(key, relativeTo(block, done))
    yield
  }
  const overview: DocumentOverview = { text: docText.text, format, blocks: summaries, ...(warnings.length ? { warnings } : {}) }
  for (const active of options.rules) {
    if (!active.rule.checkDocument) continue
    const runner = runnerFor(active, docText, options)
    guarded(runner, findings, options, () => active.rule.checkDocument!(overview, runner.ctx))
  }
  if (view !== undefined) for (let i = 0; i < findings.length; i++) findings[i] = htmlFinding(findings[i], text)
  const unsuppressed = applySuppressions(findings, findSuppressions(text, format))
  unsuppressed.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
  const kept = mergeRepeats(unsuppressed)
  let metrics: Metrics | undefined
  return {
    findings: kept,
    overview,
    get metrics() {
      metrics ??= computeMetrics(overview)
      return metrics
    },
  }
}

/** How long a cancellable check works before it gives the thread back (milliseconds). */
const SLICE_MS = 8

/**
 * Runs the check in slices of a few milliseconds, handing the thread back between them so that
 * newer requests and edits are read, and gives up (undefined) as soon as `stop()` says the answer
 * is no longer wanted: a newer version arrived or the request was cancelled.
 */
export async function checkTextCancellable(text: string, format: DocumentFormat, options: CheckOptions, stop: () => boolean): Promise<CheckResult | undefined> {
  const steps = checkSteps(text, format, options)
  let sliceStart = performance.now()
  for (;;) {
    if (stop()) return undefined
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldThread()
      sliceStart = performance.now()
    }
  }
}

/** A rule with its context, made once per check rather than once per block. */
interface RuleRunner {
  active: ActiveRule
  ctx: RuleContext<any>
  /** Where the rule's reports go: the findings of the block (or document) being checked. */
  out: Finding[]
}

function runnerFor(active: ActiveRule, doc: RuleContext<unknown>['doc'], options: CheckOptions): RuleRunner {
  const { rule } = active
  const runner: RuleRunner = { active, out: [], ctx: undefined! }
  runner.ctx = {
    doc,
    options: active.options,
    spelling: options.spelling,
    terms: options.terms,
    acronyms: options.acronyms,
    report: (r: Report) => {
      runner.out.push({ ...r, ruleId: rule.id, category: rule.category, severity: active.explicitSeverity ? active.severity : (r.severity ?? active.severity) })
    },
  }
  return runner
}

/** Tokenises one block, runs the block rules on it and summarises it. */
function checkBlock(block: Block, blockRules: RuleRunner[], collectors: ActiveRule[], options: CheckOptions): CachedBlock {
  const analysed = analyseBlock(block)
  const language = metricsLanguage(block)
  const findings: Finding[] = []
  for (const runner of blockRules) {
    if (reads(runner.active.rule, language)) guarded(runner, findings, options, () => runner.active.rule.checkBlock!(analysed, runner.ctx))
  }
  const summary = summarizeBlock(analysed, language)
  for (const active of collectors) {
    if (!reads(active.rule, language)) continue
    try {
      summary.ruleData[active.rule.id] = active.rule.summarizeBlock!(analysed)
    } catch (error) {
      options.onRuleError?.(active.rule.id, error)
    }
  }
  return { findings, summary }
}

/**
 * True when the rule reads a block in this language: Swedish rules read Swedish blocks and those
 * too short to tell, English rules English ones. The language is the one metrics count by
 * (declared, or detected and borne out by the text's function words), so a Swedish paragraph
 * with a few English words stays under the Swedish rules.
 */
function reads(rule: Rule<unknown>, language: string | undefined): boolean {
  if (rule.language === 'any') return true
  if (rule.language === 'en') return language === 'en'
  return isSwedish(language)
}

/** Runs a rule with its reports going to `out`; a rule that throws is passed on and the others go on. */
function guarded(runner: RuleRunner, out: Finding[], options: CheckOptions, run: () => void): void {
  runner.out = out
  try {
    run()
  } catch (error) {
    options.onRuleError?.(runner.active.rule.id, error)
  }
}

/** The block's results with offsets relative to its start, as the cache keeps them. */
function relativeTo(block: Block, done: CachedBlock): CachedBlock {
  return detached({
    findings: done.findings.map((f) => ({ ...f, offset: f.offset - block.start, endOffset: f.endOffset - block.start })),
    summary: shiftSummary(done.summary, -block.start),
  })
}

const signatures = new WeakMap<object, string>()
const ruleSets = new Map<string, string>()
let nextSignature = 0

/** Distinguishes contexts in cache keys: the rules and their settings, the accepted words, the team's terms. */
function cacheSignature(options: CheckOptions): string {
  const { spelling, terms } = options
  // the English dictionary arrives later than the Swedish one: blocks checked without it are stale then
  return `${rulesId(options.rules)}/${spelling ? idOf(spelling.accepted) : '-'}${spelling?.english ? '+en' : ''}/${terms ? idOf(terms) : '-'}`
}

/** Equal rule settings get the same id, so documents that share a configuration share cached blocks. */
function rulesId(rules: ActiveRule[]): string {
  let id = signatures.get(rules)
  if (id) return id
  const described = rules.map((r) => `${r.rule.id}:${r.severity}:${r.explicitSeverity}:${JSON.stringify(r.options)}`).join('|')
  id = ruleSets.get(described)
  if (!id) {
    id = `r${ruleSets.size}`
    ruleSets.set(described, id)
  }
  signatures.set(rules, id)
  return id
}

function idOf(o: object): string {
  let sig = signatures.get(o)
  if (!sig) {
    sig = String(nextSignature++)
    signatures.set(o, sig)
  }
  return sig
}
