import { defineRule } from '../engine/rule'
import type { BlockKind } from '../engine/types'
import { ms, MS_URL } from './sources'

/** Blocks that hold running prose; headings, table cells and code do not. */
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'quote'])

/**
 * Paragraphs with more words than the team's limit (default 80, this project's choice: the
 * sources give no number). Myndigheternas skrivregler: one thought, one paragraph (3.8), and
 * short paragraphs on the web, each opened by a summing-up sentence (2.1.2).
 */
export const longParagraph = defineRule<{ maxWords: number }>({
  id: 'long-paragraph',
  category: 'readability',
  defaultSeverity: 'info',
  description: 'Stycken med fler ord än gränsen (80 som standard).',
  url: MS_URL,
  options: {
    maxWords: { type: 'number', default: 80, minimum: 20, description: 'Högsta antal ord i ett stycke.' },
  },
  checkBlock(block, ctx) {
    if (!PROSE.has(block.kind)) return
    const sentences = block.sentences.filter((s) => s.words.length > 0)
    const words = sentences.reduce((sum, s) => sum + s.words.length, 0)
    if (words <= ctx.options.maxWords || sentences.length === 0) return
    const start = sentences[0].start
    const end = sentences[sentences.length - 1].end
    ctx.report({
      message: `Stycket har ${words} ord. Dela gärna upp det, med en tankegång per stycke (gräns: ${ctx.options.maxWords}).`,
      actual: ctx.doc.text.slice(start, end),
      expected: [],
      note:
        'Korta stycken är lättare att överblicka, särskilt på skärm. Börja nytt stycke när du börjar skriva om något nytt, ' +
        'och inled gärna varje stycke med en mening som sammanfattar det. Markera nytt stycke med en tom rad, inte bara ' +
        'med radbyte. Skrivreglerna anger ingen gräns i ord; 80 ord är Klarspråks egen gräns och går att ändra.',
      source: ms('3.8 och 2.1.2'),
      url: MS_URL,
      offset: start,
      endOffset: end,
    })
  },
})
