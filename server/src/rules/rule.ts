import type { AnalysedBlock, Category, DocumentFormat, DocumentOverview, Finding, Severity } from '../engine/types'
import type { SpellingContext } from '../spelling/speller'
import type { TermSetting } from '../config/config-types'

/** What a rule hands to `report`: the finding without the fields the rule itself supplies. */
export type Report = Omit<Finding, 'ruleId' | 'category' | 'severity'> & { severity?: Severity }

export interface RuleContext<O> {
  /** The whole document's text: findings' offsets point into it. */
  doc: { text: string; format: DocumentFormat }
  options: O
  /** Present once the dictionary has loaded; rules that need it do nothing without it. */
  spelling?: SpellingContext
  /** The team's own replacements from its configuration. */
  terms?: readonly TermSetting[]
  report(finding: Report): void
}

/** One option a rule accepts; the settings schema and the README table are generated from these. */
export interface RuleOption {
  type: 'number' | 'boolean' | 'string'
  default: number | boolean | string
  description: string
  minimum?: number
}

/**
 * A rule checks blocks (paragraphs, headings, list items) one at a time, so results can be
 * cached per block. A rule that needs the whole document implements `checkDocument`, which sees
 * the document's summary (figures per block, no tokens); what else it needs it collects block by
 * block in `summarizeBlock`, whose result is cached with the block.
 */
export interface Rule<O = Record<string, unknown>> {
  id: string
  category: Category
  defaultSeverity: Severity
  /** One Swedish sentence for the rules table and the settings schema. */
  description: string
  /** Where the rule's advice can be read (findings carry their own, more precise links). */
  url?: string
  options?: Record<keyof O & string, RuleOption>
  checkBlock?(block: AnalysedBlock, ctx: RuleContext<O>): void
  /** Collects what `checkDocument` needs from one block, offsets relative to the block's start (it is cached by the block's text). */
  summarizeBlock?(block: AnalysedBlock): unknown
  checkDocument?(doc: DocumentOverview, ctx: RuleContext<O>): void
}

/** Identity helper that keeps a rule's option type attached to it. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule
}
