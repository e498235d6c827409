import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { tagsOf } from '../engine/tags'
import type { Sentence, Token } from '../engine/types'
import { isMentionedOrCited } from './word-context'
import {
  ADVERBS, AUXILIARIES, CLAUSE_OPENERS, COPULAS, DETERMINER_NEGATORS, NEGATIVE_ADVERBS, PLAIN_NEGATORS, SUBJECT_PRONOUNS,
  isFiniteNegativeVerb, isNegativeVerb, isNegator, negatedAdjective,
} from './negation-words'
import type { Speller } from '../engine/rule'

const URL = 'https://www.textfixarna.se/lat-inte-bli-att-inte-tala-klarsprak/'
const SOURCE =
  'Textfixarna, ”Låt inte bli att inte tala klarspråk” (två negationer i samma mening, negativa verb som undvika med inte); ' +
  'Språkkonsulterna, Språkbrevet nr 5 2007 (dubbla negationer bromsar läsningen, ”Det är inte omöjligt”); ' +
  'Daniel Erlandsson, språkkrönika i VT 2019-01-20 (”inte ointelligent” är inte riktigt detsamma som ”intelligent”)'
const NOTE =
  'Två negationer i samma sats får läsaren att vända på betydelsen två gånger, och en av dem är lätt att missa. ' +
  'Skriv det du menar positivt: ”inte omöjligt” → ”möjligt”, ”kan inte uteslutas” → ”är möjligt”, ”ingen som inte ' +
  'har ansökt” → ”alla som har ansökt”. Ibland är den dubbla negationen avsiktligt svagare än det positiva ordet ' +
  '(”inte ovanligt” är inte alltid ”vanligt”): läs meningen efter rättelsen.'

/** One double negation in a sentence: the words it spans and what to suggest. */
interface Match {
  from: number
  to: number
  /** The two negations, for the message (inte + omöjligt). */
  pair: [string, string]
  fix?: string
}

/**
 * Two negations in one clause: a negator with a negated adjective (inte omöjligt, ingen obetydlig),
 * with a verb that means a negation (kan inte uteslutas, saknar inte), with "utan" (inte utan att),
 * or with a second negator (ingen som inte, inte … inte). The positive is offered where it is
 * mechanical: inte omöjligt → möjligt, att det inte är ovanligt → att det är vanligt.
 */
export const doubleNegation = defineRule({
  id: 'double-negation',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Dubbla negationer i samma sats (inte omöjligt → möjligt, kan inte uteslutas, ingen som inte).',
  url: URL,
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      for (const m of findDoubleNegations(sentence, ctx.doc.text, ctx.spelling?.speller)) {
        const start = sentence.words[m.from].start
        const end = sentence.words[m.to].end
        if (isMentionedOrCited(block, ctx.doc.text, start, end)) continue
        const actual = ctx.doc.text.slice(start, end)
        const shown = actual.replace(/\s+/g, ' ')
        ctx.report({
          message: m.fix
            ? `Skriv ”${m.fix}” i stället för den dubbla negationen ”${shown}”.`
            : `”${shown}” är en dubbel negation (${m.pair[0]} + ${m.pair[1]}). Skriv om positivt om det går.`,
          actual,
          expected: m.fix ? [m.fix] : [],
          note: NOTE,
          source: SOURCE,
          url: URL,
          offset: start,
          endOffset: end,
        })
      }
    }
  },
})

/** The double negations of one sentence, each word in at most one of them. */
export function findDoubleNegations(sentence: Sentence, text: string, speller?: Speller): Match[] {
  const words = sentence.words
  const lower = words.map((w) => w.text.toLowerCase())
  const clause = clauseIds(sentence, lower)
  const sameClause = (a: number, b: number): boolean => clause[a] === clause[b]
  const matches: Match[] = []
  let usedUntil = -1
  for (let i = 0; i < words.length; i++) {
    if (i <= usedUntil || !isNegator(lower, i)) continue
    // inte X utan Y contrasts two things: the negation belongs to the contrast, not to X
    if (lower.indexOf('utan', i + 2) > 0) continue
    const m =
      withUtan(lower, i, words, text) ??
      negatedAdjectiveAfter(lower, i, words, text, sameClause, speller) ??
      relativeNegation(lower, i, sentence, clause, text) ??
      negativeVerbNear(lower, i, sentence, sameClause) ??
      secondNegator(lower, i, sameClause)
    if (!m) continue
    matches.push(m)
    usedUntil = m.to
  }
  return matches
}

/** inte utan att, ingen utan biljett: "utan" right after the negator. */
function withUtan(lower: string[], i: number, words: Token[], text: string): Match | undefined {
  if (lower[i + 1] !== 'utan' || !adjacent(words, i, text)) return undefined
  return { from: i, to: lower[i + 2] === 'att' ? i + 2 : i + 1, pair: [lower[i], 'utan'] }
}

/** inte omöjligt, inte är ovanligt, inte helt osannolikt, ingen obetydlig summa. */
function negatedAdjectiveAfter(
  lower: string[], i: number, words: Token[], text: string, sameClause: (a: number, b: number) => boolean, speller?: Speller,
): Match | undefined {
  for (let j = i + 1; j < words.length && j <= i + 4 && sameClause(i, j); j++) {
    const adverb = NEGATIVE_ADVERBS.get(lower[j])
    const adjective = adverb ? { positive: adverb, fixable: true } : negatedAdjective(lower[j], speller)
    if (adjective) {
      const between = lower.slice(i + 1, j)
      const mechanical = PLAIN_NEGATORS.has(lower[i]) && adjective.fixable && between.length <= 1 && between.every((w) => COPULAS.has(w))
      const positive = adverb ?? words[j].text.slice(lower[j].length - adjective.positive.length)
      const kept = text.slice(words[i].end, words[j].start).replace(/^\s+/, '')
      const actual = text.slice(words[i].start, words[j].end)
      const fix = mechanical ? matchCase(kept + positive, actual) : undefined
      return { from: i, to: j, pair: [lower[i], lower[j]], fix }
    }
    if (!ADVERBS.has(lower[j]) && !COPULAS.has(lower[j])) return undefined
  }
  return undefined
}

/** ingen som inte har ansökt, inga ansökningar som inte är kompletta. */
function relativeNegation(lower: string[], i: number, sentence: Sentence, clause: number[], text: string): Match | undefined {
  if (!DETERMINER_NEGATORS.has(lower[i]) && lower[i] !== 'ingenting') return undefined
  const tags = tagsOf(sentence)
  const som = lower[i + 1] === 'som' ? i + 1 : lower[i + 2] === 'som' && tags[i + 1] === 'NN' ? i + 2 : -1
  if (som < 0 || !adjacent(sentence.words, som - 1, text)) return undefined
  for (let k = som + 1; k <= som + 3 && k < lower.length && clause[k] === clause[som]; k++) {
    if (['inte', 'ej', 'icke', 'aldrig'].includes(lower[k]) && isNegator(lower, k)) return { from: i, to: k, pair: [lower[i], lower[k]] }
  }
  return undefined
}

/** kan inte uteslutas, går inte att undvika, saknar inte, ingen har vägrat, inga uppgifter saknas. */
function negativeVerbNear(lower: string[], i: number, sentence: Sentence, sameClause: (a: number, b: number) => boolean): Match | undefined {
  const tags = tagsOf(sentence)
  for (let j = i + 1; j < lower.length && j <= i + 4 && sameClause(i, j); j++) {
    if (isNegativeVerb(lower[j])) return { from: i, to: j, pair: [lower[i], lower[j]] }
    const nounAfterDeterminer = j === i + 1 && DETERMINER_NEGATORS.has(lower[i]) && tags[j] === 'NN'
    const infinitiveMarker = lower[j] === 'att' && isNegativeVerb(lower[j + 1] ?? '')
    if (!nounAfterDeterminer && !infinitiveMarker && !ADVERBS.has(lower[j]) && !AUXILIARIES.has(lower[j]) && !COPULAS.has(lower[j])) break
  }
  // the verb first, as in a main clause: saknar inte, utesluts därför inte, saknar vi inte
  for (let j = i - 1; j >= 0 && j >= i - 3 && sameClause(i, j); j--) {
    if (isFiniteNegativeVerb(lower[j])) return { from: j, to: i, pair: [lower[j], lower[i]] }
    if (!SUBJECT_PRONOUNS.has(lower[j]) && !ADVERBS.has(lower[j])) break
  }
  return undefined
}

/** Two negators in one clause: inte … inte, ingen … aldrig. */
function secondNegator(lower: string[], i: number, sameClause: (a: number, b: number) => boolean): Match | undefined {
  for (let k = i + 1; k < lower.length && k <= i + 6 && sameClause(i, k); k++) {
    if (isNegator(lower, k)) return { from: i, to: k, pair: [lower[i], lower[k]] }
  }
  return undefined
}

/**
 * A clause number for each word: a new clause begins after a punctuation mark or a symbol and at
 * a conjunction, subordinator or relative word (att only where it is not the infinitive marker of
 * a negative verb: går inte att undvika).
 */
function clauseIds(sentence: Sentence, lower: string[]): number[] {
  const ids: number[] = []
  let id = 0
  let t = 0
  const tokens = sentence.tokens
  sentence.words.forEach((word, k) => {
    let broken = false
    while (t < tokens.length && tokens[t] !== word) {
      if (k > 0 && tokens[t].kind !== 'whitespace' && tokens[t].kind !== 'word') broken = true
      t++
    }
    t++
    const opener = CLAUSE_OPENERS.has(lower[k]) && !(lower[k] === 'att' && isNegativeVerb(lower[k + 1] ?? ''))
    if (k > 0 && (broken || opener)) id++
    ids.push(id)
  })
  return ids
}

/** True when only whitespace lies between word i and word i + 1. */
function adjacent(words: Token[], i: number, text: string): boolean {
  return words[i + 1] !== undefined && !/\S/.test(text.slice(words[i].end, words[i + 1].start))
}
