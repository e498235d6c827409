import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { tagsOf } from '../engine/tags'
import type { Sentence } from '../engine/types'
import { adjectiveForm, neuterOf, nounGender, type Gender } from '../morphology/agreement-lexicon'
import { isMentionedOrCited } from './word-context'

const URL = 'https://grammatiskauppslag.gu.se/kongruens.html'
const SOURCE =
  'Grammatiska uppslag (Göteborgs universitet), ”Kongruens”: en stor bil, ett stort hus, någon bil – något hus; ' +
  'Svensk ordbok (SO, 2009), uppslagsordet kongruens: en gul bil, ett gult hus'
const NOTE =
  'Artikeln och adjektivet böjs efter substantivets genus: en-ord tar en, ingen, någon och adjektivet ' +
  'utan -t (en stor bil), ett-ord tar ett, inget, något och adjektivet med -t (ett stort hus). ' +
  'Efter det, den får substantivet bestämd form (det stora huset, den stora bilen).'

/** Indefinite determiners and their counterpart in the other gender. */
const INDEFINITE: Record<string, { gender: Gender; other: string }> = {
  en: { gender: 'en', other: 'ett' }, ett: { gender: 'ett', other: 'en' },
  ingen: { gender: 'en', other: 'inget' }, inget: { gender: 'ett', other: 'ingen' },
  någon: { gender: 'en', other: 'något' }, något: { gender: 'ett', other: 'någon' },
}

/** Degree adverbs that may stand between the determiner and the adjective (ett mycket stort ansvar). */
const DEGREE = new Set(['mycket', 'väldigt', 'ganska', 'så', 'alltför', 'för', 'rätt', 'extra', 'oerhört', 'synnerligen'])

/** One broken agreement in a sentence: the words it spans and the phrase that agrees. */
export interface AgreementError {
  from: number
  to: number
  fix: string
  noun: string
  gender: Gender
}

/**
 * Determiner, adjective and noun that disagree in gender inside an indefinite noun phrase (ett
 * stor ansvar, en nytt beslut, en stort hus) or a definite one (den stora huset, det nya bilen).
 * The noun decides: its gender comes from the dictionary (scripts/compile-morphology.mjs), and a
 * noun without one gender there (lag, paraply) or a word that may be something else is left alone.
 */
export const agreement = defineRule({
  id: 'agreement',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'Artikel och adjektiv som inte stämmer med substantivets genus (ett stor ansvar → ett stort ansvar, en nytt beslut → ett nytt beslut, den stora huset → det stora huset).',
  url: URL,
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      for (const e of findAgreementErrors(sentence, ctx.doc.text)) {
        const start = sentence.words[e.from].start
        const end = sentence.words[e.to].end
        if (isMentionedOrCited(block, ctx.doc.text, start, end)) continue
        const actual = ctx.doc.text.slice(start, end)
        const fix = matchCase(e.fix, actual)
        ctx.report({
          message: `Skriv ”${fix}”: ”${e.noun}” är ett ${e.gender}-ord, så artikel och adjektiv ska böjas efter det (${e.gender === 'ett' ? 'ett stort hus' : 'en stor bil'}).`,
          actual,
          expected: [fix],
          note: NOTE,
          source: SOURCE,
          url: URL,
          offset: start,
          endOffset: end,
        })
      }
    }
  },
})

/** The agreement errors of one sentence. */
export function findAgreementErrors(sentence: Sentence, text: string): AgreementError[] {
  const words = sentence.words
  const out: AgreementError[] = []
  const lower = words.map((w) => w.text.toLowerCase())
  for (let i = 0; i < words.length - 1; i++) {
    const e = indefinite(sentence, lower, i, text) ?? definite(sentence, lower, i, text)
    if (e) {
      out.push(e)
      i = e.to
    }
  }
  return out
}

/** Only whitespace between two words: no comma, quotation mark or bracket (lists of adjectives, quotations). */
function adjacent(sentence: Sentence, a: number, b: number, text: string): boolean {
  return /^[ \t]+$/.test(text.slice(sentence.words[a].end, sentence.words[b].start))
}

/** Lower-case (a capital only first in the sentence): a capital inside it is a name (Ett Nytt Hus). */
function plain(sentence: Sentence, i: number): boolean {
  const w = sentence.words[i].text
  return /^[a-zåäöé]+$/.test(i === 0 ? w.toLowerCase() : w) && (i === 0 || w === w.toLowerCase())
}

/** The noun that ends the phrase at j: a lower-case word the tagger reads as a noun, with one gender. */
function nounAt(sentence: Sentence, lower: string[], j: number): Gender | undefined {
  if (j >= lower.length || !plain(sentence, j) || lower[j].length < 3) return undefined
  if (tagsOf(sentence)[j] !== 'NN') return undefined
  return nounGender(lower[j])
}

/** en/ett/ingen/inget/någon/något [degree adverb] [adjective] noun. */
function indefinite(sentence: Sentence, lower: string[], i: number, text: string): AgreementError | undefined {
  const det = INDEFINITE[lower[i]]
  if (!det || !plain(sentence, i)) return undefined
  let j = i + 1
  if (DEGREE.has(lower[j]) && adjacent(sentence, i, j, text)) j++
  const adjective = adjectiveForm(lower[j] ?? '')
  const adjIndex = adjective ? j : -1
  if (adjective) {
    if (!adjacent(sentence, j - 1, j, text) || !plain(sentence, j)) return undefined
    j++
  }
  if (j >= lower.length || !adjacent(sentence, j - 1, j, text)) return undefined
  // no adjective: only an article, and not the pronoun en (det gör en glad) or a number before a unit
  if (adjIndex < 0 && (lower[i] === 'en' || lower[i] === 'ett' || j !== i + 1)) return undefined
  if (adjIndex >= 0 && adjectiveForm(lower[j]) !== undefined) return undefined
  const gender = nounAt(sentence, lower, j)
  if (!gender) return undefined
  const detOk = det.gender === gender
  const adjOk = !adjective || (adjective.form === 'neuter') === (gender === 'ett')
  if (detOk && adjOk) return undefined
  // a -t form after en may be an adverb (en helt ny bil): only when it cannot be
  if (adjective && adjective.form === 'neuter' && gender === 'en' && detOk && adjIndex === j - 1) return undefined
  const parts = sentence.words.slice(i, j + 1).map((w) => w.text)
  parts[0] = detOk ? parts[0] : det.other
  if (!adjOk) {
    const fixed = gender === 'ett' ? neuterOf(adjective!.lemma) : adjective!.lemma
    if (!fixed) return undefined
    parts[adjIndex - i] = fixed
  }
  return { from: i, to: j, fix: join(sentence, i, j, parts, text), noun: sentence.words[j].text, gender }
}

/** den/det + weak adjective + definite singular noun: den stora huset, det nya bilen. */
function definite(sentence: Sentence, lower: string[], i: number, text: string): AgreementError | undefined {
  if ((lower[i] !== 'den' && lower[i] !== 'det') || !plain(sentence, i)) return undefined
  const adj = i + 1
  const j = i + 2
  if (j >= lower.length || !adjacent(sentence, i, adj, text) || !adjacent(sentence, adj, j, text)) return undefined
  if (!plain(sentence, adj) || !/a$/.test(lower[adj]) || adjectiveForm(lower[adj].slice(0, -1)) === undefined) return undefined
  if (!plain(sentence, j) || tagsOf(sentence)[j] !== 'NN') return undefined
  const gender = definiteGender(lower[j])
  if (!gender) return undefined
  const want = gender === 'ett' ? 'det' : 'den'
  if (lower[i] === want) return undefined
  const parts = [want, sentence.words[adj].text, sentence.words[j].text]
  return { from: i, to: j, fix: join(sentence, i, j, parts, text), noun: sentence.words[j].text, gender }
}

/** The gender a definite singular shows (huset: ett, bilen: en); -en after an ett-word is its plural (husen), so no answer. */
function definiteGender(word: string): Gender | undefined {
  for (const [ending, gender] of [['et', 'ett'], ['t', 'ett'], ['en', 'en'], ['n', 'en']] as const) {
    if (!word.endsWith(ending)) continue
    const g = nounGender(word.slice(0, -ending.length))
    if (g === gender) return g
    if (g !== undefined) return undefined
  }
  return undefined
}

/** The phrase with its words replaced, keeping the spaces between them. */
function join(sentence: Sentence, i: number, j: number, parts: string[], text: string): string {
  let out = parts[0]
  for (let k = i + 1; k <= j; k++) out += text.slice(sentence.words[k - 1].end, sentence.words[k].start) + parts[k - i]
  return out
}
