import { defineRule } from '../engine/rule'
import { languageName } from '../engine/model'
import type { BlockSummary } from '../engine/types'
import { ms, MS_URL } from './sources'

/** Languages the rules read: Swedish ones and, with the en-* rules, English ones. */
const CHECKED = new Set(['sv', 'en'])

/**
 * Paragraphs in a language the rules do not read (German, Finnish ...): one finding per language
 * and document, at its first paragraph, so a reviewer knows what went unchecked. English is
 * checked by the en-* rules and Swedish by the rest, so neither is reported.
 */
export const otherLanguage = defineRule({
  id: 'other-language',
  category: 'plain-language',
  defaultSeverity: 'info',
  language: 'any',
  description: 'Stycken på ett annat språk än svenska och engelska, som reglerna inte granskar: ett meddelande per språk och dokument.',
  checkDocument(doc, ctx) {
    const byLanguage = new Map<string, BlockSummary[]>()
    for (const block of doc.blocks) {
      // a heading takes its section's language (section-language.ts): the section's paragraphs say it
      if (!block.language || CHECKED.has(block.language) || block.words === 0 || block.kind === 'heading') continue
      byLanguage.set(block.language, [...(byLanguage.get(block.language) ?? []), block])
    }
    for (const [language, blocks] of byLanguage) {
      const first = blocks[0]
      const count = blocks.length === 1 ? 'Ett stycke' : `${blocks.length} stycken`
      const start = first.sentences[0]?.start ?? first.start
      const end = first.sentences[first.sentences.length - 1]?.end ?? first.end
      ctx.report({
        message: `${count} i dokumentet är på ${languageName(language)} och granskas inte.`,
        actual: doc.text.slice(start, end),
        expected: [],
        note: 'Klarspråk granskar svenska och engelska; språket avgörs per stycke. Myndigheternas skrivregler råder att i första hand informera på svenska.',
        source: ms('1.6.1'),
        url: MS_URL,
        offset: start,
        endOffset: end,
      })
    }
  },
})
