import { isFiniteVerb, estimateTag } from '../morphology'
import { getLexicon } from '../morphology/lexicon'
import { CLOSED_CLASS } from '../morphology/closed-class'
import type { Token } from '../engine/types'

/**
 * Fixes that fit the sentence they are written into: an adjective that agrees with the noun phrase
 * it stands in (*ett så kallat*, *de så kallade*), a reflexive that agrees with the person it refers
 * to (*Vi ber dig yttra dig*). A fix that cannot be made to fit is not offered.
 */

/** Which noun phrase a fix agrees with: an en-word, an ett-word, or a plural or definite one (de/den så kallade). */
export type AgreementSlot = 'en' | 'ett' | 'plural'

/** Determiners and quantifiers that decide the form of an adjective after them. */
const SLOT_AFTER: Record<string, AgreementSlot> = {
  en: 'en', ingen: 'en', någon: 'en', ett: 'ett', inget: 'ett', något: 'ett',
  // definite and plural phrases take the weak form: den så kallade, de eventuella, alla så kallade
  den: 'plural', det: 'plural', de: 'plural', denna: 'plural', detta: 'plural', dessa: 'plural', denne: 'plural',
  samma: 'plural', alla: 'plural', inga: 'plural', några: 'plural', många: 'plural', flera: 'plural', fler: 'plural',
  båda: 'plural', bägge: 'plural', vissa: 'plural',
}

/**
 * The fixes that agree with the word before the match: `slots` names, in order, the phrase each
 * fix agrees with. After a determiner, a possessive, a genitive or a number the one that agrees
 * is chosen (ett s.k. → så kallat; kommunens s.k. → så kallade); otherwise all, in their order.
 */
export function agreeingFixes(fixes: readonly string[], slots: readonly AgreementSlot[], previous: string | undefined): readonly string[] {
  const slot = previous === undefined ? undefined : slotAfter(previous.toLowerCase())
  const i = slot === undefined ? -1 : slots.indexOf(slot)
  return i >= 0 && i < fixes.length ? [fixes[i]] : fixes
}

function slotAfter(w: string): AgreementSlot | undefined {
  if (Object.hasOwn(SLOT_AFTER, w)) return SLOT_AFTER[w]
  const tag = CLOSED_CLASS.get(w)
  if (tag === 'PS' || tag === 'RG' || (/^\d+$/.test(w) && w !== '1')) return 'plural'
  // a genitive (kommunens, Skolverkets): neither a function word nor a verb
  if (tag === undefined && /^\p{L}{2,}s$/u.test(w) && !getLexicon().verbs.has(w) && !isFiniteVerb(w)) return 'plural'
  return undefined
}

/** The word right before `start` in its sentence, unless punctuation stands between. */
export function wordBefore(tokens: readonly Token[], start: number): string | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]
    if (t.end > start || t.kind === 'whitespace') continue
    return t.kind === 'word' ? t.text : undefined
  }
  return undefined
}

/** Whose reflexive: first, second or third person (hen stands for every third person). */
export type Person = 'jag' | 'du' | 'vi' | 'ni' | 'hen'

const REFLEXIVES: Record<Person, Record<string, string>> = {
  jag: { sig: 'mig', sin: 'min', sitt: 'mitt', sina: 'mina' },
  du: { sig: 'dig', sin: 'din', sitt: 'ditt', sina: 'dina' },
  vi: { sig: 'oss', sin: 'vår', sitt: 'vårt', sina: 'våra' },
  ni: { sig: 'er', sin: 'er', sitt: 'ert', sina: 'era' },
  hen: { sig: 'sig', sin: 'sin', sitt: 'sitt', sina: 'sina' },
}
const REFLEXIVE = /(?<!\p{L})(sig|sin|sitt|sina)(?!\p{L})/giu
const SUBJECTS: Record<string, Person> = {
  jag: 'jag', du: 'du', vi: 'vi', ni: 'ni', han: 'hen', hon: 'hen', hen: 'hen', de: 'hen', dom: 'hen', man: 'hen', den: 'hen', det: 'hen',
  alla: 'hen', dessa: 'hen', några: 'hen', många: 'hen', flera: 'hen', båda: 'hen', ingen: 'hen', inga: 'hen', någon: 'hen',
}
const OBJECTS: Record<string, Person> = { mig: 'jag', dig: 'du', oss: 'vi', er: 'ni', honom: 'hen', henne: 'hen', hen: 'hen', dem: 'hen', dom: 'hen' }
/** Verbs whose object does what the infinitive after it says: Vi ber sökanden (att) inkomma. */
const ASKING = new Set('be ber bad bett uppmana uppmanar uppmanade anmoda anmodar anmodade ombe ombeder ombad låta låter lät hjälpa hjälper hjälpte tillåta tillåter tillät'.split(' '))
/** Verbs whose subject, not object, does what the infinitive says: Vi lovar dig att inkomma. */
const SUBJECT_CONTROL = new Set(['lova', 'lovar', 'lovade', 'lovat'])
/** Words whose infinitive belongs to the clause's subject: Du har rätt att yttra dig, Ni är välkomna att … */
const COMPLEMENT_TAKERS = new Set(
  'rätt möjlighet möjligheten tillfälle tillfället skyldighet chans chansen anledning tid skyldig skyldiga välkommen välkomna tvungen tvungna beredd beredda fri fria'.split(' '),
)
/** Words that open a clause, so a noun after them is its subject: att kommunen, om sökanden, när nämnden. */
const CLAUSE_OPENERS = new Set(['att', 'om', 'när', 'då', 'eftersom', 'innan', 'medan', 'sedan', 'tills', 'ifall', 'och', 'men', 'eller', 'så'])

/** A reflexive in the person of `pronoun`: sig -> dig for du, sina -> era for ni. */
export function reflexiveIn(reflexive: string, pronoun: Person): string {
  return Object.hasOwn(REFLEXIVES[pronoun], reflexive) ? REFLEXIVES[pronoun][reflexive] : reflexive
}

/** Whether a word is a reflexive (sig, sin, sitt, sina). */
export function isReflexive(word: string): boolean {
  return Object.hasOwn(REFLEXIVES.hen, word)
}

/** Whether a fix holds a reflexive (yttra sig, ta sitt ansvar) that must agree with the sentence. */
export function hasReflexive(fix: string): boolean {
  return new RegExp(REFLEXIVE.source, 'iu').test(fix)
}

/** The first reflexive of a fix, for a message that asks the writer to adapt it. */
export function firstReflexive(fix: string): string | undefined {
  return new RegExp(REFLEXIVE.source, 'iu').exec(fix)?.[1]
}

/** The fix with its reflexives in the person of `tokens`' clause before `start`; undefined when that person is unclear. */
export function withReflexives(fix: string, tokens: readonly Token[], start: number): string | undefined {
  const person = controllerBefore(tokens, start)
  if (person === undefined) return undefined
  return fix.replace(REFLEXIVE, (w) => {
    const form = REFLEXIVES[person][w.toLowerCase()]
    return w === w.toUpperCase() ? form.toUpperCase() : w[0] === w[0].toUpperCase() ? form[0].toUpperCase() + form.slice(1) : form
  })
}

/**
 * Who a reflexive in the match refers to: the object of a verb of asking before an infinitive
 * (Vi ber dig inkomma, Vi ber sökanden att inkomma), else the subject of the clause, before its
 * verbs (Du ska inkomma, Vi kommer att inkomma, Ni ombeds inkomma, Kommunen ska inkomma) or
 * after its finite verb (I maj ska kommunen inkomma). Punctuation, a preposition or anything else
 * unclear on the way gives undefined.
 */
function controllerBefore(tokens: readonly Token[], start: number): Person | undefined {
  const words = clauseWordsBefore(tokens, start)
  let sawVerb = false
  let sawFinite = false
  let sawAtt = false
  for (let n = 0; n < words.length; n++) {
    const w = words[n]
    const left = words[n + 1]
    if (Object.hasOwn(SUBJECTS, w)) return SUBJECTS[w]
    if (Object.hasOwn(OBJECTS, w)) {
      if (left !== undefined && SUBJECT_CONTROL.has(left)) {
        n++
        sawVerb = true
        continue
      }
      return left !== undefined && (isVerbForm(left) || left === 'för') ? OBJECTS[w] : undefined
    }
    if (w === 'att') {
      sawAtt = true
      continue
    }
    if (isAdverb(w)) continue
    if (isVerbForm(w)) {
      sawVerb = true
      sawFinite ||= isFiniteVerb(w)
      continue
    }
    if (w === 'som') return left === undefined ? undefined : Object.hasOwn(SUBJECTS, left) ? SUBJECTS[left] : isNominal(left) ? 'hen' : undefined
    if (COMPLEMENT_TAKERS.has(w) && sawAtt && !sawVerb) continue
    if (!isNominal(w)) return undefined
    // a noun: the subject or the object of a verb of asking; what stands before its phrase decides
    let k = n + 1
    // den nya nämnden: an adjective the dictionary does not know still stands between determiner and noun
    while (k < words.length && (isDeterminerOrAdjective(words[k]) || (!/\d/.test(words[k]) && isDeterminer(words[k + 1])))) k++
    const before = words[k]
    if (sawAtt && !sawVerb) return before !== undefined && ASKING.has(before) ? 'hen' : undefined
    if (before === undefined || CLAUSE_OPENERS.has(before)) return 'hen'
    // after a finite verb: the inverted subject (I maj ska nämnden inkomma) or the object of a verb
    // of asking, unless a finite verb followed, which makes the noun a predicative (Du som är part har …)
    return !sawFinite && (ASKING.has(before) || isFiniteVerb(before)) ? 'hen' : undefined
  }
  return undefined
}

/** The words of the clause before `start`, nearest first, up to punctuation. */
function clauseWordsBefore(tokens: readonly Token[], start: number): string[] {
  const out: string[] = []
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]
    if (t.end > start || t.kind === 'whitespace') continue
    if (t.kind !== 'word') break
    out.push(t.text.toLowerCase())
  }
  return out
}

function isVerbForm(w: string): boolean {
  const form = getLexicon().verbs.get(w)
  return (form !== undefined && form.kind !== 'participle') || isFiniteVerb(w)
}

function isAdverb(w: string): boolean {
  return CLOSED_CLASS.get(w) === 'AB' || /.(ligen|vis)$/.test(w)
}

/** A word that may head a noun phrase: not a function word, not a verb. */
function isNominal(w: string | undefined): boolean {
  return w !== undefined && !CLOSED_CLASS.has(w) && !isVerbForm(w)
}

function isDeterminer(w: string | undefined): boolean {
  return w !== undefined && (CLOSED_CLASS.get(w) === 'DT' || CLOSED_CLASS.get(w) === 'PS' || Object.hasOwn(SLOT_AFTER, w))
}

/**
 * What may stand before a noun in its phrase: den nya, alla berörda, kommunens egen. Not a number
 * (den 3 maj is a date, not a subject) nor a superlative (senast, which is mostly an adverb).
 */
function isDeterminerOrAdjective(w: string): boolean {
  if (/\d/.test(w) || w.endsWith('ast')) return false
  const tag = CLOSED_CLASS.get(w)
  if (tag === 'DT' || slotAfter(w) !== undefined) return true
  return tag === undefined && !isVerbForm(w) && ['JJ', 'PC'].includes(estimateTag(w))
}
