import type { BlockSummary, DocumentOverview } from '../engine/types'
import { swedishBlocks } from '../engine/metrics'
import { readable } from '../engine/fillers'

/**
 * What the Klarspråkstest reads from the text itself, beside the rules' findings: the headings,
 * the sentences of the running text, how the reader is addressed and where the main message
 * first stands. Everything here is counted over the Swedish blocks, as the metrics are.
 */

/** A heading as the reader sees it, with its place. */
export interface HeadingSignal {
  text: string
  words: number
  start: number
  end: number
  generic: boolean
  informative: boolean
}

/** A sentence of the running text (headings left out), with its place. */
export interface SentenceSignal {
  start: number
  end: number
  words: number
}

/**
 * Headings that say nothing of what follows. ISOF names Information, Bakgrund and Frågor; the
 * others are the same kind of label, our choice. Beslut is left out: in a decision letter it is
 * the place the reader looks for.
 */
const GENERIC_HEADINGS = new Set(['information', 'info', 'bakgrund', 'frågor', 'inledning', 'övrigt', 'allmänt', 'beskrivning', 'ärende', 'ärendet', 'diverse', 'översikt', 'övrig information', 'allmän information', 'fakta'])

/** The text of a stretch as a reader sees it: fillers, Markdown marks and link targets left out, on one line. */
export function plainText(text: string): string {
  return readable(text)
    .replace(/\]\([^)]*\)/g, '')
    .replace(/^\s*#{1,6}\s+|\s+#+\s*$/g, '')
    .replace(/[*_`[\]]/g, '')
    .replace(/\n[=-]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The headings of the Swedish text, in order, each marked generic (says nothing) or informative (a statement, a question, an instruction). */
export function headingSignals(doc: DocumentOverview): HeadingSignal[] {
  return swedishBlocks(doc)
    .filter((b) => b.kind === 'heading' && b.words > 0)
    .map((b) => {
      const text = plainText(doc.text.slice(b.start, b.end))
      const key = text.toLowerCase().replace(/^[\d.\s]+/, '').replace(/[:.]$/, '').trim()
      const generic = GENERIC_HEADINGS.has(key)
      return { text, words: b.words, start: b.start, end: b.end, generic, informative: !generic && (b.words >= 3 || text.endsWith('?')) }
    })
}

/** The sentences of the running text: paragraphs, list items, table cells and quotes, not headings. */
export function bodySentences(doc: DocumentOverview): SentenceSignal[] {
  return bodyBlocks(doc).flatMap((b) => b.sentences.map((s) => ({ start: s.start, end: s.end, words: s.words })))
}

function bodyBlocks(doc: DocumentOverview): BlockSummary[] {
  return swedishBlocks(doc).filter((b) => b.kind !== 'heading' && b.kind !== 'code')
}

/** How the text speaks to its reader: du and ni forms, and words that name the reader in the third person. */
export interface AddressSignal {
  du: number
  ni: number
  /** Words like sökanden, den enskilde, vårdnadshavaren, where a text could say du. */
  thirdPerson: number
  thirdPersonExamples: string[]
  /** The first du or ni form, for a link. */
  first?: { start: number; end: number }
}

const DU = new Set(['du', 'dig', 'din', 'ditt', 'dina'])
const NI = new Set(['ni', 'er', 'ert', 'era'])
/** Nouns that name the reader from outside: the text talks about the reader rather than to them. Our list. */
const THIRD_PERSON = /^(sökande(n|s)?|enskilde|enskildes|vårdnadshavare(n|na|ns)?|fastighetsägare(n|ns)?|mottagare(n|ns)?|medborgare(n|na|ns)?|brukare(n|ns)?|kunden|klienten|hyresgäste(n|ns)|boende)$/

export function addressSignals(doc: DocumentOverview): AddressSignal {
  const out: AddressSignal = { du: 0, ni: 0, thirdPerson: 0, thirdPersonExamples: [] }
  for (const b of bodyBlocks(doc)) {
    const text = doc.text.slice(b.start, b.end)
    for (const m of readableWords(text)) {
      const w = m.word.toLowerCase()
      if (DU.has(w) || NI.has(w)) {
        if (DU.has(w)) out.du++
        else out.ni++
        out.first ??= { start: b.start + m.index, end: b.start + m.index + m.word.length }
      }
      if (THIRD_PERSON.test(w)) {
        out.thirdPerson++
        if (out.thirdPersonExamples.length < 3 && !out.thirdPersonExamples.includes(w)) out.thirdPersonExamples.push(w)
      }
    }
  }
  return out
}

function* readableWords(text: string): Generator<{ word: string; index: number }> {
  for (const m of text.matchAll(/\p{L}+/gu)) yield { word: m[0], index: m.index }
}

/**
 * Verbs and phrases that carry a decision or a text's main message: beviljar, avslår, har
 * beslutat, tillstyrker, du får, du behöver. Our list, read from decision letters and remiss
 * answers; it finds where a decision is said, not whether the text has one.
 */
const MAIN_MESSAGE = /\b(beviljar|beviljas|beviljat|beviljats|beviljad|beviljade|avslår|avslås|avslagit|avslogs|godkänner|godkänns|godkänt|godkändes|beslutar att|beslutat att|beslutade att|beslöt att|har bestämt|bestämt att|har erbjudits|erbjuder (?:dig|er|ditt|ert)|har fått (?:plats|bygglov|bidrag|stöd|hjälp|ersättning|tillstånd)|tillstyrker|avstyrker|ställer sig bakom|föreslår att|du får|du kan inte få|du ska|du behöver|du måste|ni får|ni ska|ni behöver|ni måste)\b/i
/** A proposed decision in a tjänsteutlåtande starts with its verb: Godkänna …, Anta …, Tillstyrka … */
const PROPOSED_DECISION = /^(godkänna|anta|avslå|bevilja|tillstyrka|avstyrka|överlämna)\b/i

/** Where the main message first stands: which sentence of the running text, and how far into its words. */
export interface MainMessageSignal {
  /** 0 for the first sentence of the running text. */
  sentence: number
  sentences: number
  /** Words of the running text before that sentence, in percent of all. */
  wordsBefore: number
  start: number
  end: number
  text: string
}

export function mainMessage(doc: DocumentOverview): MainMessageSignal | undefined {
  const sentences = bodySentences(doc)
  const total = sentences.reduce((n, s) => n + s.words, 0)
  let before = 0
  for (const [i, s] of sentences.entries()) {
    const text = plainText(doc.text.slice(s.start, s.end))
    if (MAIN_MESSAGE.test(text) || PROPOSED_DECISION.test(text)) return { sentence: i, sentences: sentences.length, wordsBefore: total ? Math.round((100 * before) / total) : 0, start: s.start, end: s.end, text }
    before += s.words
  }
  return undefined
}
