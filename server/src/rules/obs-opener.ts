import { defineRule } from '../engine/rule'
import { FALUN_URL } from './sources'

/** "OBS!", "Obs:" or "Observera" opening a sentence: it can sound like a reprimand. */
export const obsOpener = defineRule({
  id: 'obs-opener',
  category: 'tone',
  defaultSeverity: 'hint',
  description: 'Meningar som börjar med OBS eller Observera, som kan låta tillrättavisande.',
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      const first = sentence.words[0]
      if (!first || !/^(obs|obs\.|observera)$/i.test(first.text)) continue
      if (sentence.tokens.indexOf(first) !== sentence.tokens.findIndex((t) => t.kind !== 'whitespace')) continue
      const after = sentence.tokens[sentence.tokens.indexOf(first) + 1]
      const mark = after && after.kind === 'punctuation' && /^[!:]$/.test(after.text) ? after : undefined
      const end = mark ? mark.end : first.end
      const next = sentence.words[1]
      // "OBS! Allt avfall …" reads well without the opener (often "OBS!" is a sentence of its own);
      // "Observera att du …" needs a rewrite
      const removable = mark !== undefined && (next === undefined || /^\p{Lu}/u.test(next.text))
      ctx.report({
        message: `Inled inte med ”${ctx.doc.text.slice(first.start, end)}”. Skriv hellre vad läsaren behöver veta, till exempel ”Tänk på att …”.`,
        actual: ctx.doc.text.slice(first.start, end),
        expected: removable ? [''] : [],
        note:
          'Ett ”OBS!” eller ”Observera” först i en mening kan låta som en tillrättavisning. Falu kommuns webbmanual ' +
          'skriver om en text med ”OBS!” utan det. Det är en stilfråga: Myndigheternas skrivregler godtar ”obs.” som ' +
          'förkortning, därför bara en ledtråd.',
        source: 'Falu kommun, Webbmanual: Språklagen',
        url: FALUN_URL,
        offset: first.start,
        endOffset: end,
      })
    }
  },
})
