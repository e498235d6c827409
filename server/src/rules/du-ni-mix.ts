import { defineRule } from '../engine/rule'
import { ms, MS_URL } from './sources'
import { isQuoted } from '../engine/model'

const DU = new Set(['du', 'dig', 'din', 'ditt', 'dina'])
const NI = new Set(['ni', 'er', 'ert', 'era'])
/** "en ny era", "den era": era as a noun, not a pronoun. */
const NOUN_ERA = new Set(['en', 'ny', 'den', 'denna', 'vår', 'nästa', 'samma'])
const MAX_REPORTS = 20
const ID = 'du-ni-mix'

/** A word that addresses the reader, offsets relative to its block. */
interface Address {
  form: 'du' | 'ni'
  text: string
  offset: number
  endOffset: number
}

/** A text that addresses the reader both as "du" and as "ni": the less used form is reported. */
export const duNiMix = defineRule({
  id: ID,
  category: 'tone',
  defaultSeverity: 'info',
  description: 'Texter som tilltalar läsaren både med du och ni.',
  summarizeBlock(block): Address[] {
    const found: Address[] = []
    for (const sentence of block.sentences) {
      sentence.words.forEach((w, i) => {
        const lower = w.text.toLowerCase()
        const form = DU.has(lower) ? 'du' : NI.has(lower) && !(lower === 'era' && NOUN_ERA.has(sentence.words[i - 1]?.text.toLowerCase() ?? '')) ? 'ni' : undefined
        // "allt ditt är mitt" in quoted speech does not address the reader
        if (form && !isQuoted(block.quotes, w.start, w.end)) found.push({ form, text: w.text, offset: w.start - block.start, endOffset: w.end - block.start })
      })
    }
    return found
  },
  checkDocument(doc, ctx) {
    const du: Address[] = []
    const ni: Address[] = []
    for (const block of doc.blocks) {
      for (const a of (block.ruleData[ID] as Address[] | undefined) ?? []) {
        const absolute = { ...a, offset: a.offset + block.start, endOffset: a.endOffset + block.start }
        ;(a.form === 'du' ? du : ni).push(absolute)
      }
    }
    if (du.length === 0 || ni.length === 0) return
    const [minority, majorityForm, minorityForm] = ni.length <= du.length ? [ni, 'du', 'ni'] : [du, 'ni', 'du']
    for (const w of minority.slice(0, MAX_REPORTS)) {
      ctx.report({
        message: `Texten tilltalar läsaren både med ”du” och ”ni”. Välj ett av dem (här används mest ”${majorityForm}”).`,
        actual: w.text,
        expected: [],
        note: `Myndigheternas skrivregler: använd ”du” till enskilda och ”ni” till flera eller till juridiska personer – men blanda dem inte i samma text. Här står ”${minorityForm}” ${minority.length} gånger och ”${majorityForm}” ${minority === ni ? du.length : ni.length} gånger.`,
        source: ms('8.2.1'),
        url: MS_URL,
        offset: w.offset,
        endOffset: w.endOffset,
      })
    }
  },
})
