import { defineRule } from '../engine/rule'
import { PhraseTable, type PhraseEntry, type PhraseMatch } from './phrase-table'
import { isMentionedOrCited } from './word-context'
import type { Token } from '../engine/types'
import entries from '../generated/empty-phrases.json'

const table = new PhraseTable(entries as PhraseEntry[])

/**
 * Words that stand before the finite verb in an att-clause (att du *inte* har …) but after it in a
 * main clause (du har *inte* …): with one of them in the rest of the sentence, removing the opening
 * may leave the wrong word order, so no fix is offered.
 */
const CLAUSE_ADVERBS = new Set([
  'inte', 'ej', 'icke', 'aldrig', 'alltid', 'också', 'även', 'redan', 'ofta', 'sällan', 'kanske', 'ju', 'nog',
  'dock', 'därför', 'bara', 'endast', 'snart', 'gärna', 'fortfarande', 'troligen', 'antagligen', 'förmodligen',
  'verkligen', 'egentligen', 'just', 'genast', 'heller', 'knappast', 'ändå', 'alltså', 'sannolikt', 'möjligen',
])

/** Conjunctions after which the opening can go and the main clause that follows still reads right. */
const COORDINATORS = new Set(['och', 'men', 'eller'])

/**
 * Openings that delay the message (data: dictionaries/empty-phrases.yaml): *Härmed vill vi meddela
 * att ansökan är beviljad.* The fix removes the opening and its *att*; first in a sentence it takes
 * in the next word to give it a capital (→ *Ansökan är beviljad.*), after *och, men, eller* it only
 * removes. Elsewhere, or where the clause after *att* may keep a subordinate word order
 * (*att du inte har …*), the finding explains and offers no fix.
 */
export const emptyPhrase = defineRule({
  id: 'empty-phrase',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Inledningar som skjuter upp budskapet (Härmed vill vi meddela att …): börja med det du vill säga.',
  checkBlock(block, ctx) {
    for (const match of table.matches(block)) {
      if (isMentionedOrCited(block, ctx.doc.text, match.start, match.end)) continue
      const opening = ctx.doc.text.slice(match.start, match.end)
      const fix = match.form.fixes.includes('') ? removal(match, ctx.doc.text) : undefined
      ctx.report({
        message: `Stryk inledningen ”${opening.replace(/\s+/g, ' ')}” och börja med det du vill säga.`,
        actual: ctx.doc.text.slice(match.start, fix?.end ?? match.end),
        expected: fix ? [fix.text] : [],
        note: match.entry.note,
        source: match.entry.source,
        url: match.entry.url,
        severity: match.entry.severity,
        offset: match.start,
        endOffset: fix?.end ?? match.end,
      })
    }
  },
})

/**
 * The one-keystroke fix, or none when the sentence might not read right after it. It replaces the
 * opening and the space after it, up to the next word; first in a sentence it takes in that word,
 * with a capital.
 */
function removal(match: PhraseMatch, text: string): { end: number; text: string } | undefined {
  const tokens = match.sentenceTokens
  const last = tokens.findIndex((t) => t.end === match.end)
  const next = nextNonSpace(tokens, last + 1)
  if (next === undefined || next.kind !== 'word') return undefined
  const rest = tokens.filter((t) => t.kind === 'word' && t.start >= next.start).map((t) => t.text.toLowerCase())
  if (rest.some((w) => CLAUSE_ADVERBS.has(w))) return undefined
  const first = tokens.findIndex((t) => t.start === match.start)
  const before = previousNonSpace(tokens, first - 1)
  if (before === undefined) return { end: next.end, text: next.text.charAt(0).toUpperCase() + next.text.slice(1) }
  if (before.kind === 'word' && COORDINATORS.has(before.text.toLowerCase()) && /^\p{Ll}/u.test(text.charAt(match.start))) {
    return { end: next.start, text: '' }
  }
  return undefined
}

function nextNonSpace(tokens: Token[], from: number): Token | undefined {
  for (let i = from; i < tokens.length; i++) if (tokens[i].kind !== 'whitespace') return tokens[i]
  return undefined
}

function previousNonSpace(tokens: Token[], from: number): Token | undefined {
  for (let i = from; i >= 0; i--) if (tokens[i].kind !== 'whitespace') return tokens[i]
  return undefined
}
