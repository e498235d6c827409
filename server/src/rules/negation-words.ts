import { getLexicon } from '../morphology/lexicon'
import type { Speller } from '../engine/rule'

/**
 * The words the double-negation rule reads: negators, negated adjectives (o-möjlig, icke-försumbar),
 * verbs that mean a negation (sakna = inte ha) and the words that end a clause.
 */

/** Words that negate a clause. */
export const NEGATORS = new Set(['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting'])
/** Negators that can be followed by a noun (ingen ansökan, inga uppgifter). */
export const DETERMINER_NEGATORS = new Set(['ingen', 'inget', 'inga'])
/** Negators whose negation of an adjective turns into the adjective's positive (inte omöjligt → möjligt). */
export const PLAIN_NEGATORS = new Set(['inte', 'ej', 'icke'])

/** After "inte" these make no negation of the clause: inte bara … utan också, inte minst. */
const NOT_A_NEGATION_AFTER = new Set(['bara', 'endast', 'enbart', 'blott', 'minst', 'enkom'])

/** True when the word at `i` negates its clause (not "inte bara", "inte minst"). */
export function isNegator(words: readonly string[], i: number): boolean {
  if (!NEGATORS.has(words[i])) return false
  return !(words[i] === 'inte' || words[i] === 'ej' || words[i] === 'icke') || !NOT_A_NEGATION_AFTER.has(words[i + 1] ?? '')
}

/**
 * Conjunctions, subordinators and relative or interrogative words: a new clause begins with them
 * (as it does after a punctuation mark), and a double negation is sought within one clause only.
 */
export const CLAUSE_OPENERS = new Set([
  'och', 'eller', 'men', 'utan', 'samt', 'respektive', 'ty', 'att', 'som', 'om', 'när', 'eftersom', 'medan', 'innan',
  'förrän', 'tills', 'fastän', 'trots', 'oavsett', 'ifall', 'huruvida', 'såvida', 'emedan', 'än',
  'där', 'dit', 'varifrån', 'vilket', 'vilka', 'vilken', 'vars', 'hur', 'vad', 'vem', 'varför', 'varvid', 'varpå',
  'vartill', 'varigenom', 'såsom', 'liksom',
])

/** Words that may stand between a negator and a negated adjective (inte helt omöjligt, inte är ovanligt). */
export const ADVERBS = new Set([
  'helt', 'så', 'alltför', 'för', 'alls', 'särskilt', 'speciellt', 'alldeles', 'riktigt', 'direkt', 'längre', 'ens',
  'heller', 'alltid', 'nödvändigtvis', 'fullt', 'precis', 'just', 'totalt', 'särdeles', 'synnerligen', 'heltigenom',
  'dock', 'därför', 'ju', 'nog', 'alltså', 'emellertid', 'ändå', 'nu', 'här', 'då',
])
/** Adverbs that carry a negation, with their positive: inte sällan → ofta. */
export const NEGATIVE_ADVERBS: ReadonlyMap<string, string> = new Map([['sällan', 'ofta']])
/** Copulas: inte är omöjligt → är möjligt keeps the verb, so the fix stays mechanical. */
export const COPULAS = new Set(['är', 'var', 'vara', 'varit', 'blir', 'blev', 'bli', 'blivit', 'vore', 'förblir', 'förblev'])
/** Auxiliaries between a negator and a verb (inte kan uteslutas, inte har saknat, går inte att undvika). */
export const AUXILIARIES = new Set([
  'kan', 'kunde', 'kunna', 'kunnat', 'ska', 'skall', 'skulle', 'får', 'fick', 'fått', 'få', 'vill', 'ville', 'velat',
  'har', 'hade', 'haft', 'ha', 'behöver', 'behövde', 'behövt', 'behöva', 'bör', 'borde', 'måste', 'brukar', 'går',
  'gick', 'gått', 'gå', 'torde', 'lär', 'tycks', 'verkar', 'kommer', 'kom', 'kommit', 'att',
])
/** Subject pronouns between a fronted verb and its negator (saknar vi inte, utesluts det inte). */
export const SUBJECT_PRONOUNS = new Set(['jag', 'du', 'han', 'hon', 'hen', 'vi', 'ni', 'de', 'den', 'det', 'man', 'detta', 'dessa', 'denna'])

/**
 * Verbs that carry a negation (sakna = inte ha, utesluta = säga att något inte kan vara, undvika =
 * se till att något inte sker), in all their forms. With "inte" or "ingen" in the same clause they
 * make a double negation (kan inte uteslutas, saknar inte betydelse).
 */
const NEGATIVE_VERBS: Record<string, string[]> = {
  sakna: ['sakna', 'saknar', 'saknade', 'saknat', 'saknas', 'saknades', 'saknats'],
  utesluta: ['utesluta', 'utesluter', 'uteslöt', 'uteslutit', 'uteslutas', 'utesluts', 'uteslöts', 'uteslutits', 'utesluten', 'uteslutet', 'uteslutna'],
  förneka: ['förneka', 'förnekar', 'förnekade', 'förnekat', 'förnekas', 'förnekades', 'förnekats'],
  undvika: ['undvika', 'undviker', 'undvek', 'undvikit', 'undvikas', 'undviks', 'undveks', 'undvikits'],
  förhindra: ['förhindra', 'förhindrar', 'förhindrade', 'förhindrat', 'förhindras', 'förhindrades', 'förhindrats'],
  vägra: ['vägra', 'vägrar', 'vägrade', 'vägrat', 'vägras', 'vägrades', 'vägrats'],
  avstå: ['avstå', 'avstår', 'avstod', 'avstått', 'avstås'],
  neka: ['neka', 'nekar', 'nekade', 'nekat', 'nekas', 'nekades', 'nekats'],
  upphöra: ['upphöra', 'upphör', 'upphörde', 'upphört'],
  underlåta: ['underlåta', 'underlåter', 'underlät', 'underlåtit', 'underlåts'],
  tvivla: ['tvivla', 'tvivlar', 'tvivlade', 'tvivlat'],
}
const NEGATIVE_VERB_FORMS = new Set(Object.values(NEGATIVE_VERBS).flat())
/** The finite forms: only they can stand before the negator of their own clause (saknar inte). */
const FINITE = /(ar|er|ade|de|te|as|es|ts|s|ör|öt|ek|od|ät|åt|år|ds)$/

export const isNegativeVerb = (word: string): boolean => NEGATIVE_VERB_FORMS.has(word)
export const isFiniteNegativeVerb = (word: string): boolean =>
  isNegativeVerb(word) && FINITE.test(word) && !/(at|it|tt|en|et|na)$/.test(word)

/**
 * o- words that are not the negation of the adjective without o-: other words (omedelbar, ovan,
 * oavsett, oerhörd, otroligt as an intensifier) or a lexicalised sense (olika = different).
 */
const NOT_NEGATED = ['omedelbar', 'ovan', 'oavsett', 'oaktat', 'oerhörd', 'otrolig', 'ogärna', 'otäck', 'ohygglig', 'ofantlig', 'ordentlig', 'ombord', 'omkring']
/** Negated adjectives whose positive is not the plain opposite today (nödig is archaic, förmögen = rich). */
const NO_PLAIN_POSITIVE = ['onödig', 'oförmögen', 'oändlig', 'oskyldig', 'omogen']
/** Adjectives the morphology's list lacks but whose o- form is a negation (osäker, otillåten). */
const EXTRA_POSITIVES = new Set(['säker', 'tillåten', 'partisk', 'ense', 'gift', 'van', 'rättvis', 'beroende', 'lämplig'])

const ADJECTIVE_ENDINGS = ['', 't', 'a', 'e', 'are', 'ast', 'aste']

/** The lemma of an adjective form (möjligt → möjlig, säkra → säker, tillåtet → tillåten, förändrat → förändrad). */
function lemmaOf(word: string, isLemma: (w: string) => boolean): string | undefined {
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, word.length - ending.length)
    if (isLemma(stem)) return stem
    // säker → säkra, tillåten → tillåtna: the e of the last syllable drops before -a
    const withE = `${stem.slice(0, -1)}e${stem.slice(-1)}`
    if (ending === 'a' && isLemma(withE)) return withE
  }
  // participles and -en adjectives in the neuter: förändrat → förändrad, känt → känd, tillåtet → tillåten
  if (word.endsWith('t') && isLemma(`${word.slice(0, -1)}d`)) return `${word.slice(0, -1)}d`
  if (word.endsWith('et') && isLemma(`${word.slice(0, -2)}en`)) return `${word.slice(0, -2)}en`
  return undefined
}

const inList = (word: string, list: readonly string[]): boolean => lemmaOf(word, (s) => list.includes(s)) !== undefined

/** A negated adjective: its positive (sannolikt for osannolikt) and whether a fix may use it. */
export interface NegatedAdjective {
  positive: string
  fixable: boolean
}

/**
 * Reads a word as a negated adjective: o + an adjective (o+möjlig, o+vanligt, o+intressanta) or
 * icke- + an adjective (icke-försumbar). The word without its prefix must be an adjective form
 * in the morphology (or a participle: oförändrad), and with a dictionary both words must be in it.
 */
export function negatedAdjective(word: string, speller?: Speller): NegatedAdjective | undefined {
  let positive: string
  if (word.startsWith('icke-')) positive = word.slice(5)
  else if (word.startsWith('o') && word.length >= 5) positive = word.slice(1)
  else return undefined
  // olika is its own word (different, various), not o + lika
  if (word === 'olika' || inList(word, NOT_NEGATED)) return undefined
  const lex = getLexicon()
  const isPositive = (w: string): boolean => lex.adjectives.has(w) || EXTRA_POSITIVES.has(w) || lex.verbs.get(w)?.kind === 'participle'
  if (!lemmaOf(positive, isPositive)) return undefined
  if (speller && (!speller.correct(word) || !speller.correct(positive))) return undefined
  return { positive, fixable: !inList(word, NO_PLAIN_POSITIVE) }
}
