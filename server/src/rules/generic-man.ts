import { defineRule } from '../engine/rule'
import { ms, MS_URL } from './sources'
import { refersToNamedBody } from './man-reference'
import { isReflexive, reflexiveIn } from './fix-agreement'
import { isFiniteVerb, isSPassive, estimateTag } from '../morphology'
import { CLOSED_CLASS } from '../morphology/closed-class'
import type { Token } from '../engine/types'

/** Words before "man" that make it the noun: articles, determiners, adjectives, numerals (god man = guardian). */
const NOUN_BEFORE = new Set([
  'en', 'den', 'denne', 'denna', 'samme', 'samma', 'varje', 'ingen', 'någon', 'annan', 'sista', 'första', 'förste',
  'siste', 'ung', 'unge', 'gammal', 'gamle', 'äldre', 'yngre', 'okänd', 'okände', 'vuxen', 'vuxne', 'ensam', 'gift',
  'vanlig', 'stor', 'liten', 'lång', 'kort', 'tionde', 'femte', 'tredje', 'andra', 'mot', 'per', 'vår', 'min', 'din',
  'hennes', 'hans', 'deras', 'er', 'god', 'gode', 'hemlös', 'arbetslös', 'svensk', 'utländsk', 'tjock', 'snäll', 'klok', 'fattig', 'rik',
])
/** Word classes before "man" that make it the noun: possessives (sin man), determiners, numerals (fem man). */
const NOUN_BEFORE_TAGS = new Set(['PS', 'DT', 'RG', 'RO'])
/** Degree words that make the adjective after them an adverbial: ju äldre man blir, hur gammal man måste vara. */
const DEGREE = new Set(['ju', 'desto', 'hur'])
/** Words after "man" that make it the noun: "man och kvinna", "man eller kvinna" (om man och hustru skiljer sig). */
const NOUN_AFTER = new Set(['och', 'eller'])
/** Prepositions after "man" that make it the noun unless a verb or subordinator opens the clause: man ur huse, but bor man i. */
const NOUN_AFTER_UNOPENED = new Set(['ur', 'mot', 'som', 'i', 'med'])
/** Copulas that take "man" as the noun when nothing follows it: Han blev man. */
const COPULAS = new Set(['är', 'var', 'blir', 'blev', 'bli', 'vara', 'varit', 'blivit'])
/** Subordinators after which "man" is the subject pronoun (om man vill, när man ringer, som man lagt ned). */
const SUBORDINATORS = new Set(['om', 'när', 'att', 'som', 'så', 'då', 'eftersom', 'innan', 'medan', 'där', 'hur', 'vad', 'varför', 'ifall', 'sedan', 'tills', 'fast', 'än', 'vilket', 'vart'])
const SUBJECT_PRONOUNS = new Set(['jag', 'du', 'han', 'hon', 'hen', 'vi', 'ni', 'de', 'dem'])

const ID = 'generic-man'

/** One generic "man" of a block, offsets relative to the block's start. */
interface Candidate {
  offset: number
  endOffset: number
  /** First in its sentence: the fix starts with a capital. */
  first: boolean
  /** No fix: a reflexive may refer to someone else, another "man" shares the sentence, or people say. */
  unsure: boolean
}

/** What a block tells: its generic "man", and how often it addresses the reader (du, dig, din …). */
interface ManSummary {
  found: Candidate[]
  du: number
}

/**
 * "man" as a generic pronoun (Man måste ansöka, kan man ringa): addressing the reader as "du"
 * is more direct. Never the noun (en man, en äldre man, man och kvinna, som man har jag …).
 * A whole-document rule: the fix offers "du" only in a text that already speaks to its reader
 * (du at least three times); in an essay "man" is people in general, and
 * "vi" is the sender in a letter from an authority, so neither is a safe rewrite there.
 */
export const genericMan = defineRule({
  id: ID,
  category: 'tone',
  defaultSeverity: 'hint',
  description: 'Pronomenet man där läsaren kan tilltalas med du (Man måste ansöka → Du måste ansöka).',
  summarizeBlock(block): ManSummary {
    const found: Candidate[] = []
    let du = 0
    block.sentences.forEach((sentence, s) => {
      const words = sentence.words
      const before = found.length
      words.forEach((word, i) => {
        const lower = word.text.toLowerCase()
        if (ADDRESS.has(lower)) du++
        if (word.text !== 'man' && word.text !== 'Man') return
        if (word.text === 'Man' && i > 0) return // a name or a heading word, not the pronoun
        if (!isPronoun(words, i, sentence.tokens)) return
        // "man" for a body or group just named (Kommunen meddelar att man stänger badet) is not the reader
        if (refersToNamedBody(block.sentences, s, i)) return
        // the reflexives that refer to "man" change with it (man anmäler sig → du anmäler dig)
        const { end, unsure: unsureAfter } = reflexivesEnd(sentence.tokens, word)
        // a reflexive before "man" (för att uttala sig … måste man) may be its own: the fix would miss it
        // ”…, säger man”: people say, not the reader
        const saying = SAYING.has(words[i - 1]?.text.toLowerCase() ?? '')
        const unsure = unsureAfter || saying || words.slice(0, i).some((w) => isReflexive(w.text.toLowerCase()))
        found.push({ offset: word.start - block.start, endOffset: end - block.start, first: i === 0, unsure })
      })
      // two generic "man" in one sentence are one person: a fix for one alone would leave the
      // sentence mixed (Om du vill byta kärl kan man ansöka), so neither gets one
      if (found.length - before > 1) for (const c of found.slice(before)) c.unsure = true
    })
    return { found, du }
  },
  checkDocument(doc, ctx) {
    const summaries = doc.blocks.map((b) => [b, b.ruleData[ID] as ManSummary | undefined] as const)
    const du = summaries.reduce((n, [, m]) => n + (m?.du ?? 0), 0)
    const addressed = du >= ADDRESSED
    for (const [block, summary] of summaries) {
      for (const c of summary?.found ?? []) {
        const offset = block.start + c.offset
        const endOffset = block.start + c.endOffset
        const actual = ctx.doc.text.slice(offset, endOffset)
        ctx.report({
          message: c.unsure
            ? 'Tilltala gärna läsaren direkt: skriv ”du” i stället för ”man”, och ändra ”sig” och ”sin” som syftar på ”man” till ”dig” och ”din”.'
            : 'Tilltala gärna läsaren direkt: skriv ”du” i stället för ”man”.',
          actual,
          expected: c.unsure || !addressed ? [] : [withDu(actual, c.first)],
          note:
            'Ett direkt tilltal gör texten tydligare: läsaren ser att det gäller hen. Myndigheternas skrivregler ' +
            'godtar ”man” i offentliga texter och föredrar det framför passiv form, men ”man” får inte syfta på ' +
            'olika personer i samma text. Därför bara en ledtråd, och ”du” som snabbkorrigering bara i en text ' +
            'som redan tilltalar läsaren med du.',
          source: `${ms('1.2.5 och 1.3.4')}; Migrationsverket, Midas: Språk`,
          url: MS_URL,
          offset,
          endOffset,
        })
      }
    }
  },
})

/** Verbs of saying before an inverted "man" (…, säger man): a report of what people say. */
const SAYING = new Set(['säger', 'sa', 'sade', 'menar', 'påstår', 'tror', 'trodde', 'hävdar', 'brukar'])

/** The words that show a text speaks to its reader. */
const ADDRESS = new Set(['du', 'dig', 'din', 'ditt', 'dina'])
/** How many of them make a text one that addresses its reader (a stray du in an essay does not). */
const ADDRESSED = 3

/** What ends the clause "man" is the subject of: its reflexives do not reach past these. */
const CLAUSE_END = /^[,.;:!?()–—]$/u
const CLAUSE_WORDS = new Set([
  'och', 'men', 'eller', 'att', 'som', 'om', 'när', 'eftersom', 'medan', 'innan', 'för', 'så', 'hur', 'vad', 'var',
  'varför', 'vilket', 'vilken', 'vilka', 'där', 'dit', 'då', 'sedan', 'tills', 'fast', 'än', 'ifall',
])
/** A reflexive further away than this belongs to another clause more often than to "man". */
const REFLEXIVE_REACH = 6

/**
 * Where the finding ends: "man" itself, or the last sig/sin/sitt/sina of its clause (an infinitive
 * after *att* belongs to it: man har svårt att frigöra sig). `unsure` when a reflexive further on
 * in the sentence may refer to "man" or to someone else: then no fix is offered.
 */
function reflexivesEnd(tokens: Token[], man: Token): { end: number; unsure: boolean } {
  let end = man.end
  let seen = 0
  let closed = false
  const start = tokens.indexOf(man) + 1
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k]
    if (t.kind === 'punctuation' && CLAUSE_END.test(t.text)) closed = true
    if (t.kind !== 'word') continue
    const lower = t.text.toLowerCase()
    if (closed) {
      if (isReflexive(lower)) return { end: man.end, unsure: true }
      continue
    }
    if (++seen > REFLEXIVE_REACH || lower === 'man' || (CLAUSE_WORDS.has(lower) && !(lower === 'att' && infinitiveFollows(tokens, k)))) {
      closed = true
      continue
    }
    if (isReflexive(lower)) end = t.end
  }
  return { end, unsure: false }
}

/** *att* before a verb, not before a subject (att hon, att det): the infinitive marker. */
function infinitiveFollows(tokens: Token[], k: number): boolean {
  const next = tokens.slice(k + 1).find((t) => t.kind === 'word')
  return next !== undefined && !/^\p{Lu}/u.test(next.text) && !SUBJECT_PRONOUNS.has(next.text) && !['det', 'den', 'man', 'alla', 'ingen', 'någon'].includes(next.text)
}

/** The span with "man" replaced by "du" and its reflexives made to agree. */
function withDu(span: string, capital: boolean): string {
  return (capital ? 'Du' : 'du') + span.slice(3).replace(/\b(sig|sin|sitt|sina)\b/gu, (w) => reflexiveIn(w, 'du'))
}

function isPronoun(words: Token[], i: number, tokens: Token[]): boolean {
  const lower = (k: number): string | undefined => words[k]?.text.toLowerCase()
  const before = lower(i - 1)
  const after = lower(i + 1)
  const adjacentBefore = before !== undefined && onlySpaceBetween(tokens, words[i - 1], words[i])
  const adjacentAfter = after !== undefined && onlySpaceBetween(tokens, words[i], words[i + 1])
  if (adjacentBefore && isNounBefore(words[i - 1].text, lower(i - 2))) return false
  const openerBefore = adjacentBefore && (isFiniteVerb(before) || SUBORDINATORS.has(before))
  // "som" opens a clause (som man lagt ned) or compares (som man i 40-årsåldern): only a verb or subordinator counts
  const opened = openerBefore && before !== 'som'
  if (adjacentAfter && (NOUN_AFTER.has(after) || (NOUN_AFTER_UNOPENED.has(after) && !opened))) return false
  // "Som man har jag …": "man" is the noun when a subject pronoun follows the verb
  if (before === 'som' && after !== undefined && isFiniteVerb(after) && SUBJECT_PRONOUNS.has(lower(i + 2) ?? '')) return false
  // a headline: Man greps efter inbrott (a past passive after the pronoun is rare)
  if (i === 0 && after !== undefined && isPastPassive(after)) return false
  // Han blev man.
  if (adjacentBefore && COPULAS.has(before) && !adjacentAfter) return false
  return openerBefore || (adjacentAfter && isFiniteVerb(after))
}

/**
 * The word before makes "man" the noun: a listed determiner or adjective, a possessive or numeral
 * (sin man, fem man), a genitive (Annas man, kvinnans man) or an attributive adjective or
 * participle (en trevlig man, en 40-årig man, en pensionerad man), unless a degree word makes it
 * adverbial (ju äldre man blir).
 */
function isNounBefore(text: string, twoBefore: string | undefined): boolean {
  const w = text.toLowerCase()
  if (twoBefore !== undefined && DEGREE.has(twoBefore)) return false
  if (NOUN_BEFORE.has(w) || NOUN_BEFORE_TAGS.has(CLOSED_CLASS.get(w) ?? '') || w === 'vars') return true
  if (CLOSED_CLASS.has(w) || SUBORDINATORS.has(w) || isFiniteVerb(w)) return false
  if (/^\p{L}{2,}s$/u.test(w)) return true // a genitive: not a verb, not a function word
  // an attributive adjective agrees with "man" (trevlig, 40-årig, okände), never in -t (snabbt, lätt)
  const tag = estimateTag(w)
  return (tag === 'JJ' || tag === 'PC') && !w.endsWith('t')
}

/** An s-passive in the past: greps, dömdes, hittades (not anses, which is present). */
function isPastPassive(word: string): boolean {
  const passive = isSPassive(word)
  return passive !== undefined && !passive.active.endsWith('r')
}

function onlySpaceBetween(tokens: Token[], a: Token, b: Token): boolean {
  return tokens.every((t) => t.end <= a.end || t.start >= b.start || t.kind === 'whitespace')
}

