import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { tagsOf } from '../engine/tags'
import type { Sentence } from '../engine/types'
import { infinitiveOfSupine } from '../morphology/supine'
import { IRREGULAR_VERBS } from '../morphology/irregular-verbs'
import { isMentionedOrCited } from './word-context'

const URL = 'https://www.textfixarna.se/det-hade-jag-kunnat-gjort/'
const SOURCE =
  'Textfixarna, ”Det hade jag kunnat gjort” (dubbelt supinum: vanligt i tal, undvik det i skrift); ' +
  'Institutet för de inhemska språken, Språkbruk, ”Dubbla supinumformer” (https://sprakbruk.fi/artiklar/dubbla-supinumformer/): ' +
  'talspråkligt och bör undvikas i skriven svenska'
const NOTE =
  'Efter har eller hade står hjälpverbet i supinum (kunnat, velat), men verbet efter det ska stå i ' +
  'infinitiv: ”hade kunnat göra”, inte ”hade kunnat gjort”. Två supinum i rad är vanligt i tal men ' +
  'ses som ett fel i skrift.'

/** Forms of ha that make the perfect. */
const HA = new Set(['ha', 'har', 'hade', 'haft', 'hava'])

/** Auxiliaries in the supine that take a bare infinitive after them (kunnat göra, velat se). */
const AUX_SUPINES = new Set(['kunnat', 'velat', 'behövt', 'bort', 'måst', 'hunnit', 'fått', 'brukat', 'vågat', 'orkat', 'skolat', 'tänkt'])

/** Words that may stand between ha and the auxiliary (hade jag inte kunnat gjort). */
const BETWEEN = new Set([
  'jag', 'du', 'han', 'hon', 'hen', 'vi', 'ni', 'de', 'det', 'den', 'man', 'inte', 'aldrig', 'ju', 'nog', 'väl', 'också',
  'även', 'redan', 'bara', 'kanske', 'säkert', 'faktiskt', 'alltid', 'gärna', 'knappast', 'själv', 'själva', 'ej', 'icke',
])

/** One double supine: the second supine's index and its infinitive. */
export interface DoubleSupine {
  index: number
  infinitive: string
}

/** ha + auxiliary in the supine + a second supine that should be an infinitive (hade kunnat gjort → göra). */
export const doubleSupine = defineRule({
  id: 'double-supine',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'Dubbelt supinum: efter har/hade + kunnat, velat, fått … ska nästa verb stå i infinitiv (hade kunnat gjort → hade kunnat göra).',
  url: URL,
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      for (const m of findDoubleSupines(sentence, ctx.doc.text)) {
        const word = sentence.words[m.index]
        if (isMentionedOrCited(block, ctx.doc.text, word.start, word.end)) continue
        const aux = sentence.words[m.index - 1].text
        const fix = matchCase(m.infinitive, word.text)
        ctx.report({
          message: `Skriv ”${aux} ${fix}”: efter ”${aux}” ska verbet stå i infinitiv, inte i supinum (hade kunnat göra, inte hade kunnat gjort).`,
          actual: word.text,
          expected: [fix],
          note: NOTE,
          source: SOURCE,
          url: URL,
          offset: word.start,
          endOffset: word.end,
        })
      }
    }
  },
})

/** The double supines of one sentence. */
export function findDoubleSupines(sentence: Sentence, text: string): DoubleSupine[] {
  const words = sentence.words
  const lower = words.map((w) => w.text.toLowerCase())
  const out: DoubleSupine[] = []
  for (let i = 1; i < words.length; i++) {
    if (!AUX_SUPINES.has(lower[i - 1]) || !/^[ \t]+$/.test(text.slice(words[i - 1].end, words[i].start))) continue
    if (!perfectBefore(lower, i - 1)) continue
    if (words[i].text !== lower[i]) continue
    const infinitive = infinitiveOfSupine(lower[i])
    if (infinitive === undefined || infinitive === lower[i]) continue
    // after fått a weak participle before its noun is an adjective (har fått utökat ansvar, har fått
    // betalt arbete); strong and irregular supines (givit, varit, haft, gjort) are not used so
    const next = tagsOf(sentence)[i + 1]
    const adjectival = lower[i - 1] === 'fått' && (next === 'NN' || next === 'JJ')
    if (adjectival && !lower[i].endsWith('it') && !(infinitive in IRREGULAR_VERBS)) continue
    out.push({ index: i, infinitive })
  }
  return out
}

/** A form of ha before the auxiliary, with at most three pronouns or adverbs between them. */
function perfectBefore(lower: string[], aux: number): boolean {
  for (let k = aux - 1; k >= 0 && k >= aux - 4; k--) {
    if (HA.has(lower[k])) return true
    if (!BETWEEN.has(lower[k])) return false
  }
  return false
}
