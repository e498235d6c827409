import { defineRule } from '../engine/rule'
import { matchCase } from '../engine/case'
import { tagsOf } from '../engine/tags'
import { isFiniteVerb } from '../morphology/finite'
import { getLexicon } from '../morphology/lexicon'
import type { Sentence } from '../engine/types'
import { isMentionedOrCited } from './word-context'
import { COMMON_FINITE, SENTENCE_ADVERBS, SUBJECT_PRONOUNS, gapAfter, isInfinitive, isSupine, joined } from './grammar-words'

const URL = 'https://www.isof.se/pa-gang/nyheter/nyheter-svenska/2023-03-23-de-och-dem-fortsatt-norm-for-standardsvenskan'
const SOURCE =
  'Språkrådet (ISOF), ”De och dem fortsatt norm för standardsvenskan” (2023): de och dem är normen i offentlig text; ' +
  'Språkbruk (Institutet för de inhemska språken), ”De eller dem?”: de som och dem som godtas båda efter preposition och som objekt; ' +
  'Textfixarna, ”De som eller dem som”: pröva med jag och mig'
const NOTE =
  'De är subjektsform (som jag), dem är objektsform (som mig). Efter en preposition och som objekt skriver du dem ' +
  '(”till dem”, ”vi hjälper dem”), som subjekt de (”de kommer”, ”De som vill kan anmäla sig”). Pröva med jag och mig: ' +
  '”till mig” → ”till dem”, ”jag kommer” → ”de kommer”. Före en relativsats (”till de som/dem som”) godtar språkvården båda ' +
  'formerna, så det markeras inte, och inte heller de framför ett substantiv eller adjektiv (”till de nya reglerna”).'

/** Prepositions after which a pronoun takes the object form; none of them also opens a clause. */
const PREPOSITIONS = new Set([
  'till', 'av', 'med', 'hos', 'åt', 'mot', 'emot', 'gentemot', 'på', 'i', 'från', 'bland', 'vid', 'genom', 'över',
  'under', 'kring', 'inom', 'enligt', 'bakom', 'framför', 'bredvid', 'inför', 'via', 'ur', 'mellan', 'runt',
  'utanför', 'bortom', 'jämte', 'förutom', 'angående', 'beträffande', 'rörande', 'hän',
])
/** Prepositions that are also conjunctions or subordinators (för de har = eftersom de har): only before the sentence's end. */
const CLAUSE_PREPOSITIONS = new Set(['för', 'om', 'efter', 'sedan', 'utan', 'innan', 'före', 'trots', 'tills'])
/** Words after which a clause with its own subject begins (att de kommer, när de har). */
const SUBORDINATORS = new Set([
  'att', 'när', 'eftersom', 'medan', 'innan', 'ifall', 'fast', 'fastän', 'tills', 'då', 'som', 'huruvida', 'såvida', 'vad',
  'vem', 'hur', 'varför', 'där', 'dit',
])
/** Pronouns that can only be a subject, so the verb after them has its object after it (vi hjälper de → dem). */
const ONLY_SUBJECTS = new Set(['jag', 'du', 'han', 'hon', 'vi', 'ni', 'man'])
/** Verbs whose complement takes the subject form (det är de, det var de som). */
const COPULAS = new Set(['är', 'var', 'vara', 'varit', 'blir', 'blev', 'bli', 'blivit', 'förblir', 'heter', 'hette', 'kallas'])
const COORDINATORS = new Set(['och', 'eller', 'men', 'samt'])
/** Auxiliaries whose infinitive has its subject right after them in an inverted clause (kan de komma): never an object. */
const MODALS = new Set(['kan', 'kunde', 'ska', 'skall', 'skulle', 'måste', 'bör', 'borde', 'vill', 'ville', 'torde', 'lär', 'får'])

/** One pronoun in the wrong form: the word's index in the sentence and the form to write. */
export interface PronounCase {
  index: number
  fix: 'de' | 'dem'
}

/**
 * De and dem confused (issue 19): *de* as an object or after a preposition where it cannot be a
 * determiner (till de., två av de har, vi hjälper de.), *dem* as a subject (Dem som vill kan …,
 * att dem har). Left alone: de before a noun or adjective (till de nya reglerna), de/dem som after
 * a preposition or verb (both accepted), dem själva, quotations, and what the rule cannot read.
 */
export const deDem = defineRule({
  id: 'de-dem',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'De och dem förväxlade: de som objekt eller efter preposition (till de., vi hjälper de.), dem som subjekt (Dem som vill kan …).',
  url: URL,
  checkBlock(block, ctx) {
    const text = ctx.doc.text
    for (const sentence of block.sentences) {
      if (!/\bdem?\b/i.test(text.slice(sentence.start, sentence.end))) continue
      for (const m of findPronounCase(sentence, text)) {
        const word = sentence.words[m.index]
        if (isMentionedOrCited(block, text, word.start, word.end)) continue
        const fix = matchCase(m.fix, word.text)
        ctx.report({
          message: m.fix === 'dem'
            ? `Skriv ”${fix}”: som objekt och efter en preposition används objektsformen (”till dem”, ”vi hjälper dem”).`
            : `Skriv ”${fix}”: som subjekt används subjektsformen (”De som vill kan anmäla sig”, ”att de har”).`,
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

/** The pronouns of one sentence that stand in the wrong form, where the sentence leaves no doubt. */
export function findPronounCase(sentence: Sentence, text: string): PronounCase[] {
  const words = sentence.words
  const found: PronounCase[] = []
  let lower: string[] | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text
    // de and dem only: a capital inside the sentence is a name (De Geer), capitals throughout an acronym
    if (w !== 'de' && w !== 'dem' && !(i === 0 && (w === 'De' || w === 'Dem'))) continue
    lower ??= words.map((x) => x.text.toLowerCase())
    if (w.toLowerCase() === 'de' ? objectDe(sentence, text, lower, i) : subjectDem(sentence, text, lower, i)) {
      found.push({ index: i, fix: w.toLowerCase() === 'de' ? 'dem' : 'de' })
    }
  }
  return found
}

/** de where only an object can stand: after a preposition or an object's verb, with nothing after it that it could determine. */
function objectDe(s: Sentence, text: string, lower: string[], i: number): boolean {
  if (i === 0 || !joined(s, text, i)) return false
  const prev = lower[i - 1]
  const gap = gapAfter(s, text, i)
  const next = gap === '' ? lower[i + 1] : undefined
  const sentenceEnd = /^[.!?;:]/.test(gap)
  // till de, som bor … is de som: accepted
  const phraseEnd = sentenceEnd || (gap.startsWith(',') && lower[i + 1] !== 'som') || gap.startsWith(')')
  if (PREPOSITIONS.has(prev)) return phraseEnd || (next !== undefined && (COORDINATORS.has(next) || COMMON_FINITE.has(next)))
  if (CLAUSE_PREPOSITIONS.has(prev)) return /^[.!?;:]/.test(gap)
  if (COPULAS.has(prev)) return false
  // a subject before the verb (vi hjälper de), or som: a relative clause has its subject before the verb (som föder de)
  const subjectBefore = i >= 2 && (ONLY_SUBJECTS.has(lower[i - 2]) || lower[i - 2] === 'som') && joined(s, text, i - 1)
  const infinite = isInfinitive(prev) || isSupine(prev)
  if (!infinite && !(subjectBefore && isFiniteVerb(prev))) return false
  if (sentenceEnd || (next !== undefined && NOT_AFTER_DETERMINER.has(next))) return true
  // studera de systematiskt, hjälper de inte: an adverb or an adjective in -t cannot follow a determiner de
  if (next !== undefined && ((tagsOf(s)[i + 1] === 'AB' && !NOUN_PHRASE_ADVERBS.has(next)) || (tagsOf(s)[i + 1] === 'JJ' && next.endsWith('t')))) return true
  // bestraffa de i sin egenskap, but tillämpa de i 3 § angivna reglerna: de as a determiner with its phrase inside
  if (!infinite || next === undefined || !PREPOSITIONS.has(next)) return false
  const tags = tagsOf(s)
  return !lower.slice(i + 2, i + 6).some((w, k) => tags[i + 2 + k] === 'JJ' || tags[i + 2 + k] === 'PC' || (PARTICIPLE_ENDING.test(w) && tags[i + 2 + k] === 'NN'))
}

/** Words a determiner de cannot stand before: att, an article, a pronoun (vi ger de en chans, tilldelar de den rollen). */
const NOT_AFTER_DETERMINER = new Set(['att', 'en', 'ett', 'den', 'det', 'sin', 'sitt', 'sina', 'mig', 'dig', 'oss'])

/** Adverbs that stand inside a noun phrase, after a determiner (de mest utsatta, de här reglerna). */
const NOUN_PHRASE_ADVERBS = new Set(['mest', 'mer', 'mera', 'minst', 'mindre', 'särskilt', 'helt', 'så', 'allra', 'mycket', 'ganska', 'redan', 'tidigare', 'senare', 'nyss', 'nyligen', 'här', 'där', 'först', 'sist', 'ovan', 'nedan', 'hittills', 'nu', 'sedan', 'ofta', 'lika', 'alltför', 'för'])

/** Plural participles the dictionary may not list (angivna, nämnda, ändrade): a determiner's adjective. */
const PARTICIPLE_ENDING = /(?:[dt]a|na|ade)$/

/** dem where only a subject can stand: first in the sentence before its verb, or after a subordinator. */
function subjectDem(s: Sentence, text: string, lower: string[], i: number): boolean {
  if (lower[i + 1] === 'själva' || lower[i + 1] === 'båda' || lower[i + 1] === 'alla') return false
  if (i === 0) {
    if (lower[1] === 'som') return mainVerbWithoutSubject(s, lower, relativeClauseEnd(s, text, lower))
    return gapAfter(s, text, 0) === '' && isFiniteVerb(lower[1] ?? '') && mainVerbWithoutSubject(s, lower, 1)
  }
  if (!joined(s, text, i)) {
    // first in a clause after a comma or semicolon: …, dem kan få hela sitt liv …
    return /[,;:]$/.test(text.slice(s.words[i - 1].end, s.words[i].start).trim()) && gapAfter(s, text, i) === '' &&
      finiteAt(s, lower, i + 1) && mainVerbWithoutSubject(s, lower, i + 1)
  }
  const prev = lower[i - 1]
  // the subject of an inverted clause: kan dem bli, måste dem inte befrias, har dem kommit
  if (MODALS.has(prev) || prev === 'har' || prev === 'hade') {
    // an adverb or a short phrase may come between: måste dem i regel förvärvsarbeta
    for (let k = i + 1; k < lower.length && k <= i + 4; k++) {
      const verb = lower[k]
      if (gapAfter(s, text, k - 1) !== '' || STOP.has(verb)) return false
      const passive = verb.endsWith('as') && getLexicon().verbs.get(verb)?.kind === 'passive'
      if (tagsOf(s)[k] === 'VB') return MODALS.has(prev) ? isInfinitive(verb) || passive : isSupine(verb)
    }
    return false
  }
  // a relative clause without som: den service dem behöver
  if (tagsOf(s)[i - 1] === 'NN' && i >= 2 && gapAfter(s, text, i) === '' && finiteAt(s, lower, i + 1)) return true
  // om is a subordinator first in a clause or after a verb (undrar om), a preposition after a noun (uppgifter om dem finns)
  const opener = SUBORDINATORS.has(prev) || (prev === 'om' && (i === 1 || !joined(s, text, i - 1) || tagsOf(s)[i - 2] === 'VB'))
  if (!opener) return false
  let k = i + 1
  while (k < lower.length && SENTENCE_ADVERBS.has(lower[k]) && k <= i + 2) k++
  return k < lower.length && gapAfter(s, text, k - 1) === '' && isFiniteVerb(lower[k]) && tagsOf(s)[k] === 'VB'
}

/** Words that end the stretch searched for an inverted clause's verb. */
const STOP = new Set(['att', 'och', 'eller', 'men', 'som'])

/** Whether the word at `k` is a finite verb (tagged a verb, so not a noun that shares its form). */
function finiteAt(s: Sentence, lower: string[], k: number): boolean {
  return k < lower.length && tagsOf(s)[k] === 'VB' && isFiniteVerb(lower[k])
}

/** The index of the main clause's finite verb after "Dem som …": the second finite verb, or -1 when there is none. */
function relativeClauseEnd(s: Sentence, text: string, lower: string[]): number {
  let verbs = 0
  for (let k = 2; k < lower.length && k <= 12; k++) {
    if (/[.!?;:]/.test(gapAfter(s, text, k - 1))) return -1
    if (isFiniteVerb(lower[k]) && tagsOf(s)[k] === 'VB' && ++verbs === 2) return k
  }
  return -1
}

/**
 * Whether the finite verb at `v` has no subject after it, so the dem before it is the subject:
 * Dem kan inte komma, Dem som vill får ansöka. Dem kan vi hjälpa and Dem som söker hjälper
 * kommunen put an object first: a pronoun, a name or a definite noun after the verb.
 */
function mainVerbWithoutSubject(s: Sentence, lower: string[], v: number): boolean {
  if (v < 0) return false
  let k = v + 1
  while (k < lower.length && SENTENCE_ADVERBS.has(lower[k])) k++
  if (k >= lower.length) return true
  const tag = tagsOf(s)[k]
  return !(SUBJECT_PRONOUNS.has(lower[k]) || tag === 'PM' || (tag === 'NN' && /(en|et|na)$/.test(lower[k])))
}
