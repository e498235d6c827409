import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { alternatives, phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import { findNominalizations, type NominalizationMatch } from './nominalization-pattern'
import { hasParticlePrefix } from '../morphology/verbal-nouns'
import { isMentionedOrCited } from './word-context'
import { ms, MS_URL } from './sources'
import entries from '../generated/nominalizations.json'

const DESCRIPTION = 'Substantivsjuka: ett innehållslöst verb med ett substantiv där ett verb räcker (genomföra en granskning → granska, vara i behov av → behöva).'

/** Idioms the pattern cannot see, with their rewrites (data: dictionaries/nominalizations.yaml). */
const phrases = phraseRule({
  id: 'nominalization',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: DESCRIPTION,
  entries: entries as PhraseEntry[],
  message: (shown, entry, fixes) => {
    const words = alternatives(entry, fixes)
    return words.length > 0 ? `Låt verbet bära meningen: skriv hellre ”${words.join('” eller ”')}” än ”${shown}”.` : `Skriv om ”${shown}” med ett verb.`
  },
})

const NOTE =
  'Verbet som bär handlingen har gjorts om till ett substantiv (granskning, kontroll, ökning) och fått ' +
  'ett innehållslöst verb (genomföra, utföra, ske) till hjälp. Med verbet blir meningen kortare och visar ' +
  'vem som gör vad: ”Vi ska genomföra en granskning av rutinerna” → ”Vi ska granska rutinerna”.'
const SOURCE = `${ms('1.4.11')}; Sara Rösare, Språktidningen: Enkelt språk gör det lätt att skriva rätt`

function message(shown: string, match: NominalizationMatch): string {
  if (match.fix !== undefined) return `Låt verbet bära meningen: skriv hellre ”${match.fix}” än ”${shown}”.`
  if (hasParticlePrefix(match.noun.verb)) return `Låt verbet bära meningen: skriv om ”${shown}” med ett verb.`
  return `Låt verbet bära meningen: skriv om ”${shown}” med verbet ”${match.noun.verb}”.`
}

/**
 * Nominalizations: the phrase list's idioms (vara i behov av, erlägga betalning) and, where the list
 * has nothing, the general pattern of a light verb with a noun made from a verb, in any order and
 * voice (genomföra en granskning, beslutet fattades, det sker en ökning).
 */
export const nominalization = defineRule({
  id: 'nominalization',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: DESCRIPTION,
  url: MS_URL,
  checkBlock(block, ctx) {
    const listed: { start: number; end: number }[] = []
    phrases.checkBlock!(block, {
      ...ctx,
      options: {},
      report(finding) {
        listed.push({ start: finding.offset, end: finding.endOffset ?? finding.offset })
        ctx.report(finding)
      },
    })
    for (const sentence of block.sentences) {
      for (const match of findNominalizations(sentence.words, sentence.tokens)) {
        if (listed.some((l) => l.start < match.end && match.start < l.end)) continue
        if (isMentionedOrCited(block, ctx.doc.text, match.start, match.end)) continue
        const actual = ctx.doc.text.slice(match.start, match.end)
        const fix = match.fix === undefined ? undefined : matchCase(match.fix, actual)
        ctx.report({
          message: message(actual.replace(/\s+/g, ' '), { ...match, fix }),
          actual,
          expected: fix === undefined ? [] : [fix],
          note: NOTE,
          source: SOURCE,
          url: MS_URL,
          offset: match.start,
          endOffset: match.end,
          severity: match.weight === 'hint' ? 'hint' : undefined,
        })
      }
    }
  },
})
