import { defineRule } from '../engine/rule'
import { isAcronym } from './spelling/unknown-words'

const SOURCE = 'Språkkonsulterna: Sammansatta ord? Dela dem på rätt sätt'
const URL = 'https://sprakkonsulterna.se/dela-sammansatta-ord/'

/** Before a word: a reference to a chapter or section (6 kap. 12 §, 10 a–10 d §§, 51 kap.), so the word is a statute's title. */
const LEGAL_REFERENCE_BEFORE = /(?:§|\bkap\.)\s*$/u
/** After a word: its SFS number (patientsäkerhetslagen (2010:659)), so the word is a statute's title. */
const SFS_NUMBER_AFTER = /^\s*\(\d{4}:\d+\)/u
/** Pronouns some writers capitalise out of courtesy (Din ansökan): not the first word of a name. */
const COURTESY = new Set(['du', 'din', 'ditt', 'dina', 'dig', 'ni', 'er', 'ert', 'era', 'eder'])

/**
 * Very long words, nearly always compounds (kompetensförsörjningsstrategin): hard to decode for
 * many readers, above all those who need easy-to-read text. A hint, once per word and document.
 * Names are left alone, for the writer cannot split them: a capitalised word inside a sentence
 * (Stadsbyggnadskontoret), a word that continues one (Högsta förvaltningsdomstolen) and a statute
 * cited by its title (6 kap. 12 § patientsäkerhetslagen, socialförsäkringsbalken (2010:110)).
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
        const previous = sentence.words[i - 1]?.text ?? ''
        if (i > 1 && /^\p{Lu}/u.test(previous) && !COURTESY.has(previous.toLowerCase())) return
        const at = word.start - block.start
        if (LEGAL_REFERENCE_BEFORE.test(block.text.slice(Math.max(0, at - 12), at))) return
        if (SFS_NUMBER_AFTER.test(block.text.slice(at + word.text.length, at + word.text.length + 16))) return
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
