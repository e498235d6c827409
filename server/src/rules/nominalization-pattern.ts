import data from '../generated/morphology.json'
import { conjugate, hasParticlePrefix, verbalNoun, type Tense, type VerbalNoun } from '../morphology/verbal-nouns'
import { estimateTag } from '../morphology'
import type { Token } from '../engine/types'

/** One light verb of dictionaries/light-verbs.yaml. */
interface LightVerb {
  lemma: string
  active?: Record<Tense, string>
  passive: string[]
  intransitive: string[]
  particle: string[]
  weight: 'info' | 'hint'
  nouns: string[]
}

/** How a form of a light verb relates to the noun: its object (active), or its subject (passive, intransitive). */
type Role = { kind: 'active'; tense: Tense } | { kind: 'subject' }

const FORMS = new Map<string, { verb: LightVerb; role: Role }>()
for (const verb of data.lightVerbs as LightVerb[]) {
  for (const [tense, form] of Object.entries(verb.active ?? {})) FORMS.set(form, { verb, role: { kind: 'active', tense: tense as Tense } })
  for (const form of [...verb.passive, ...verb.intransitive]) FORMS.set(form, { verb, role: { kind: 'subject' } })
}

/** Words that may stand between a light verb and its noun: articles, determiners, adverbs, pronouns. */
const BETWEEN_VERB_AND_NOUN = new Set([
  'en', 'ett', 'någon', 'något', 'några', 'ingen', 'inget', 'inga', 'den', 'det', 'de', 'denna', 'detta', 'dessa', 'ny',
  'nytt', 'nya', 'sådan', 'sådant', 'sådana', 'flera', 'fler', 'vissa', 'egen', 'eget', 'egna', 'sin', 'sitt', 'sina',
  'din', 'ditt', 'dina', 'vår', 'vårt', 'våra', 'er', 'ert', 'era', 'hans', 'hennes', 'deras', 'dess', 'inte', 'ej',
  'också', 'även', 'redan', 'nu', 'då', 'därför', 'sedan', 'snart', 'alltid', 'aldrig', 'först', 'ofta', 'gärna',
  'vi', 'ni', 'du', 'jag', 'man', 'han', 'hon', 'hen', 'dig', 'oss', 'honom', 'henne', 'dem', 'mig',
])
/** Words that may stand between a noun and a passive or intransitive light verb: auxiliaries and adverbs. */
const BETWEEN_NOUN_AND_VERB = new Set([
  'ska', 'skall', 'skulle', 'kommer', 'att', 'kan', 'kunde', 'kunna', 'måste', 'bör', 'borde', 'får', 'fick', 'har',
  'hade', 'ha', 'behöver', 'behövde', 'bli', 'blir', 'blev', 'blivit', 'inte', 'ej', 'icke', 'också', 'även', 'redan',
  'nu', 'sedan', 'därefter', 'därför', 'då', 'snart', 'normalt', 'alltid', 'aldrig', 'som', 'vanligtvis', 'oftast',
  'endast', 'bara', 'först', 'årligen', 'regelbundet', 'löpande', 'senast', 'dock',
])
/** Prepositions: a noun governed by one is not the light verb's subject (efter granskningen görs en …). */
const PREPOSITIONS = new Set([
  'efter', 'före', 'vid', 'i', 'på', 'av', 'för', 'med', 'under', 'genom', 'enligt', 'inför', 'om', 'till', 'från',
  'mot', 'utan', 'inom', 'trots', 'bland', 'hos', 'över', 'via', 'angående', 'beträffande', 'gällande', 'kring',
])
/** Determiners that mark an -ande word as a noun (ett deltagande, sitt agerande) rather than a participle. */
const NOUN_DETERMINERS = new Set(['ett', 'det', 'detta', 'sitt', 'ditt', 'vårt', 'ert', 'något', 'inget', 'eget', 'varje'])
/** How far apart, in words, a light verb and its noun may be. */
const REACH = 5

export interface NominalizationMatch {
  start: number
  end: number
  noun: VerbalNoun
  lightVerb: string
  weight: 'info' | 'hint'
  /** The rewrite of the whole span when it is mechanical (genomför en granskning av -> granskar). */
  fix?: string
}

const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? ''

/**
 * Light verbs with a noun made from a verb, in either order and voice: genomföra en granskning,
 * en granskning kommer att genomföras, har en analys gjorts, det sker en ökning av. The verb's forms
 * come from dictionaries/light-verbs.yaml, the noun's verb from the dictionary (verbal-nouns.ts).
 */
export function findNominalizations(words: readonly Token[], tokens: readonly Token[]): NominalizationMatch[] {
  const found: NominalizationMatch[] = []
  words.forEach((word, i) => {
    if (i > 0 && word.text !== word.text.toLowerCase()) return
    const form = FORMS.get(word.text.toLowerCase())
    if (form === undefined) return
    const { verb, role } = form
    const particleEnd = i + verb.particle.length
    if (!verb.particle.every((p, k) => lower(words[i + 1 + k]) === p)) return
    const match = nounAfter(words, tokens, i, particleEnd, verb, role) ?? (role.kind === 'subject' ? nounBefore(words, tokens, i, particleEnd, verb) : undefined)
    if (match !== undefined && !found.some((m) => m.start < match.end && match.start < m.end)) found.push(match)
  })
  return found
}

/** genomföra en granskning, görs en analys, sker en ökning: the noun after the verb. */
function nounAfter(words: readonly Token[], tokens: readonly Token[], i: number, particleEnd: number, verb: LightVerb, role: Role): NominalizationMatch | undefined {
  for (let j = particleEnd + 1; j < words.length && j <= particleEnd + REACH; j++) {
    if (!adjacent(tokens, words[j - 1], words[j])) return undefined
    const noun = nounAt(words, j, verb)
    // göra bilden suddig, göra det möjligt: göra makes something so, it is no light verb
    if (noun !== undefined && verb.lemma === 'göra' && /^(JJ|PC)$/.test(estimateTag(words[j + 1]?.text ?? '.'))) return undefined
    if (noun !== undefined) {
      const between = words.slice(particleEnd + 1, j).map((w) => w.text.toLowerCase())
      const fix = rewrite(words, tokens, i, j, noun, role, between)
      return { start: words[i].start, end: fix?.end ?? words[j].end, noun, lightVerb: verb.lemma, weight: verb.weight, fix: fix?.verb }
    }
    const w = words[j].text
    if (w !== w.toLowerCase()) return undefined
    // en omfattande upprustning: adjectives and participles as attributes
    if (BETWEEN_VERB_AND_NOUN.has(w) || /^(JJ|PC)$/.test(estimateTag(w))) continue
    // gör nämnden bedömningen, ger barnen information: an inverted subject or an indirect object
    if (j === particleEnd + 1 && role.kind === 'active' && DEFINITE_NOUN.test(w) && estimateTag(w) === 'NN') continue
    return undefined
  }
  return undefined
}

/** The definite endings of a noun standing as subject or indirect object (nämnden, barnen, kommunen). */
const DEFINITE_NOUN = /(en|et|na|an)$/

/** en granskning kommer att genomföras, beslutet fattades, utbetalning av bidraget sker: the noun before. */
function nounBefore(words: readonly Token[], tokens: readonly Token[], i: number, particleEnd: number, verb: LightVerb): NominalizationMatch | undefined {
  let k = i - 1
  while (k >= 0 && i - k <= REACH && BETWEEN_NOUN_AND_VERB.has(lower(words[k])) && adjacent(tokens, words[k], words[k + 1])) k--
  if (k < 0 || !adjacent(tokens, words[k], words[k + 1])) return undefined
  let nounIndex = nounAt(words, k, verb) !== undefined && !governedByPreposition(words, k) ? k : -1
  // utbetalning av bidraget sker: an av-phrase of up to three words after the noun
  for (let a = k; nounIndex < 0 && a >= 1 && k - a < 3; a--) {
    if (lower(words[a]) === 'av' && nounAt(words, a - 1, verb) !== undefined && adjacent(tokens, words[a - 1], words[a])) nounIndex = a - 1
    if (!adjacent(tokens, words[a - 1], words[a])) break
  }
  if (nounIndex < 0 || governedByPreposition(words, nounIndex)) return undefined
  return {
    start: words[nounIndex].start,
    end: words[particleEnd].end,
    noun: nounAt(words, nounIndex, verb)!,
    lightVerb: verb.lemma,
    weight: verb.weight,
  }
}

/** The verbal noun at index j that this light verb takes, if any. */
function nounAt(words: readonly Token[], j: number, verb: LightVerb): VerbalNoun | undefined {
  const text = words[j]?.text
  if (text === undefined) return undefined
  // a capital inside a sentence is a name (Granskningen as the first word is fine)
  if (j > 0 && text !== text.toLowerCase()) return undefined
  const noun = verbalNoun(text.toLowerCase())
  if (noun === undefined || !verb.nouns.includes(noun.derivation)) return undefined
  // -ande is a participle unless a determiner or the definite -t makes it a noun (ett åtagande, deltagandet)
  if (noun.participleLike && !/t$/.test(text) && !NOUN_DETERMINERS.has(lower(words[j - 1]))) return undefined
  return noun
}

/** Skips determiners and adjectives before the noun; true when a preposition governs it. */
function governedByPreposition(words: readonly Token[], n: number): boolean {
  for (let k = n - 1; k >= 0 && n - k <= 3; k--) {
    const w = lower(words[k])
    if (PREPOSITIONS.has(w)) return true
    if (!BETWEEN_VERB_AND_NOUN.has(w) && estimateTag(words[k].text) !== 'JJ') return false
  }
  return false
}

/**
 * The mechanical rewrite: an active light verb, at most an article between, and the noun's object
 * after av: "genomförde en granskning av skolan" -> "granskade skolan". Anything else (an adjective
 * to turn into an adverb, a subject between, a passive to turn active) needs a writer.
 */
function rewrite(words: readonly Token[], tokens: readonly Token[], i: number, j: number, noun: VerbalNoun, role: Role, between: string[]): { verb: string; end: number } | undefined {
  if (role.kind !== 'active' || noun.participleLike || hasParticlePrefix(noun.verb)) return undefined
  // first in a sentence, genomför and gör may be imperatives or questions: only the writer knows
  if (i === 0 && role.tense === 'pres') return undefined
  if (between.length > 1 || (between.length === 1 && between[0] !== 'en' && between[0] !== 'ett')) return undefined
  const av = words[j + 1]
  if (lower(av) !== 'av' || words[j + 2] === undefined || !adjacent(tokens, words[j], av) || !adjacent(tokens, av, words[j + 2])) return undefined
  // granskning av uppgifterna och av kontoutdragen: a second av-phrase would be left behind
  if (words.slice(j + 3).some((w, k) => lower(w) === 'av' && /^(och|eller|samt)$/.test(lower(words[j + 2 + k])))) return undefined
  const verb = conjugate(noun.verb, role.tense)
  return verb === undefined ? undefined : { verb, end: av.end }
}

/** Only spaces between two tokens: no punctuation, no line break ending a clause. */
function adjacent(tokens: readonly Token[], a: Token, b: Token): boolean {
  for (const t of tokens) {
    if (t.start >= b.start) break
    if (t.start >= a.end && t.kind !== 'whitespace') return false
  }
  return true
}
