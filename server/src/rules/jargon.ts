import { defineRule } from '../engine/rule'
import type { AnalysedBlock } from '../engine/types'
import { PhraseTable, type PhraseEntry, type PhraseMatch } from './phrase-table'
import entries from '../generated/jargon.json'
import { explainedInBrackets, isMentionedOrCited } from './word-context'

const table = new PhraseTable(entries as PhraseEntry[])

/**
 * Legal and administrative terms a citizen needs explained (data: dictionaries/jargon.yaml). The
 * term is often the right word, so there is no fix: the finding asks for an explanation at its
 * first use and carries one in the note. Findings are made once per document (Finding.repeat);
 * a term the text explains where it first stands is not reported at all, but an explanation
 * further on does not excuse an earlier use.
 */
export const jargon = defineRule({
  id: 'jargon',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Juridiska och administrativa termer som läsaren behöver få förklarade första gången de används (delgivning, laga kraft, bygglov).',
  checkBlock(block, ctx) {
    for (const match of table.matches(block)) {
      if (isMentionedOrCited(block, ctx.doc.text, match.start, match.end)) continue
      const actual = ctx.doc.text.slice(match.start, match.end)
      const shown = actual.replace(/\s+/g, ' ')
      ctx.report({
        message: `Förklara ”${shown}” första gången ordet används.`,
        actual,
        expected: [],
        note: `${match.entry.note} Skriv en kort förklaring direkt efter ordet, till exempel inom parentes eller med ”det vill säga”.`,
        source: match.entry.source,
        url: match.entry.url,
        severity: match.entry.severity,
        offset: match.start,
        endOffset: match.end,
        // the final full stop keeps one entry's key from beginning another's (see joinFamilies)
        repeat: { key: `${match.entry.id}.`, explained: isExplained(block, match), fromHere: true },
      })
    }
  },
})

/** What follows a term that explains it besides brackets: a phrase that introduces a definition. */
const EXPLANATION_AFTER = /^[\s*_]*[,:]?\s*(?:det\s+vill\s+säga|dvs\.?|d\.v\.s\.|som\s+betyder|vilket\s+betyder|det\s+betyder|vilket\s+innebär|det\s+innebär|som\s+innebär|betyder\s+att|innebär\s+att|är\s+när|kallas\s+det\s+när)\s/iu

/** A term in a heading or at the head of a list item or paragraph, followed by its definition (Delgivning: …, **Delgivning** – …). */
const DEFINITION_HEAD = /^[\s*_]*[:–—-]\s*\S/u

/**
 * The text explains the term where it stands: right after it in brackets or with "det vill
 * säga", or the term heads a definition (a heading of its own, or the first words of a list item
 * or paragraph followed by a colon or dash).
 */
export function isExplained(block: AnalysedBlock, match: PhraseMatch): boolean {
  const after = block.text.slice(match.end - block.start, match.end - block.start + 240)
  if (explainedInBrackets(after) || EXPLANATION_AFTER.test(after)) return true
  const before = block.text.slice(0, match.start - block.start)
  const atHead = /^[\s*_]*$/u.test(before)
  if (!atHead) return false
  if (block.kind === 'heading' && /^[\s*_?]*$/u.test(after)) return true
  return DEFINITION_HEAD.test(after)
}
