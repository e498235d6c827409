import { defineRule } from '../engine/rule'

const SOURCE = 'Östersunds kommun, Profilmanual: 12. Klarspråk; Myndigheternas skrivregler (ISOF 2014), avsn. 1.3'
const URL = 'https://www.ostersund.se/kommun-och-politik/press--och-informationsmaterial/profilmanual-ostersunds-kommun/12.-klarsprak.html'

/** Sentences with more words than the team's limit (default 25). */
export const longSentence = defineRule<{ max: number }>({
  id: 'long-sentence',
  category: 'readability',
  defaultSeverity: 'info',
  description: 'Meningar med fler ord än gränsen (25 som standard).',
  options: {
    max: { type: 'number', default: 25, minimum: 5, description: 'Högsta antal ord i en mening.' },
  },
  checkBlock(block, ctx) {
    const max = ctx.options.max
    const long = block.sentences.filter((s) => s.words.length > max)
    if (block.sentences.length >= 3 && long.length * 2 >= block.sentences.length) {
      const first = block.sentences[0]
      const last = block.sentences[block.sentences.length - 1]
      ctx.report({
        severity: 'hint',
        message: `${long.length} av ${block.sentences.length} meningar i stycket är långa. Varva gärna med korta meningar.`,
        actual: ctx.doc.text.slice(first.start, last.end),
        expected: [],
        note: 'En text är lättare att läsa när korta och lite längre meningar varvas (Myndigheternas skrivregler 1.3). Ett stycke med många långa meningar i rad blir tungt.',
        source: SOURCE,
        url: URL,
        offset: first.start,
        endOffset: last.end,
      })
    }
    for (const sentence of block.sentences) {
      const count = sentence.words.length
      if (count <= max) continue
      ctx.report({
        message: `Meningen har ${count} ord. Dela gärna upp den i kortare meningar (gräns: ${max}).`,
        actual: ctx.doc.text.slice(sentence.start, sentence.end),
        expected: [],
        note:
          'Långa meningar är svårare att följa. Skriv en tanke per mening och sätt huvudverbet tidigt. ' +
          'Myndigheternas skrivregler anger ingen fast gräns och rekommenderar variation; Östersunds kommun ' +
          'räknar meningar över cirka 20 ord som svårlästa. Gränsen går att ändra.',
        source: SOURCE,
        url: URL,
        offset: sentence.start,
        endOffset: sentence.end,
      })
    }
  },
})
