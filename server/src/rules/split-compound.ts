import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { ms, MS_URL } from './sources'
import { isMentionedOrCited } from './word-context'
import { findSplitCompounds } from './split-compound/find'

const NOTE =
  'Sammansatta ord skrivs ihop på svenska, med fogebokstav där ordet har en: bostadsbidrag, kundtjänst, ' +
  'förvaltningsdomstol. Isärskrivna läses de som två ord, och meningen kan få en annan betydelse ' +
  '(en kund tjänst låter som en tjänst åt en kund). Ordlistan avgör om ordet har fogebokstav.'

/**
 * Särskrivning: two dictionary words written apart that make one compound the dictionary knows,
 * where the split reading is ungrammatical (söka bostads bidrag, en kund tjänst). A half unknown
 * on its own (kvinno jour) is left to the spelling rule, which joins it with its neighbour.
 */
export const splitCompound = defineRule({
  id: 'split-compound',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'Sammansatta ord som skrivits isär (bostads bidrag → bostadsbidrag, en kund tjänst → en kundtjänst).',
  url: MS_URL,
  checkBlock(block, ctx) {
    const speller = ctx.spelling?.speller
    if (!speller || block.kind === 'code') return
    for (const sentence of block.sentences) {
      for (const { index, joined } of findSplitCompounds(sentence, ctx.doc.text, speller)) {
        const start = sentence.words[index].start
        const end = sentence.words[index + 1].end
        if (isMentionedOrCited(block, ctx.doc.text, start, end)) continue
        const actual = ctx.doc.text.slice(start, end)
        const fix = matchCase(joined, actual)
        ctx.report({
          message: `Skriv ihop ”${actual.replace(/\s+/g, ' ')}” till ett ord: ”${fix}”.`,
          actual,
          expected: [fix],
          note: NOTE,
          source: ms('7.1 (sammansättningar och fogebokstav)'),
          url: MS_URL,
          offset: start,
          endOffset: end,
        })
      }
    }
  },
})
