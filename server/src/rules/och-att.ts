import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { tagsOf } from '../engine/tags'
import { getLexicon } from '../morphology/lexicon'
import { isFiniteVerb } from '../morphology/finite'
import type { Sentence } from '../engine/types'
import { isMentionedOrCited } from './word-context'
import { gapAfter, isInfinitive, isSupine } from './grammar-words'
import { MS_URL, ms } from './sources'

const URL = 'https://www.textfixarna.se/borja-inte-och-klaga-nu/'
const SOURCE =
  'Textfixarna, ”Börja inte och klaga nu” (att står framför infinitiv, och binder ihop samordnade verb: sitter och läser); ' +
  `${ms('8.4.3')} (verb som konstrueras med infinitivmärket att: glömma (att) göra något); ` +
  'Lars-Gunnar Andersson, ”Lurigt med svenskans vanligaste ord”, Göteborgs-Posten (och och att uttalas båda å)'
const NOTE =
  'Och och att uttalas ofta likadant (å), men de gör olika saker. Att står framför ett verb i infinitiv: ”försöker att ' +
  'hjälpa”, ”började att skriva”, ”slutade att röka”. Och binder ihop två verb i samma form: ”sitter och läser”, ”försöker ' +
  'och lyckas”. Pröva att sätta båda verben i dåtid: går det (”satt och läste”) ska det vara och, annars att.'

/** Verbs that take an infinitive with att (försöka att hjälpa), by their infinitive. */
const INFINITIVE_VERBS = [
  'försöka', 'börja', 'sluta', 'glömma', 'lova', 'vägra', 'fortsätta', 'våga', 'orka', 'undvika', 'planera',
  'hinna', 'avse', 'tveka', 'hota', 'riskera', 'tendera', 'prova', 'pröva', 'sträva',
]
/** Verbs of posture and motion that coordinate with och (sitter och läser): att before a finite verb there is och. */
const POSTURE_PRESENT = new Set(['sitter', 'står', 'ligger', 'går'])
const POSTURE_PAST = new Set(['satt', 'stod', 'låg', 'gick'])
/** Adverbs that may stand between the verb and och (försöker inte och …, slutade aldrig och …). */
const BETWEEN = new Set(['inte', 'aldrig', 'alltid', 'också', 'även', 'ju', 'nog', 'verkligen', 'faktiskt', 'ofta'])

let triggerForms: Set<string> | undefined

/**
 * The finite forms and supines of the verbs above (försöker, försökte, försökt), not the infinitive
 * or the imperative: after those, och before an infinitive can join two infinitives or two
 * imperatives (ska börja och sluta i tid, försök och titta).
 */
function triggers(): Set<string> {
  if (triggerForms) return triggerForms
  triggerForms = new Set()
  const lex = getLexicon()
  for (const verb of INFINITIVE_VERBS) {
    for (const form of lex.activeForms(verb) ?? []) {
      if (form === verb || form === verb.slice(0, -1)) continue
      if (isFiniteVerb(form) || isSupine(form)) triggerForms.add(form)
    }
  }
  // deponents: the present lyckas is also the infinitive, so only the past and the supine
  for (const form of ['lyckades', 'lyckats', 'låtsades', 'låtsats']) triggerForms.add(form)
  return triggerForms
}

/** One mix-up: the index of och or att and the word to write instead. */
export interface Mixup {
  index: number
  fix: 'att' | 'och'
}

/**
 * Och written for the infinitive marker att after a verb that takes an infinitive (försöker och
 * hjälpa → försöker att hjälpa), and att written for och between a posture verb and a finite verb
 * of the same tense (satt att läste → satt och läste). Real coordination is left alone: sitter och
 * läser, försöker och lyckas, and och after an infinitive or imperative (ska börja och sluta i tid).
 */
export const ochAtt = defineRule({
  id: 'och-att',
  category: 'grammar',
  defaultSeverity: 'info',
  description: 'Och där infinitivmärket att ska stå (försöker och hjälpa → försöker att hjälpa), och tvärtom (satt att läste → satt och läste).',
  url: URL,
  checkBlock(block, ctx) {
    const text = ctx.doc.text
    for (const sentence of block.sentences) {
      for (const m of findMixups(sentence, text)) {
        const word = sentence.words[m.index]
        if (isMentionedOrCited(block, text, word.start, word.end)) continue
        const fix = matchCase(m.fix, word.text)
        const verb = sentence.words[m.index + 1].text
        ctx.report({
          message: m.fix === 'att'
            ? `Skriv ”${fix} ${verb}”: framför ett verb i infinitiv står att, inte och (”försöker att hjälpa”).`
            : `Skriv ”${fix} ${verb}”: två verb i samma form binds ihop med och (”satt och läste”).`,
          actual: word.text,
          expected: [fix],
          note: NOTE,
          source: SOURCE,
          url: m.fix === 'att' ? URL : MS_URL,
          offset: word.start,
          endOffset: word.end,
        })
      }
    }
  },
})

/** The och/att mix-ups of one sentence. */
export function findMixups(sentence: Sentence, text: string): Mixup[] {
  const words = sentence.words
  const found: Mixup[] = []
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i].text
    if (w !== 'och' && w !== 'att') continue
    if (gapAfter(sentence, text, i - 1) !== '' || gapAfter(sentence, text, i) !== '') continue
    const next = words[i + 1].text
    if (next !== next.toLowerCase()) continue
    if (w === 'och' ? ochForAtt(sentence, text, i) : attForOch(sentence, i)) found.push({ index: i, fix: w === 'och' ? 'att' : 'och' })
  }
  return found
}

/** försöker (inte) och hjälpa: a trigger verb's finite form or supine, och, an infinitive. */
function ochForAtt(s: Sentence, text: string, i: number): boolean {
  const next = s.words[i + 1].text
  if (!isInfinitive(next) || tagsOf(s)[i + 1] !== 'VB') return false
  let j = i - 1
  while (j > 0 && j >= i - 2 && BETWEEN.has(s.words[j].text.toLowerCase()) && gapAfter(s, text, j - 1) === '') j--
  return triggers().has(s.words[j].text.toLowerCase())
}

/** satt att läste, står att väntar: a posture verb, att, a finite verb of the same tense. */
function attForOch(s: Sentence, i: number): boolean {
  const prev = s.words[i - 1].text.toLowerCase()
  const next = s.words[i + 1].text.toLowerCase()
  if (!isFiniteVerb(next) || tagsOf(s)[i + 1] !== 'VB') return false
  const present = next.endsWith('r')
  return present ? POSTURE_PRESENT.has(prev) : POSTURE_PAST.has(prev)
}
