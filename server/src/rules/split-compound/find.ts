import type { Speller } from '../../engine/rule'
import type { Sentence } from '../../engine/types'
import { tagsOf } from '../../engine/tags'
import { estimateTag } from '../../morphology'
import { CLOSED_CLASS } from '../../morphology/closed-class'
import { nounGender } from '../../morphology/agreement-lexicon'
import { DETERMINERS, FIXED_BARE_NOUNS, GIVING_VERB, INDECLINABLE_ADJECTIVES, NO_GENITIVE_OWNER, PRONOUN_DETERMINERS, QUANTITY_NOUNS } from './words'

/** Two neighbouring words of a sentence that the dictionary knows as one compound. */
export interface SplitCompound {
  /** Index of the first word in `sentence.words`; the second follows it. */
  index: number
  /** The compound in lowercase (bostadsbidrag). */
  joined: string
}

/** Nouns whose plural differs from the singular: their -s genitive after a number is singular, so a joint (förvaltnings). */
const SINGULAR_ONLY_STEM = /(?:ing|het|tion|else|skap|itet|ism|eri|ande|ende)$/
/** A definite noun (lagen, beloppet, styrelsens): after a conjunction it may begin a new clause. */
const DEFINITE = /(?:[aeiouyåäö]n|et|na)s?$/

/**
 * Compounds written apart (särskrivning) where both halves are dictionary words: words that are
 * unknown alone (kvinno jour, be gränsningar) are the spelling rule's (split-word.ts), so one
 * error is never reported twice. Hunspell builds compounds from almost any two nouns (äldre +
 * personer, offentlig + aktör, rad + frågor), so a joinable pair alone proves nothing; a pair is
 * reported only where the split reading is ungrammatical:
 *
 * - the first word is a genitive -s joint (bostads, förvaltnings) with nothing before it that
 *   could own a genitive: only adjectives or a preposition, verb or conjunction (söka bostads
 *   bidrag, allmän förvaltnings domstol); *en bostads värde*, *tredje parts kontroll* and *juni
 *   månads utgång* are sound genitives;
 * - two bare nouns after a determiner (en kund tjänst, vår miljö policy), which a noun phrase does
 *   not allow, except after a measure noun (en rad frågor) and as a verb's two objects (ge sina
 *   barn mat);
 * - two bare nouns after a preposition, conjunction or verb (till studie stöd, från kommun
 *   styrelsen); a definite second noun only after a preposition (eller ägarkategori kvinnan har …
 *   begins a clause).
 */
export function findSplitCompounds(sentence: Sentence, text: string, speller: Speller): SplitCompound[] {
  const words = sentence.words
  const tags = tagsOf(sentence)
  const lower = words.map((w) => w.text.toLowerCase())
  const found: SplitCompound[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i].text
    const second = words[i + 1].text
    if (!/^\p{Ll}{3,}$/u.test(second) || !/^\p{L}{3,}$/u.test(first)) continue
    // a capital inside a sentence is a name (Svenska Dagbladets debatt); at its start, the sentence's
    if (first !== lower[i] && (i > 0 || first.slice(1) !== lower[i].slice(1))) continue
    if (tags[i + 1] !== 'NN' || CLOSED_CLASS.has(lower[i]) || FIXED_BARE_NOUNS.has(lower[i])) continue
    if (!/^[ \t]*\n?[ \t]*$/.test(text.slice(words[i].end, words[i + 1].start))) continue
    const genitive = isGenitive(lower[i], tags[i], speller)
    if (!genitive && tags[i] !== 'NN') continue
    if (adjectiveLike(lower[i], speller) || adjectiveLike(second, speller)) continue
    const joined = lower[i] + second
    if (!speller.correct(first) || !speller.correct(second) || !speller.correct(joined)) continue
    const split =
      afterSection(lower, i, text.slice(Math.max(0, words[i].start - 4), words[i].start)) ||
      (genitive ? noGenitiveOwner(lower, tags, i, speller) || determinerOfSecond(lower, tags, second, i, speller) : afterDeterminer(lower, tags, second, i, speller) || bareNouns(lower, tags, second, i))
    if (split) {
      found.push({ index: i, joined })
      i++
    }
  }
  return found
}

/** bostads, förvaltnings, uppehålls: a singular noun's -s (a plural genitive, kvinnors, barns, is never a joint). */
function isGenitive(word: string, tag: string, speller: Speller): boolean {
  if (!word.endsWith('s') || word.endsWith('ss') || (tag !== 'NN' && tag !== 'VB')) return false
  const stem = word.slice(0, -1)
  return stem.length >= 3 && !/(?:ar|er|or|rn|ns|ts)$/.test(stem) && speller.correct(stem) && estimateTag(stem) === 'NN'
}

/**
 * Nothing before a genitive that could own it: the sentence's start, or adjectives after a
 * preposition, conjunction, verb or adverb (söka bostads bidrag, allmän förvaltnings domstol). A
 * number owns only a plural (tre års), so a noun whose plural differs is a joint after it (2 §
 * förvaltnings lagen).
 */
function noGenitiveOwner(lower: string[], tags: readonly string[], i: number, speller: Speller): boolean {
  let k = i - 1
  while (k >= 0 && !DETERMINERS.has(lower[k]) && (tags[k] === 'JJ' || tags[k] === 'PC' || ((tags[k] === 'NN' || tags[k] === 'PM') && adjectiveLike(lower[k], speller)))) k--
  if (k < 0) return true
  if (DETERMINERS.has(lower[k]) || PRONOUN_DETERMINERS.has(lower[k])) return false
  if (tags[k] === 'RG' || lower[k] === '§' || lower[k] === '§§') return singularOnly(lower[i].slice(0, -1), speller)
  return NO_GENITIVE_OWNER.has(tags[k])
}

/**
 * A noun whose genitive in -s is singular only, since its plural differs (häkte → häkten,
 * förvaltning → förvaltningar): after a number it cannot be owned (tre års can, 2 §§ häktes cannot).
 */
function singularOnly(stem: string, speller: Speller): boolean {
  if (SINGULAR_ONLY_STEM.test(stem)) return true
  const plurals = /[aeiouyåäö]$/.test(stem) ? [`${stem}n`, `${stem}r`] : [`${stem}ar`, `${stem}er`, `${stem}or`]
  return plurals.some((p) => speller.correct(p))
}

/**
 * After a section or chapter reference (3 § brotts balken, 7 kap. häktes lagen, 1 § socialtjänst
 * lagen) comes a law's name, one word: two nouns there are a compound written apart.
 */
function afterSection(lower: string[], i: number, textBefore: string): boolean {
  // the section sign is a symbol, not a word: it is read from the text
  return /§\s*$/.test(textBefore) || lower[i - 1] === 'kap.' || lower[i - 1] === 'kap'
}

/** The determiners that show their noun's gender: en-words take these, ett-words their pairs. */
const EN_DETERMINERS = new Set(['en', 'ingen', 'någon', 'min', 'din', 'sin', 'vår', 'er', 'denna', 'annan', 'vilken'])
const ETT_DETERMINERS = new Set(['ett', 'inget', 'något', 'mitt', 'ditt', 'sitt', 'vårt', 'ert', 'detta', 'annat', 'vilket'])

/**
 * A determiner that agrees with the second noun and not with the genitive before it: *en lagråds
 * period* (lagråd is an ett-word, period an en-word), *ett ersättnings belopp*, *sin förvärvs
 * verksamhet*. As a genitive the first word would take its own determiner (ett lagråds), so the two
 * are one compound. Where both nouns have the same gender (en undersöknings enhet) either reading
 * is Swedish, and nothing is said.
 */
function determinerOfSecond(lower: string[], tags: readonly string[], second: string, i: number, speller: Speller): boolean {
  let k = i - 1
  while (k > 0 && (tags[k] === 'JJ' || adjectiveLike(lower[k], speller)) && !DETERMINERS.has(lower[k])) k--
  const determiner = EN_DETERMINERS.has(lower[k]) ? 'en' : ETT_DETERMINERS.has(lower[k]) ? 'ett' : undefined
  if (!determiner) return false
  const own = nounGender(lower[i].slice(0, -1))
  const head = nounGender(second)
  return own !== undefined && head === determiner && own !== determiner
}

/** en kund tjänst, vår miljö policy, det kalender halvår: two bare nouns after a determiner. */
function afterDeterminer(lower: string[], tags: readonly string[], second: string, i: number, speller: Speller): boolean {
  // en ny miljö policy: adjectives may stand between
  let k = i - 1
  while (k > 0 && (tags[k] === 'JJ' || adjectiveLike(lower[k], speller)) && !DETERMINERS.has(lower[k])) k--
  const determiner = lower[k]
  if (determiner === undefined || QUANTITY_NOUNS.has(lower[i])) return false
  const pronoun = PRONOUN_DETERMINERS.has(determiner)
  if (!DETERMINERS.has(determiner) && !pronoun) return false
  // det barn behöver, den tid aktören har: a pronoun, then a noun, then a clause's subject
  if (pronoun && DEFINITE.test(second)) return false
  // ge sina barn mat, visade en kund vägen: a verb's two objects
  return !(k >= 1 && GIVING_VERB.test(lower[k - 1]))
}

/** till studie stöd, från kommun styrelsen, och sekretess lagen: two bare nouns after a preposition, conjunction or verb. */
function bareNouns(lower: string[], tags: readonly string[], second: string, i: number): boolean {
  if (i === 0 || QUANTITY_NOUNS.has(lower[i])) return false
  const tag = tags[i - 1]
  if (tag !== 'PP' && tag !== 'KN' && tag !== 'VB') return false
  if (tag !== 'PP' && DEFINITE.test(second)) return false
  // substantiverade presens particip: a plural participle in -ade reads as a past-tense verb
  if (tag === 'VB' && /[ae]de$/.test(lower[i - 1])) return false
  // beviljats stöd möjlighet: a verb's two objects
  return !(tag === 'VB' && (GIVING_VERB.test(lower[i - 1]) || lower[i - 1].endsWith('s')))
}

/**
 * Adjectives the part-of-speech estimate calls nouns (viss, allmän, egen, högt, äldre): a word
 * with both an adjective's -t form and its -a form, a comparative in -re or a participle in -nde.
 */
export function adjectiveLike(word: string, speller: Speller): boolean {
  if (INDECLINABLE_ADJECTIVES.has(word) || /(?:[^a]re|[ae]nde)$/.test(word)) return true
  // the -t, -a and -e forms and superlatives of an adjective: högt, allmänna, centrala, högsta
  // (not a definite neuter noun in -et: kontoret, valet)
  if (/(?:[^e]t|a|e)$/.test(word) && word.length >= 4) {
    const base = word.slice(0, -1)
    if (adjectiveBase(base, speller) || (/(.)\1$/.test(base) && adjectiveBase(base.slice(0, -1), speller))) return true
  }
  return adjectiveBase(word, speller)
}

/** An adjective's basic form: it takes both -t and -a (hög, allmän, egen, viss). */
function adjectiveBase(word: string, speller: Speller): boolean {
  const stem = word.replace(/e([lnr])$/, '$1')
  const tForm =
    /[^e]t$/.test(word) ||
    speller.correct(`${word}t`) ||
    speller.correct(`${word}tt`) ||
    (word.endsWith('en') && speller.correct(`${word.slice(0, -1)}t`))
  const aForm = speller.correct(`${word}a`) || speller.correct(`${word}${word.at(-1)}a`) || (stem !== word && speller.correct(`${stem}a`))
  return tForm && aForm
}
