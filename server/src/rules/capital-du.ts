import { defineRule } from '../engine/rule'
import { ms, MS_URL } from './sources'

const ADDRESS = /^(Du|Dig|Din|Ditt|Dina|Ni|Er|Ert|Era)$/

/** "Du", "Dig", "Ni" … with a capital inside a sentence: Swedish writes the address in lowercase. */
export const capitalDu = defineRule({
  id: 'capital-du',
  category: 'tone',
  defaultSeverity: 'info',
  description: 'Tilltalsord med stor bokstav mitt i en mening (Du, Dig, Ni).',
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      sentence.words.forEach((word, i) => {
        if (i === 0 || !ADDRESS.test(word.text)) return
        const before = previousVisible(sentence.tokens, word)
        if (before && before.kind === 'punctuation' && /^[:"”“„«(–—-]$/u.test(before.text)) return
        // a line of its own: a label in a letter's header (Er referens:) or a lättläst line after
        // a phone number, where the line before has no full stop but a new sentence begins
        if (beginsLine(sentence.tokens, word)) return
        ctx.report({
          message: `Skriv ”${word.text.toLowerCase()}” med liten bokstav.`,
          actual: word.text,
          expected: [word.text.toLowerCase()],
          note: 'Myndigheternas skrivregler rekommenderar du och ni med liten bokstav, också i formella brev. Stor bokstav känns ålderdomlig och stel.',
          source: ms('8.2.1'),
          url: MS_URL,
          offset: word.start,
          endOffset: word.end,
        })
      })
    }
  },
})

function previousVisible(tokens: readonly { kind: string; text: string }[], word: object) {
  for (let j = tokens.indexOf(word as never) - 1; j >= 0; j--) if (tokens[j].kind !== 'whitespace') return tokens[j]
  return undefined
}

function beginsLine(tokens: readonly { kind: string; text: string }[], word: object): boolean {
  const j = tokens.indexOf(word as never) - 1
  return j >= 0 && tokens[j].kind === 'whitespace' && tokens[j].text.includes('\n')
}
