import { defineRule } from '../engine/rule'
import { ms, MS_URL } from './sources'

const NOTE =
  'I offentliga texter behövs utropstecken mycket sällan, enligt Myndigheternas skrivregler. De passar efter ' +
  'en hälsning, en varning eller en uppmaning (Hej! Varning!), men flera i rad eller i många meningar gör ' +
  'tonen upphetsad.'

/** Stacked exclamation marks (!!, !?) and paragraphs where many sentences end in one. */
export const exclamation = defineRule({
  id: 'exclamation',
  category: 'tone',
  defaultSeverity: 'info',
  description: 'Flera utropstecken i rad (!!, ?!) och stycken där många meningar slutar med utropstecken.',
  checkBlock(block, ctx) {
    let exclaimed = 0
    for (const sentence of block.sentences) {
      const marks = sentence.tokens.filter((t) => t.kind === 'punctuation' && /!/.test(t.text))
      for (const t of marks) {
        const run = stackedRun(ctx.doc.text, t.start)
        if (!run || run.start !== t.start) continue
        ctx.report({
          message: `Skriv högst ett utropstecken, inte ”${run.text}”.`,
          actual: run.text,
          expected: [run.text.includes('?') ? '?' : '!'],
          note: NOTE,
          source: ms('13.3'),
          url: MS_URL,
          offset: run.start,
          endOffset: run.end,
        })
      }
      if (marks.length > 0) exclaimed++
    }
    if (exclaimed >= 3) {
      const first = block.sentences[0]
      const last = block.sentences[block.sentences.length - 1]
      ctx.report({
        severity: 'hint',
        message: `${exclaimed} meningar i stycket slutar med utropstecken. Behåll dem bara där de behövs.`,
        actual: ctx.doc.text.slice(first.start, last.end),
        expected: [],
        note: NOTE,
        source: ms('13.3'),
        url: MS_URL,
        offset: first.start,
        endOffset: last.end,
      })
    }
  },
})

/** The run of ! and ? around an offset when it holds two or more marks and at least one "!". */
function stackedRun(text: string, at: number): { start: number; end: number; text: string } | undefined {
  let start = at
  let end = at
  while (start > 0 && /[!?]/.test(text[start - 1])) start--
  while (end < text.length && /[!?]/.test(text[end])) end++
  const run = text.slice(start, end)
  return run.length >= 2 && run.includes('!') ? { start, end, text: run } : undefined
}
