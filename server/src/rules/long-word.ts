import { defineRule } from '../engine/rule'
import { isAcronym } from './spelling/unknown-words'

const SOURCE = 'Språkkonsulterna: Sammansatta ord? Dela dem på rätt sätt'
const URL = 'https://sprakkonsulterna.se/dela-sammansatta-ord/'

/**
 * Very long words, nearly always compounds (kompetensförsörjningsstrategin): hard to decode for
 * many readers, above all those who need easy-to-read text. A hint, once per word and document.
 */
export const longWord = defineRule<{ maxLetters: number }>({
  id: 'long-word',
  category: 'readability',
  defaultSeverity: 'hint',
  description: 'Mycket långa ord, oftast sammansättningar, som kan delas upp eller bytas ut (fler än 20 bokstäver som standard).',
  options: {
    maxLetters: { type: 'number', default: 20, minimum: 8, description: 'Högsta antal bokstäver i ett ord.' },
  },
  checkBlock(block, ctx) {
    const max = ctx.options.maxLetters
    for (const sentence of block.sentences) {
      // a line of one word is a title or a label (Övergångsbestämmelser), fixed by its document type
      if (sentence.words.length === 1) continue
      sentence.words.forEach((word, i) => {
        // a hyphen already splits the word for the reader (EU-medlemsländernas): count the longest part
        const letters = Math.max(...word.text.split('-').map((part) => part.replace(/[^\p{L}]/gu, '').length))
        if (letters <= max || isAcronym(word.text)) return
        // a capital inside a sentence: a name (Stadsbyggnadskontoret), which the writer cannot split
        if (i > 0 && /^\p{Lu}/u.test(word.text)) return
        ctx.report({
          message: `”${word.text}” har ${letters} bokstäver. Dela gärna upp ordet eller byt ut det (till exempel ”rum för möten” i stället för ”sammanträdesrum”).`,
          actual: word.text,
          expected: [],
          note: 'Långa sammansatta ord är svåra att avkoda för många läsare, särskilt för dem som behöver lättlästa texter. Bryt upp ordet i delar som är lätta att förstå var för sig, eller byt ut det mot ett vanligare ord.',
          source: SOURCE,
          url: URL,
          offset: word.start,
          endOffset: word.end,
          repeat: { key: word.text.toLowerCase() },
        })
      })
    }
  },
})
