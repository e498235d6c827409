/** The shapes every layer shares: the engine produces them, the LSP server and the CLI render them. */

/** Every severity a finding can have, gravest first: the one list configuration, schema and checks use. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const
export type Severity = (typeof SEVERITIES)[number]

/** True when a value from a configuration file or a setting is one of the severities. */
export function isSeverity(value: unknown): value is Severity {
  return (SEVERITIES as readonly unknown[]).includes(value)
}
export type Category = 'spelling' | 'grammar' | 'plain-language' | 'tone' | 'inclusive' | 'readability' | 'format' | 'accessibility'
export type DocumentFormat = 'markdown' | 'plaintext' | 'html'

/**
 * One piece of advice about one stretch of text. Offsets are UTF-16 code units into the
 * original document text, end exclusive, so JavaScript strings, LSP positions and the
 * CLI all agree.
 */
export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  /** Short Swedish imperative, e.g. "Skriv hellre ”få” än ”erhålla”." */
  message: string
  /** The exact text the finding covers. */
  actual: string
  /** Replacements, each one quick fix; an empty string means "remove". */
  expected: string[]
  /** Why, in plain Swedish. */
  note?: string
  /** Where the advice comes from. */
  source?: string
  url?: string
  offset: number
  endOffset: number
  /**
   * Set by a rule whose finding is made once per document (an unknown word): findings of the
   * rule with the same key become one, at the first place (see repeats.ts).
   */
  repeat?: RepeatMark
  /** Every place a finding made once per document stands, the first included; set by the engine. */
  occurrences?: Array<{ offset: number; endOffset: number }>
}

/** How one occurrence of a repeated finding counts when they are merged. */
export interface RepeatMark {
  key: string
  /** This occurrence decides the merged finding's severity and message (a name in mid-sentence). */
  leads?: boolean
  /** The text explains the word here (Norrfond (ett statligt bolag)), so no occurrence is reported. */
  explained?: boolean
  /**
   * The explanation counts only from where it stands: occurrences before the first explained one
   * are still reported (a term must be explained at its first use, not somewhere later).
   */
  fromHere?: boolean
}

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

export interface Token {
  kind: TokenKind
  text: string
  start: number
  end: number
}

/** A sentence: its tokens, whitespace included, in order. */
export interface Sentence {
  start: number
  end: number
  tokens: Token[]
  /** Word tokens only, in order: what rules and metrics count. */
  words: Token[]
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote' | 'code'

/**
 * A link inside a block, whatever the source syntax (inline, by reference, an autolink, a bare
 * URL or e-mail address). Offsets are into the document, like the block's own.
 */
export interface Link {
  /** What the reader sees as the link (for a bare URL, the URL itself). */
  text: string
  /** Where it leads, as written (a reference is resolved through its definition). */
  target: string
  /** The whole link, markup included. */
  start: number
  end: number
  /** The visible text alone. */
  textStart: number
  textEnd: number
  /**
   * The name the source gives the link beside its visible text (HTML `aria-label`), which a
   * screen reader reads instead of `text`; absent when the source gives none.
   */
  label?: string
}

/**
 * An image inside a block: its alternative text and its source. Offsets are into the document.
 * `alt` alone cannot tell an image without alternative text from one marked as decoration (both
 * ''); `altMissing` and `decorative` do.
 */
export interface Image {
  /** The alternative text; '' when the image has none, an empty one, or only whitespace. */
  alt: string
  source: string
  start: number
  end: number
  /** True when the source gives no alternative text at all (HTML `<img>` without an `alt` attribute). */
  altMissing?: boolean
  /**
   * True when the source marks the image as decoration a screen reader skips: in HTML an empty
   * `alt=""` or `role="presentation"`/`"none"`. Absent otherwise.
   */
  decorative?: boolean
}

/** Text between a pair of quotation marks. `start`/`end` include the marks; `text` is what lies between. */
export interface QuotedSpan {
  text: string
  start: number
  end: number
}

/**
 * A unit of prose that sentences never cross: a paragraph, a heading, a list item.
 * `text` is the original slice with everything that is not prose (markup, code,
 * URLs) blanked out by spaces, so it has the same length and the same offsets.
 * A code block is a block too, with all of its text blanked: rules find nothing in it, but
 * structure rules see where it is. Fields a source cannot give (a heading's level in plain text)
 * are left out, and empty lists are left out too, so the model stays as small as the text.
 * Nothing here names the source format: the same blocks can come from Markdown, HTML or Word.
 */
export interface Block {
  kind: BlockKind
  start: number
  end: number
  text: string
  /** A heading's level, 1 for the top (Markdown's depth). */
  level?: number
  /**
   * The language the document declares for this block (ISO 639-1, e.g. 'en'), from front matter
   * or an enclosing element; detection fills the gap on demand (see blockLanguage in language.ts).
   */
  language?: string
  /**
   * The language the document declares as a whole (Markdown front matter `lang:`, `<html lang>`):
   * a default, not an override. A paragraph plainly in another language (detected and borne out
   * by its function words) is read in that one: a Swedish page often holds an unmarked English
   * paragraph, and an element's `lang` or a comment, being deliberate, override both.
   */
  documentLanguage?: string
  /**
   * The language of the block's surroundings, for a block too short to detect with no declared
   * language: the section a heading opens, the nearest block with a language for any other
   * (see section-language.ts).
   * It comes from outside the block's text, so the block cache keys by it.
   */
  sectionLanguage?: string
  links?: Link[]
  images?: Image[]
}

/** A block read down to sentences and words, with its quotations (see quotes.ts). */
export interface AnalysedBlock extends Block {
  sentences: Sentence[]
  /** Quoted spans, in order; empty when the block quotes nothing. */
  quotes: readonly QuotedSpan[]
}

export interface AnalysedDocument {
  text: string
  format: DocumentFormat
  blocks: AnalysedBlock[]
  /** What could not be read as intended (in Swedish), e.g. Markdown nested too deep to parse. */
  warnings?: string[]
}

/** A sentence as the document-wide figures need it: where it is and how many words it has. */
export interface SentenceSpan {
  start: number
  end: number
  words: number
}

/**
 * What the document-wide parts (metrics, the report, the hover's paragraph LIX, whole-document
 * rules) need of a block, without its tokens: a check keeps these and lets the tokens go, so
 * memory stays small however long the document is.
 */
export interface BlockSummary {
  kind: BlockKind
  start: number
  end: number
  /** The block's sentences that hold at least one word, in order. */
  sentences: SentenceSpan[]
  words: number
  longWords: number
  /** The block's distinct words in lower case (OVIX counts them across the document). */
  types: string[]
  /** Words tagged noun, preposition or participle, and pronoun, adverb or verb: the nominal ratio's two sides. */
  nominal: number
  verbal: number
  /**
   * The block's language (declared, detected, else its section's; see blockLanguage), undefined
   * when too short to tell: such a block is read as Swedish. Metrics count Swedish blocks only.
   */
  language?: string
  /**
   * What whole-document rules collected from this block, by rule id, with offsets relative to
   * the block's start (see Rule.summarizeBlock).
   */
  ruleData: Record<string, unknown>
}

/** A checked document as whole-document rules, metrics and reports see it. */
export interface DocumentOverview {
  text: string
  format: DocumentFormat
  blocks: BlockSummary[]
  warnings?: string[]
}

export interface Metrics {
  words: number
  sentences: number
  longWords: number
  /** LIX = words/sentences + 100·longWords/words; 0 for an empty text. */
  lix: number
  /** OVIX; 0 for an empty text, null where the formula is undefined (every word unique). */
  ovix: number | null
  /**
   * Nominal ratio (NK, Sparv's definition: nouns + prepositions + participles over pronouns +
   * adverbs + verbs) with parts of speech estimated from the dictionary; 0 for an empty text,
   * null where undefined.
   */
  nominalRatio: number | null
  /**
   * Words by language (ISO 639-1: {"sv": 420, "en": 96}) over the whole document; the figures
   * above count the Swedish text only. A block too short to tell its language counts as Swedish.
   */
  languages: Record<string, number>
}
