import type { AnalysedBlock, Sentence, Severity, Token } from '../engine/types'
import { isCapitalised } from '../engine/case'
import type { AgreementSlot } from './fix-agreement'

/** One entry of a phrase list in dictionaries/, as the build compiles it. */
export interface PhraseEntry {
  id: string
  prefer: string[]
  forms: PhraseForm[]
  note: string
  source: string
  url: string
  severity?: Severity
  /** Context in which the entry does not apply: the word before or after, or any word in the sentence. */
  unless?: {
    before?: string[]
    after?: string[]
    sentenceHas?: string[]
    /** One of these within the three words before (a trailing * matches any ending): *vet inte i vilken*. */
    soonAfter?: string[]
    /** Nothing follows before punctuation or the sentence's end: a noun, not a preposition (*i detta avseende.*). */
    endsClause?: boolean
  }
  /** Context the entry needs: a word in the same sentence (a trailing * matches any ending). */
  onlyIf?: { sentenceHas?: string[] }
  /** A subdivision shown to the reader, e.g. "funktionsnedsättning". */
  category?: string
  /** Match capitalised words inside a sentence too (the entry is itself a name: Stockholms kommun). */
  matchCapitalised?: boolean
  /**
   * The fixes are an adjective's forms: the phrase each one agrees with, in the order of every
   * form's fixes (s.k. -> så kallade | så kallad | så kallat: [plural, en, ett]). The rule offers
   * the one that agrees with the word before the match, or all when that word does not tell.
   */
  agreement?: AgreementSlot[]
}

export interface PhraseForm {
  /** Lowercase words of the form, e.g. ["i", "enlighet", "med"]. */
  words: string[]
  /** Replacements for exactly this form; empty when no mechanical fix is safe. */
  fixes: string[]
  /**
   * The form applies only as the sentence's first word (written `^form` in the data), where the
   * fix may differ: *Beträffande X gäller …* needs *När det gäller X*, since an opening *Om* reads as "if".
   */
  opensSentence?: boolean
}

export interface PhraseMatch {
  entry: PhraseEntry
  form: PhraseForm
  start: number
  end: number
  /** The tokens of the sentence the match stands in. */
  sentenceTokens: Token[]
}

interface Candidate {
  entry: PhraseEntry
  form: PhraseForm
}

/**
 * Finds phrase-list forms in text: whole words only (never inside a compound), case-insensitive,
 * across spaces and line breaks but never across punctuation. A capitalised match inside a
 * sentence is taken for a name and left alone.
 */
export class PhraseTable {
  private readonly byFirstWord = new Map<string, Candidate[]>()

  constructor(entries: readonly PhraseEntry[]) {
    for (const entry of entries) {
      for (const form of entry.forms) {
        const key = form.words[0]
        const list = this.byFirstWord.get(key) ?? []
        list.push({ entry, form })
        this.byFirstWord.set(key, list)
      }
    }
    // the longest form first, and a sentence's opening form before the same words anywhere
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.form.words.length - a.form.words.length || Number(!!b.form.opensSentence) - Number(!!a.form.opensSentence))
  }

  matches(block: AnalysedBlock): PhraseMatch[] {
    const out: PhraseMatch[] = []
    for (const sentence of block.sentences) this.matchSentence(sentence, out)
    return out
  }

  private matchSentence(sentence: Sentence, out: PhraseMatch[]): void {
    for (const { run, lower } of wordRuns(sentence)) {
      for (let i = 0; i < run.length; i++) {
        const candidates = this.byFirstWord.get(lower[i])
        if (!candidates) continue
        const found = candidates.find(
          (c) =>
            (!c.form.opensSentence || run[i] === sentence.words[0]) &&
            formMatchesAt(c.form.words, lower, i) &&
            guardsAllow(c.entry, lower, i, c.form.words.length) &&
            contextAllows(c.entry, sentence),
        )
        if (!found) continue
        const last = i + found.form.words.length - 1
        if (found.entry.matchCapitalised || !looksLikeName(run[i], sentence)) {
          const opener = sentence.words[0]?.text.toLowerCase()
          const form = withoutSplitParticles(found.form, lower[last + 1], i > 0 ? lower[i - 1] : undefined, run[i] !== sentence.words[0] ? opener : undefined)
          out.push({ entry: found.entry, form, start: run[i].start, end: run[last].end, sentenceTokens: sentence.tokens })
        }
        i = last
      }
    }
  }
}

interface WordRun {
  run: Token[]
  /** The run's words in lower case. */
  lower: string[]
}

/** Every phrase rule reads the same sentences: split and lower-case each one once. */
const runsBySentence = new WeakMap<Sentence, WordRun[]>()

/** Splits a sentence's words into runs separated only by whitespace (punctuation breaks a run). */
function wordRuns(sentence: Sentence): WordRun[] {
  const known = runsBySentence.get(sentence)
  if (known) return known
  const runs: WordRun[] = []
  let run: WordRun = { run: [], lower: [] }
  for (const t of sentence.tokens) {
    if (t.kind === 'word') {
      run.run.push(t)
      run.lower.push(t.text.toLowerCase())
    } else if (t.kind !== 'whitespace') {
      if (run.run.length) runs.push(run)
      run = { run: [], lower: [] }
    }
  }
  if (run.run.length) runs.push(run)
  runsBySentence.set(sentence, runs)
  return runs
}

/** Verb particles a fix can end with (inkom -> kom in, underlåter -> låter bli, föranleder -> leder till). */
const PARTICLES = new Set(['in', 'ut', 'upp', 'av', 'bli', 'till', 'fram', 'bort', 'ner', 'ned', 'undan', 'kvar', 'tillbaka'])

/**
 * Sentence adverbs that stand right after a finite verb and before its particle, never after a
 * non-finite verb: *ansökan kom inte in*, not *kom in inte*.
 */
const CLAUSE_ADVERBS = new Set(['inte', 'ej', 'icke', 'aldrig', 'dock', 'ju', 'väl', 'nog', 'heller', 'alltså', 'således', 'emellertid', 'kanske'])

/** Adverbials that, first in a clause, put the subject after the verb (Därför inkom nämnden …). */
const INVERTING = new Set(['då', 'sedan', 'därför', 'nu', 'därefter', 'dessutom', 'här', 'där', 'sen', 'så', 'ändå', 'slutligen', 'senare', 'tidigare'])
/** Prepositions after a verb: the clause goes on without a subject between (kom in i tid, kom in med). */
const PREPOSITIONS_AFTER = new Set(['i', 'på', 'till', 'med', 'från', 'under', 'efter', 'för', 'om', 'av', 'hos', 'via', 'inom', 'senast', 'före', 'vid', 'genom'])

/**
 * A fix ending in a particle cannot stand where a sentence adverb follows the verb (*Ansökan inkom
 * inte i tid* would become *kom in inte i tid*), nor where the clause is inverted and its subject
 * follows the verb (*under hösten 2024 inkom drygt 200 synpunkter* would become *kom in drygt
 * 200 synpunkter*; the particle goes after the subject): such fixes are dropped, the others kept.
 */
function withoutSplitParticles(form: PhraseForm, next: string | undefined, previous: string | undefined, opener: string | undefined): PhraseForm {
  const adverbAfter = next !== undefined && CLAUSE_ADVERBS.has(next)
  // a fronted adverbial (Därför …, 2024 …, I maj …) puts the subject after the verb
  const fronted = (previous !== undefined && (INVERTING.has(previous) || /^\d/.test(previous))) || (opener !== undefined && PREPOSITIONS_AFTER.has(opener))
  const inverted = fronted && next !== undefined && !PREPOSITIONS_AFTER.has(next)
  if (!adverbAfter && !inverted) return form
  const fixes = form.fixes.filter((f) => {
    const words = f.split(' ')
    return words.length < 2 || !PARTICLES.has(words[words.length - 1])
  })
  return fixes.length === form.fixes.length ? form : { ...form, fixes }
}

function formMatchesAt(words: string[], lower: string[], i: number): boolean {
  if (i + words.length > lower.length) return false
  for (let k = 1; k < words.length; k++) if (lower[i + k] !== words[k]) return false
  return true
}

function guardsAllow(entry: PhraseEntry, lower: string[], i: number, length: number): boolean {
  const before = entry.unless?.before
  if (before && i > 0 && before.includes(lower[i - 1])) return false
  const after = entry.unless?.after
  if (after && i + length < lower.length && after.includes(lower[i + length])) return false
  if (entry.unless?.endsClause && i + length === lower.length) return false
  const soonAfter = entry.unless?.soonAfter
  if (soonAfter && lower.slice(Math.max(0, i - 3), i).some((w) => soonAfter.some((p) => (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p)))) return false
  return true
}

/** Sentence-wide guards: `onlyIf.sentenceHas` must find a word, `unless.sentenceHas` must not. */
function contextAllows(entry: PhraseEntry, sentence: Sentence): boolean {
  const needs = entry.onlyIf?.sentenceHas
  const forbids = entry.unless?.sentenceHas
  if (!needs && !forbids) return true
  const words = sentence.words.map((w) => w.text.toLowerCase())
  const has = (patterns: string[]) => patterns.some((p) => (p.endsWith('*') ? words.some((w) => w.startsWith(p.slice(0, -1))) : words.includes(p)))
  if (needs && !has(needs)) return false
  return !(forbids && has(forbids))
}

/** A capitalised word that does not open its sentence (nor follow a colon) is probably a name. */
function looksLikeName(word: Token, sentence: Sentence): boolean {
  if (!isCapitalised(word.text)) return false
  const index = sentence.tokens.indexOf(word)
  for (let j = index - 1; j >= 0; j--) {
    const t = sentence.tokens[j]
    if (t.kind === 'whitespace') continue
    return !(t.kind === 'punctuation' && /^[:"”“„«(–—-]$/u.test(t.text))
  }
  return false
}

/** ”a”, ”b” eller ”c”: alternatives as Swedish prose. */
export function swedishList(words: readonly string[]): string {
  const quoted = words.map((w) => `”${w}”`)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} eller ${quoted[quoted.length - 1]}`
}
