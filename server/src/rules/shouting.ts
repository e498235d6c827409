import { defineRule } from '../engine/rule'
import { ms, MS_URL } from './sources'
import type { Token } from '../engine/types'
import { isAllCapitals } from '../engine/case'

/**
 * Words written in capitals for emphasis (VIKTIGT, ALLA MÅSTE): hard to read and read as shouting.
 * Acronyms (EU, SKR, NATO) are left alone: a capitalised word counts as shouting only when its
 * lowercase form is an ordinary Swedish word, or when it stands in a run of such words.
 */
export const shouting = defineRule({
  id: 'shouting',
  category: 'tone',
  defaultSeverity: 'info',
  description: 'Ord skrivna med versaler för att betona (VIKTIGT), men inte förkortningar som EU och SKR.',
  checkBlock(block, ctx) {
    const speller = ctx.spelling?.speller
    if (!speller) return // without the dictionary a word cannot be told from an acronym
    const isWord = (text: string) => isCapitals(text) && speller.correct(text.toLowerCase())
    for (const sentence of block.sentences) {
      const words = sentence.words
      words.forEach((word, i) => {
        if (!isWord(word.text)) return
        const inRun = isCapitals(words[i - 1]?.text) || isCapitals(words[i + 1]?.text)
        const length = [...word.text].length
        // a lone capitalised word of four letters or fewer may be an acronym that is also a word (SIDA)
        if (!(length >= 5 || (inRun && runHasWord(words, i, isWord)))) return
        const lower = word.text.toLowerCase()
        const fix = i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
        ctx.report({
          message: `Skriv ”${word.text}” med gemener. Versaler är svårlästa och kan uppfattas som att du skriker.`,
          actual: word.text,
          expected: [fix],
          note: 'Myndigheternas skrivregler säger att versaler ska användas mycket sparsamt eftersom de är svårare att läsa än gemener. Vill du betona något kan du använda fetstil eller skriva om meningen.',
          source: ms('3.4.2'),
          url: MS_URL,
          offset: word.start,
          endOffset: word.end,
        })
      })
    }
  },
})

function isCapitals(text: string | undefined): boolean {
  return text !== undefined && isAllCapitals(text)
}

/** The run of capitalised words around i holds at least two words, one of them of four letters or more. */
function runHasWord(words: Token[], i: number, isWord: (t: string) => boolean): boolean {
  let start = i
  let end = i
  while (start > 0 && isCapitals(words[start - 1].text)) start--
  while (end + 1 < words.length && isCapitals(words[end + 1].text)) end++
  const run = words.slice(start, end + 1).filter((w) => isWord(w.text))
  return run.length >= 2 && run.some((w) => [...w.text].length >= 4)
}
