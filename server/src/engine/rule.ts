import type { AnalysedBlock, Category, DocumentFormat, DocumentOverview, Finding, Severity } from './types'

/**
 * The rule contract: what a rule is, what it sees and how it reports. It lives on the engine's
 * floor, beside the runner (check.ts), so the engine never reaches up into rules/ or config/.
 */

/** What the spelling rule needs from a dictionary: a verdict per word and, on request, suggestions. */
export interface Speller {
  correct(word: string): boolean
  suggest(word: string): string[]
}

/** Words a team or user accepts beyond the dictionary. */
export interface WordList {
  has(word: string): boolean
}

/** What a check needs for spelling: the dictionary and the words a team or user accepts. */
export interface SpellingContext {
  speller: Speller
  accepted: WordList
  /** The English dictionary, once a document with English has had it loaded (see SpellingService). */
  english?: Speller
}

/** A team's own replacement: words or phrases to avoid and what to write instead. */
export interface TermSetting {
  avoid: string[]
  prefer: string[]
  message?: string
  severity?: Severity
}

/** A rule as configured for one check: its severity and options resolved. */
export interface ActiveRule {
  rule: Rule<any>
  severity: Severity
  /** True when a user or team chose the severity; it then overrides per-entry severities. */
  explicitSeverity: boolean
  options: Record<string, unknown>
}

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
  /** The team's own acronyms that need no explanation (configuration field `acronyms`). */
  acronyms?: readonly string[]
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
 * A rule checks blocks (paragraphs, headings, list items, code) one at a time, so results can be
 * cached per block. A block gives its text, sentences, links, images, quotations, a heading's
 * level and a declared language; its language and a sentence's tags are asked for on demand
 * (see model.ts). Rules read this model and never parse the source again. A rule that needs the whole document implements `checkDocument`, which sees
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
  /**
   * The blocks the rule reads (see `reads` in check.ts): Swedish ones by default (a block
   * too short to tell counts as Swedish), 'en' for English ones only, 'any' for every block
   * (structure: headings, images, links). Its summarizeBlock is asked for the same blocks.
   */
  language?: 'en' | 'any'
  checkBlock?(block: AnalysedBlock, ctx: RuleContext<O>): void
  /** Collects what `checkDocument` needs from one block, offsets relative to the block's start (it is cached by the block's text). */
  summarizeBlock?(block: AnalysedBlock): unknown
  checkDocument?(doc: DocumentOverview, ctx: RuleContext<O>): void
}

/** Identity helper that keeps a rule's option type attached to it. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule
}
