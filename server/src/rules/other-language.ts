import { defineRule } from '../engine/rule'
import { languageName } from '../engine/model'
import { ms, MS_URL } from './sources'
import { unknownWords } from './spelling/unknown-words'
import { foreignLanguage } from './spelling/foreign-language'

/**
 * Paragraphs in another language than Swedish: the spelling rule skips them, and this says so,
 * once per paragraph. Plain language, not spelling: the guides ask for Swedish first, and a
 * reader of a Swedish text may not read the other language.
 */
export const otherLanguage = defineRule({
  id: 'other-language',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Stycken på ett annat språk än svenska (till exempel engelska), som stavningskontrollen hoppar över.',
  checkBlock(block, ctx) {
    const env = ctx.spelling
    if (!env) return // without the dictionary there are no unknown words to go by
    const language = foreignLanguage(block, unknownWords(block, env))
    // a short heading in the section's language: the section's paragraph says it once
    if (!language || (block.sectionLanguage && !block.language && language === block.sectionLanguage)) return
    const first = block.sentences[0]
    const last = block.sentences[block.sentences.length - 1]
    ctx.report({
      message: `Stycket ${block.language ? 'är' : 'verkar vara'} på ${languageName(language)} och stavningskontrolleras inte.`,
      actual: ctx.doc.text.slice(first.start, last.end),
      expected: [],
      note: 'Stavningen kontrolleras bara i stycken på svenska; språket avgörs per stycke. Myndigheternas skrivregler råder att i första hand informera på svenska.',
      source: ms('1.6.1'),
      url: MS_URL,
      offset: first.start,
      endOffset: last.end,
      // the writer marked the language (lang="en"): they know, so only a hint
      severity: block.language ? 'hint' : undefined,
    })
  },
})
