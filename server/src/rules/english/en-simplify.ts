import retextSimplify from 'retext-simplify'
import { defineRule } from '../../engine/rule'
import englishRules from '../../generated/english-rules.json'
import { pluginReader, type Transform } from './english-text'
import { SIMPLIFY_SOURCE, SIMPLIFY_URL } from './english-sources'
import { matchCase } from '../../engine/case'
import { swedishList } from '../phrase-table'

/** retext-simplify names its entries by the phrase, spaces as hyphens. */
const idOf = (phrase: string): string => phrase.replace(/\s+/g, '-').toLowerCase()
const NO_FIX = new Set(englishRules.simplify.noFix.map(idOf))
/** The fixes to offer, in order, where the plugin's alphabetical list would lead with a poor one. */
const FIXES = new Map(Object.entries(englishRules.simplify.fixes as Record<string, string[]>).map(([phrase, fixes]) => [idOf(phrase), fixes]))
const read = pluginReader(retextSimplify({ ignore: englishRules.simplify.skip }) as unknown as Transform)

/**
 * Wordy or formal English words with a plainer alternative (retext-simplify), in English
 * paragraphs. Entries that too often mean something else are left out (dictionaries/english-rules.yaml).
 */
export const enSimplify = defineRule({
  id: 'en-simplify',
  category: 'plain-language',
  defaultSeverity: 'info',
  language: 'en',
  description: 'Engelska stycken: krångliga ord och uttryck som har ett enklare alternativ (retext-simplify).',
  url: SIMPLIFY_URL,
  checkBlock(block, ctx) {
    for (const m of read(block.text)) {
      const alternatives = (FIXES.get(m.id) ?? m.expected).map((a) => matchCase(a, m.actual))
      const fixable = !NO_FIX.has(m.id)
      ctx.report({
        // "is responsible for" is marked omissible too, but only its replacement keeps the sentence whole
        message: m.omit && alternatives.length === 0
          ? `”${m.actual}” kan ofta strykas.`
          : `Enklare engelska: skriv hellre ${swedishList(alternatives)} än ”${m.actual}”.`,
        actual: m.actual,
        expected: fixable ? alternatives : [],
        note: `Listor över klarspråk på engelska föreslår ett enklare ord här. Listan läser inte meningen, så välj det alternativ som passar${fixable ? '' : '; här beror det på meningen, så ingen snabbrättelse erbjuds'}.`,
        source: SIMPLIFY_SOURCE,
        url: SIMPLIFY_URL,
        offset: block.start + m.start,
        endOffset: block.start + m.end,
      })
    }
  },
})
