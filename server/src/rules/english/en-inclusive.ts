import retextEquality from 'retext-equality'
import { defineRule } from '../../engine/rule'
import type { AnalysedBlock } from '../../engine/types'
import englishRules from '../../generated/english-rules.json'
import { pluginReader, type PluginMessage, type Transform } from './english-text'
import { INCLUSIVE_SOURCE, INCLUSIVE_URL } from './english-sources'
import { swedishList } from '../phrase-table'

const read = pluginReader(retextEquality({ ignore: englishRules.inclusive.skip, binary: true }) as unknown as Transform)
const GENDERED = new Set(englishRules.inclusive.gendered)
const PRONOUNS = new Set(englishRules.inclusive.pronouns)
/**
 * Words that make a sentence speak of anyone rather than of a person it names: only then is a
 * gendered pronoun in it generic (*Every resident … his complaint*), and not *Anna Lind … she*.
 */
const ANYONE = /\b(?:each|every|any|anyone|anybody|someone|somebody|everyone|everybody|whoever|no one|nobody|(?:a|an|the|your)\s+(?:[a-z-]+\s+)?(?:applicant|resident|person|user|customer|citizen|student|pupil|employee|patient|tenant|member|individual|guardian|visitor|client|driver|caller|reader|taxpayer|voter|worker|claimant|owner))\b/i

/** A pronoun is reported only where its sentence speaks of anyone (see ANYONE). */
function generic(block: AnalysedBlock, m: PluginMessage): boolean {
  if (!PRONOUNS.has(m.actual.toLowerCase())) return true
  const at = block.start + m.start
  const sentence = block.sentences.find((s) => s.start <= at && at < s.end)
  const before = block.text.slice(sentence ? sentence.start - block.start : 0, m.start)
  return ANYONE.test(before)
}

/** Gendered, ableist and other words that may exclude or hurt, in English paragraphs (retext-equality). */
export const enInclusive = defineRule({
  id: 'en-inclusive',
  category: 'inclusive',
  defaultSeverity: 'info',
  language: 'en',
  description: 'Engelska stycken: ord som kan uppfattas som könsbundna, nedsättande eller utestängande, med neutrala alternativ (retext-equality).',
  url: INCLUSIVE_URL,
  checkBlock(block, ctx) {
    for (const m of read(block.text)) {
      if (!generic(block, m)) continue
      const gendered = GENDERED.has(m.id)
      // a pronoun's replacement needs the verb to agree (he is → they are), and the list's words for
      // disability are nouns where the text may have an adjective (crippled people): advice, no fix
      const pronoun = PRONOUNS.has(m.actual.toLowerCase())
      const fixable = gendered && !pronoun
      ctx.report({
        message: `”${m.actual}” kan uppfattas som ${gendered ? 'könsbundet' : 'nedsättande eller utestängande'}.${pronoun ? ' Skriv om meningen, till exempel med ”they” eller ”you”.' : m.expected.length ? ` Överväg ${swedishList(m.expected.slice(0, 4))}.` : ' Skriv om utan ordet.'}`,
        actual: m.actual,
        // the list's first words are its closest (chairman: chair, head, chairperson); later ones drift (moderator)
        expected: fixable ? m.expected.slice(0, 3) : [],
        note: [
          gendered
            ? 'Ett könsneutralt ord tar med alla läsare, också när texten talar om vem som helst.'
            : 'Ordet kan beskriva människor på ett sätt som de själva inte vill bli beskrivna; ett neutralt ord säger samma sak.',
          m.note ? `Källans förklaring: ${m.note}` : '',
        ].filter(Boolean).join(' '),
        source: INCLUSIVE_SOURCE,
        url: INCLUSIVE_URL,
        offset: block.start + m.start,
        endOffset: block.start + m.end,
      })
    }
  },
})
