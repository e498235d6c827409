import { defineRule } from '../engine/rule'
import { ms, MS_URL } from './sources'
import type { Token } from '../engine/types'

/** Words before "man" that make it the noun: articles, determiners, adjectives, numerals (god man = guardian). */
const NOUN_BEFORE = new Set([
  'en', 'den', 'denne', 'denna', 'samme', 'samma', 'varje', 'ingen', 'någon', 'annan', 'sista', 'första', 'förste',
  'siste', 'ung', 'unge', 'gammal', 'gamle', 'äldre', 'yngre', 'okänd', 'okände', 'vuxen', 'vuxne', 'ensam', 'gift',
  'vanlig', 'stor', 'liten', 'lång', 'kort', 'tionde', 'femte', 'tredje', 'andra', 'mot', 'per', 'vår', 'min', 'din',
  'hennes', 'hans', 'deras', 'er', 'god', 'gode', 'hemlös', 'arbetslös', 'svensk', 'utländsk', 'tjock', 'snäll', 'klok', 'fattig', 'rik',
])
/** Words after "man" that make it the noun: "man och kvinna", "man eller kvinna", "man ur huse". */
const NOUN_AFTER = new Set(['och', 'eller', 'ur', 'mot', 'som', 'i', 'med'])
/** Finite verbs and modals that follow the pronoun (Man måste, man kan …) or precede it (kan man). */
const VERBS = new Set([
  'måste', 'kan', 'ska', 'skall', 'får', 'bör', 'behöver', 'har', 'hade', 'är', 'var', 'vill', 'brukar', 'kunde', 'skulle',
  'borde', 'fick', 'blir', 'blev', 'gör', 'gjorde', 'ser', 'såg', 'tar', 'tog', 'vet', 'visste', 'tycker', 'tyckte', 'säger',
  'sa', 'sade', 'hittar', 'känner', 'kände', 'använder', 'betalar', 'söker', 'ansöker', 'lämnar', 'skickar', 'kommer',
  'kom', 'går', 'gick', 'måtte', 'lär', 'torde', 'ringer', 'läser', 'skriver', 'tror', 'trodde', 'menar', 'talar', 'pratar',
])
/** Subordinators after which "man" is the subject pronoun (om man vill, när man ringer). */
const SUBORDINATORS = new Set(['om', 'när', 'att', 'så', 'då', 'eftersom', 'innan', 'medan', 'där', 'hur', 'vad', 'varför', 'ifall', 'sedan', 'tills', 'fast', 'än', 'vilket', 'vart'])
const SUBJECT_PRONOUNS = new Set(['jag', 'du', 'han', 'hon', 'hen', 'vi', 'ni', 'de', 'dem'])

/**
 * "man" as a generic pronoun (Man måste ansöka, kan man ringa): addressing the reader as "du"
 * is more direct. Never the noun (en man, en äldre man, man och kvinna, som man har jag …).
 */
export const genericMan = defineRule({
  id: 'generic-man',
  category: 'tone',
  defaultSeverity: 'hint',
  description: 'Pronomenet man där läsaren kan tilltalas med du (Man måste ansöka → Du måste ansöka).',
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      const words = sentence.words
      words.forEach((word, i) => {
        if (word.text !== 'man' && word.text !== 'Man') return
        if (word.text === 'Man' && i > 0) return // a name or a heading word, not the pronoun
        if (!isPronoun(words, i, sentence.tokens)) return
        // the reflexives that refer to "man" change with it (man anmäler sig → du anmäler dig)
        const { end, unsure } = reflexivesEnd(sentence.tokens, word)
        const actual = ctx.doc.text.slice(word.start, end)
        ctx.report({
          message: unsure
            ? 'Tilltala gärna läsaren direkt: skriv ”du” i stället för ”man”, och ändra ”sig” och ”sin” som syftar på ”man” till ”dig” och ”din”.'
            : 'Tilltala gärna läsaren direkt: skriv ”du” i stället för ”man”.',
          actual,
          expected: unsure ? [] : (['du', 'vi'] as const).map((w) => withPronoun(actual, w, i === 0)),
          note:
            'Ett direkt tilltal gör texten tydligare: läsaren ser att det gäller hen. Myndigheternas skrivregler ' +
            'godtar ”man” i offentliga texter och föredrar det framför passiv form, men ”man” får inte syfta på ' +
            'olika personer i samma text. Därför bara en ledtråd.',
          source: `${ms('1.2.5 och 1.3.4')}; Migrationsverket, Midas: Språk`,
          url: MS_URL,
          offset: word.start,
          endOffset: end,
        })
      })
    }
  },
})

/** Reflexive forms for "man" and for the pronouns that replace it. */
const REFLEXIVES: Record<'du' | 'vi', Record<string, string>> = {
  du: { sig: 'dig', sin: 'din', sitt: 'ditt', sina: 'dina' },
  vi: { sig: 'oss', sin: 'vår', sitt: 'vårt', sina: 'våra' },
}
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
      if (lower in REFLEXIVES.du) return { end: man.end, unsure: true }
      continue
    }
    if (++seen > REFLEXIVE_REACH || lower === 'man' || (CLAUSE_WORDS.has(lower) && !(lower === 'att' && infinitiveFollows(tokens, k)))) {
      closed = true
      continue
    }
    if (lower in REFLEXIVES.du) end = t.end
  }
  return { end, unsure: false }
}

/** *att* before a verb, not before a subject (att hon, att det): the infinitive marker. */
function infinitiveFollows(tokens: Token[], k: number): boolean {
  const next = tokens.slice(k + 1).find((t) => t.kind === 'word')
  return next !== undefined && !/^\p{Lu}/u.test(next.text) && !SUBJECT_PRONOUNS.has(next.text) && !['det', 'den', 'man', 'alla', 'ingen', 'någon'].includes(next.text)
}

/** The span with "man" replaced by the pronoun and its reflexives made to agree. */
function withPronoun(span: string, pronoun: 'du' | 'vi', capital: boolean): string {
  const first = capital ? pronoun.charAt(0).toUpperCase() + pronoun.slice(1) : pronoun
  return first + span.slice(3).replace(/\b(sig|sin|sitt|sina)\b/gu, (w) => REFLEXIVES[pronoun][w])
}

function isPronoun(words: Token[], i: number, tokens: Token[]): boolean {
  const before = words[i - 1]?.text.toLowerCase()
  const after = words[i + 1]?.text.toLowerCase()
  const adjacentBefore = before !== undefined && onlySpaceBetween(tokens, words[i - 1], words[i])
  if (adjacentBefore && NOUN_BEFORE.has(before)) return false
  if (after !== undefined && NOUN_AFTER.has(after) && onlySpaceBetween(tokens, words[i], words[i + 1])) return false
  // "Som man har jag …": "man" is the noun when a subject pronoun follows the verb
  if (before === 'som' && after !== undefined && VERBS.has(after) && SUBJECT_PRONOUNS.has(words[i + 2]?.text.toLowerCase() ?? '')) return false
  const verbAfter = after !== undefined && VERBS.has(after)
  const openerBefore = adjacentBefore && (VERBS.has(before) || SUBORDINATORS.has(before))
  return verbAfter || openerBefore
}

function onlySpaceBetween(tokens: Token[], a: Token, b: Token): boolean {
  return tokens.every((t) => t.end <= a.end || t.start >= b.start || t.kind === 'whitespace')
}

