import { defineRule } from '../engine/rule'
import { isSPassive } from '../morphology'

const SOURCE = 'Myndigheternas skrivregler (ISOF 2014), avsn. 1.3.3; ISOF/Språkrådet, Klarspråkshjälpen'
const URL = 'https://github.com/peterk/skrivregler-check/blob/main/app/skrivregler.md'

/** s-passive verb forms (skickas, beslutades, har beretts): the guides ask who does what. */
export const passiveVoice = defineRule({
  id: 'passive-voice',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Verb i s-passiv (skickas, beslutades) där en aktiv mening visar vem som gör vad.',
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      sentence.words.forEach((word, i) => {
        // names and other capitalised words inside a sentence are not verbs (Hans, Anders)
        if (i > 0 && word.text !== word.text.toLowerCase()) return
        if (!isSPassive(word.text, { previous: sentence.words[i - 1]?.text })) return
        ctx.report({
          message: `”${word.text}” är passiv form. Skriv gärna aktivt: vem gör vad?`,
          actual: word.text,
          expected: [],
          note:
            'Vem gör vad? En aktiv mening visar vem som handlar: ”Ansökan skickas till nämnden” → ' +
            '”Du skickar ansökan till nämnden”. Passiv form passar när det är självklart eller oviktigt ' +
            'vem som gör något (”Dörrarna stängs automatiskt”).',
          source: SOURCE,
          url: URL,
          offset: word.start,
          endOffset: word.end,
        })
      })
    }
  },
})
