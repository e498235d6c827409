import { defineRule } from './rule'
import { PhraseTable, swedishList, type PhraseEntry } from './phrase-table'
import { matchCase } from '../engine/case'
import plainWordsData from '../generated/plain-words.json'

const table = new PhraseTable(plainWordsData as PhraseEntry[])

/** Bureaucratic words and phrases that have a plainer alternative (data: dictionaries/plain-words.yaml). */
export const plainWords = defineRule({
  id: 'plain-words',
  category: 'plain-language',
  defaultSeverity: 'warning',
  description: 'Krångliga ord och fraser som har ett enklare alternativ.',
  checkBlock(block, ctx) {
    for (const match of table.matches(block)) {
      const actual = ctx.doc.text.slice(match.start, match.end)
      const shown = actual.replace(/\s+/g, " ")
      const { entry } = match
      const message =
        entry.prefer.length > 0
          ? `Skriv hellre ${swedishList(entry.prefer)} än ”${shown}”.`
          : `Skriv om ”${shown}” med ett enklare uttryck.`
      ctx.report({
        message,
        actual,
        expected: match.form.fixes.map((fix) => matchCase(fix, actual)),
        note: entry.note,
        source: entry.source,
        url: entry.url,
        severity: entry.severity,
        offset: match.start,
        endOffset: match.end,
      })
    }
  },
})
