import { defineRule, type Report, type SpellingContext } from '../engine/rule'
import type { Token } from '../engine/types'
import { ms, MS_URL } from './sources'
import { INVISIBLE, unknownWords, type UnknownWord } from './spelling/unknown-words'
import { foreignLanguage } from './spelling/foreign-language'
import { acronymGenitive } from './spelling/acronym-genitive'
import { splitAtCapital, splitInTwo } from './spelling/run-together'
import { joinWithNeighbour } from './spelling/split-word'
import { missingFinalStop } from './spelling/abbreviation-forms'

const SOURCE = 'Hunspell med den svenska ordlistan dictionary-sv 4.0.0 (Göran Andersson, LGPL-3.0) och Klarspråks tilläggsordlista'
const URL = 'https://github.com/wooorm/dictionaries/tree/main/dictionaries/sv'
const ADD_TO_LIST = 'Är det rätt stavat, till exempel ett namn eller en fackterm, kan du lägga till det i teamets ordlista (.klarsprak.json) eller i din egen.'
const NOTE = `Ordet finns varken i den svenska ordlistan eller i era egna ordlistor. ${ADD_TO_LIST}`

/**
 * Words unknown to the Swedish dictionary and to the team's and user's word lists. Where the
 * unknown word has a likely cause, the finding names it and carries the fix: an abbreviation's
 * genitive without its colon (EUs), two words run together (bilarrespektive) or one word split
 * in two (be gränsningar). Abbreviations without full stops (dvs, bl a) are the abbreviation
 * rule's; paragraphs in another language are skipped (the other-language rule says so).
 */
export const spelling = defineRule({
  id: 'spelling',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: 'Ord som inte finns i den svenska ordlistan eller i teamets och din egen ordlista, med rättelse där orsaken syns (EUs → EU:s, ihopskrivna och särskrivna ord).',
  checkBlock(block, ctx) {
    const env = ctx.spelling
    if (!env) return
    for (const sentence of block.sentences) {
      for (const word of sentence.words) {
        const whole = missingFinalStop(word.text, ctx.doc.text.charAt(word.end))
        if (!whole) continue
        ctx.report({
          message: `Förkortningen skrivs med punkt på slutet: ”${whole}”.`,
          actual: word.text,
          expected: [whole],
          note: 'En förkortning där ordet avbryts (t.ex., bl.a., s.k.) har punkt efter varje led, också det sista. Ännu tydligare är att skriva ut orden.',
          source: ms('11.6'),
          url: MS_URL,
          offset: word.start,
          endOffset: word.end,
        })
      }
    }
    const unknown = unknownWords(block, env)
    if (unknown.length === 0 || foreignLanguage(block, unknown)) return
    const done = new Set<Token>()
    for (const u of unknown) {
      // an English title inside Swedish text (a reference) is not misspelt Swedish
      if (done.has(u.word) || u.foreign) continue
      const finding = explain(u, ctx.doc.text, env, done)
      ctx.report({ source: SOURCE, url: URL, offset: u.word.start, endOffset: u.word.end, ...finding })
    }
  },
})

type Explanation = Omit<Report, 'offset' | 'endOffset'> & Partial<Pick<Report, 'offset' | 'endOffset'>>

/** What is wrong with one unknown word, likeliest cause first; `done` collects words a finding covers. */
function explain(u: UnknownWord, text: string, env: SpellingContext, done: Set<Token>): Explanation {
  const word = u.word.text
  const genitive = acronymGenitive(word)
  if (genitive) {
    return {
      message: `Skriv ”${genitive}” med kolon: ändelsen efter en förkortning skrivs efter kolon.`,
      actual: word,
      expected: [genitive],
      note: 'Genitiv-s och andra ändelser efter en förkortning i versaler skrivs efter kolon: EU:s, SKR:s. En förkortning som slutar på s får ingen ändelse (SAS styrelse), och förkortningar som uttalas som ord får vanliga ändelser (Natos).',
      source: ms('11.11 och 13.5.4'),
      url: MS_URL,
    }
  }
  const joined = joinWithNeighbour(text, u.sentence.words, u.index, env)
  if (joined) {
    done.add(joined.first).add(joined.second)
    return {
      message: `Ett ord verkar ha delats i två. Menar du ”${joined.word}”?`,
      actual: text.slice(joined.first.start, joined.second.end),
      expected: [joined.word],
      note: `”${word}” finns inte i ordlistan, men ihopskrivet blir det ett ord som finns där. Sammansatta ord skrivs ihop på svenska.`,
      offset: joined.first.start,
      endOffset: joined.second.end,
    }
  }
  // a capitalised word inside a sentence is a name, not two words run together
  const split = splitAtCapital(word, env.speller) ?? (u.name ? undefined : splitInTwo(word, env.speller))
  if (split) {
    return {
      message: `Två ord verkar ha skrivits ihop. Menar du ”${split}”?`,
      actual: word,
      expected: [split],
      note: `Ordet finns inte i ordlistan, men delat blir det två ord som finns där. Saknas ett mellanslag? ${ADD_TO_LIST}`,
    }
  }
  return {
    // one finding per word and document: a name used 36 times is one finding, at the same
    // severity wherever it stands, and a word the text explains is not flagged at all
    repeat: { key: word.replace(INVISIBLE, '').toLowerCase(), leads: u.name, explained: u.explained },
    severity: u.name ? 'info' : undefined,
    message: u.name
      ? `”${word}” finns inte i ordlistan. Är det ett namn? Lägg i så fall till det i ordlistan.`
      : `”${word}” finns inte i ordlistan. Kontrollera stavningen.`,
    actual: word,
    expected: [],
    note: NOTE,
  }
}
