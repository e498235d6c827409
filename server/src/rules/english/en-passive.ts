import retextPassive from 'retext-passive'
import { defineRule } from '../../engine/rule'
import { pluginReader, type Transform } from './english-text'
import { PASSIVE_SOURCE, PASSIVE_URL } from './english-sources'
import { BE, regularPassives } from './regular-passive'
import type { Span } from './english-text'

const read = pluginReader(retextPassive() as unknown as Transform)
/** The form of "be" retext-passive found before the participle: the finding covers both (*is made*). */
const BE_BEFORE = new RegExp(`\\b(?:${[...BE].join('|')})\\s+$`, 'i')

/**
 * Passive voice in English paragraphs: a form of "be" and a participle, irregular ones from
 * retext-passive's list (is made, was sent) and regular ones by their ending (is collected).
 */
export const enPassive = defineRule({
  id: 'en-passive',
  category: 'plain-language',
  defaultSeverity: 'info',
  language: 'en',
  description: 'Engelska stycken: passiv form (is made, was sent, is collected), som kan dölja vem som gör något.',
  url: PASSIVE_URL,
  checkBlock(block, ctx) {
    const irregular: Span[] = read(block.text).map((m) => {
      const be = BE_BEFORE.exec(block.text.slice(Math.max(0, m.start - 12), m.start))
      return { start: be ? m.start - be[0].length : m.start, end: m.end }
    })
    const spans = [...irregular, ...regularPassives(block.text)].sort((a, b) => a.start - b.start)
    for (const { start, end } of spans) {
      const actual = ctx.doc.text.slice(block.start + start, block.start + end)
      ctx.report({
        message: `Passiv form: ”${actual}”. Skriv gärna aktivt, så att det syns vem som gör något.`,
        actual,
        expected: [],
        note: 'I passiv form kan den som handlar försvinna ur meningen. Aktiv form (We send the invoice) är ofta kortare och tydligare än passiv (The invoice is sent). Passiv form är inte fel: använd den när det inte spelar någon roll vem som gör något.',
        source: PASSIVE_SOURCE,
        url: PASSIVE_URL,
        offset: block.start + start,
        endOffset: block.start + end,
      })
    }
  },
})
