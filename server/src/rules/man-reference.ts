import { isFiniteVerb } from '../morphology'
import { getLexicon } from '../morphology/lexicon'
import { CLOSED_CLASS } from '../morphology/closed-class'
import type { Sentence, Token } from '../engine/types'

/**
 * When "man" stands for a body or group just named, not for the reader: *Kommunen meddelar att man
 * stänger badet*, *Forskarna menar att man behöver fler studier*, *Kommunen har sett över taxan. Man
 * har höjt avgiften.* "Man" may stand for a group (Myndigheternas skrivregler 1.3.4 speaks of "man"
 * for persons or groups), and "du" would then address the wrong person.
 */

/**
 * Definite nouns that name a public body, an organisation or a group acting as one, singular and
 * plural; a compound ending in one counts too (socialdepartementet, byggnadsnämnden, Skatteverket).
 */
const BODY_HEADS = [...words(`
  departementet departementen nämnden nämnderna styrelsen styrelserna myndigheten myndigheterna
  förvaltningen förvaltningarna kommunen kommunerna regionen regionerna regeringen riksdagen skolan
  skolorna företaget företagen bolaget bolagen verket verken kontoret kontoren institutet
  universitetet universiteten högskolan högskolorna föreningen föreningarna förbundet förbunden
  organisationen organisationerna enheten enheterna avdelningen avdelningarna rådet kommittén
  utredningen inspektionen domstolen domstolarna polisen staten landstinget landstingen kommissionen
  parlamentet utskottet ledningen personalen sjukhuset kliniken mottagningen kassan förmedlingen
  byrån gruppen partiet partierna facket koncernen ombudsmannen fullmäktige kansliet socialtjänsten`)]
/** The same heads written after a name: Malmö stad, Lunds universitet, Region Skåne (the name follows). */
const NAME_HEADS = words('stad kommun region universitet högskola landsting län')
/** Groups of people named by a definite plural with no agent suffix. */
const GROUPS = words(`eleverna experterna medlemmarna föräldrarna ledamöterna kollegorna invånarna
  medborgarna ungdomarna deltagarna lärarna anställda boende`)
/** Person suffixes of definite plurals: journalisterna, studenterna, politikerna, inspektörerna, tjänstemännen. */
const PERSON_PLURAL = /(?:ist|ent|ant|ör|log|nom)erna$|ikerna$|männen$/

/** Verbs of saying, thinking and deciding whose subject "man" in their att-clause refers back to. */
const SAYING = new Set([
  ...firstConjugation(`meddela mena uttala förklara påpeka betona konstatera hävda svara berätta redovisa
    rapportera bekräfta lova planera besluta poängtera informera avisera uppfatta`),
  ...words(`säga säger sa sade sagt skriva skriver skrev skrivit anse anser ansåg ansett tycka tycker tyckte
    tyckt tro tror trodde trott uttrycka uttrycker uttryckte uttryckt framhålla framhåller framhöll framhållit
    understryka understryker underströk understrukit bedöma bedömer bedömde bedömt uppge uppger uppgav
    uppgett uppgivit medge medger medgav medgett erkänna erkänner erkände erkänt avse avser avsåg avsett
    föreslå föreslår föreslog föreslagit framföra framför framförde framfört beskriva beskriver beskrev
    beskrivit anföra anför anförde anfört hoppas hoppades hoppats tänka tänker tänkte tänkt påstå påstår
    påstod påstått vidhålla vidhåller vidhöll vidhållit`),
])
/** Modals that make "man" the generic anyone even under such a verb: *Kommunen påminner om att man måste betala*. */
const GENERIC_MODALS = words('kan får måste bör')
/** How far a verb of saying may stand from its att: *uttryckt i flera remissvar att*. */
const SAYING_REACH = 6
/** Verbs that announce a plan in a main clause: *Man planerar att bygga om*. */
const PLAN_VERBS = words('planerar planerade avser avsåg')
const MODALS = words('kan kunde ska skall skulle vill ville får fick måste bör borde lär torde behöver')
const COORDINATORS = words('och men samt')

/**
 * Whether "man" at `i` in `sentences[s]` stands for a body or group named in the same sentence
 * (the subject of a verb of saying whose att-clause "man" opens) or in the previous one (whose
 * subject this main clause continues in the past or in a plan).
 */
export function refersToNamedBody(sentences: readonly Sentence[], s: number, i: number): boolean {
  const { words } = sentences[s]
  const lower = lowerWords(sentences[s])
  if (lower[i - 1] === 'att' && !GENERIC_MODALS.has(lower[i + 1] ?? '') && reportedByBody(words, lower, i - 1)) return true
  if (!continuesAsPlanOrPast(lower, i)) return false
  // Kommunen har sett över taxan och man har höjt avgiften.
  if (i > 0 && COORDINATORS.has(lower[i - 1])) return subjectIsBody(words.slice(0, i - 1), lower.slice(0, i - 1))
  if (!isMainSubject(lower, i)) return false
  const previous = sentences[s - 1]
  return previous !== undefined && subjectIsBody(previous.words, lowerWords(previous))
}

/** The att at `att` follows a verb of saying whose subject is a body: *Kommunen meddelar (på sin webbplats) att*. */
function reportedByBody(words: Token[], lower: string[], att: number): boolean {
  for (let k = att - 1; k >= 0 && att - k <= SAYING_REACH; k--) {
    if (SAYING.has(lower[k])) return subjectIsBody(words.slice(0, att), lower.slice(0, att))
    // another clause's verb or conjunction stands between: *Kommunen meddelar att badet stängs och att man …*
    if (lower[k] === 'att' || COORDINATORS.has(lower[k]) || isFiniteVerb(lower[k])) return false
  }
  return false
}

/**
 * The subject of a clause's first finite verb is a body or group: the words before it (*Forskarna
 * vid institutet menar*), or a few words after it when the clause opens with an adverbial (*I sitt
 * svar skriver departementet*, *Därför menar Skolverket*).
 */
function subjectIsBody(words: Token[], lower: string[]): boolean {
  const f = lower.findIndex((w, k) => k > 0 && isFiniteVerb(w))
  if (f < 0) return false
  if (range(0, f).some((k) => isBody(words, lower, k))) return true
  const opener = CLOSED_CLASS.get(lower[0])
  if (opener === undefined || opener === 'PN' || opener === 'DT' || opener === 'PS') return false
  const after: number[] = []
  for (let k = f + 1; k < Math.min(f + 4, lower.length) && !isFiniteVerb(lower[k]); k++) after.push(k)
  return after.some((k) => isBody(words, lower, k))
}

function isBody(words: Token[], lower: string[], k: number): boolean {
  const w = lower[k]
  if (CLOSED_CLASS.has(w)) return false
  if (BODY_HEADS.some((head) => w === head || (w.endsWith(head) && w.length - head.length >= 3))) return true
  if (GROUPS.has(w) || PERSON_PLURAL.test(w) || isAgentPlural(w)) return true
  // a name: capitalised inside the sentence (Skolverket, Region Skåne) or in capitals (SKR, MSB)
  const text = words[k].text
  if (/^\p{Lu}{2,}$/u.test(text)) return true
  if (k > 0 && /^\p{Lu}/u.test(text)) return true
  return k > 0 && NAME_HEADS.has(w) && /^\p{Lu}/u.test(words[k - 1].text)
}

/** A definite plural of an agent noun made from a verb: forskarna (forska), handläggarna (handlägga). */
function isAgentPlural(w: string): boolean {
  if (!w.endsWith('arna') || w.length < 8) return false
  return getLexicon().verbs.get(`${w.slice(0, -4)}a`)?.kind === 'active'
}

/** "man" is the subject of a main clause: first in it, or right after its finite verb (I år har man …). */
function isMainSubject(lower: string[], i: number): boolean {
  if (i === 0) return true
  return isFiniteVerb(lower[i - 1]) && lower.slice(0, i - 1).every((w) => !isFiniteVerb(w) && w !== 'att' && CLOSED_CLASS.get(w) !== 'SN')
}

/**
 * The clause tells what the body did or plans, not what anyone may or must do: a perfect (har
 * höjt), a past (höjde) or a plan (kommer att, planerar), never a modal (Man kan ringa oss).
 */
function continuesAsPlanOrPast(lower: string[], i: number): boolean {
  const verb = i > 0 && isFiniteVerb(lower[i - 1]) ? i - 1 : i + 1
  const finite = lower[verb] ?? ''
  if (MODALS.has(finite) || !isFiniteVerb(finite)) return false
  const next = lower.slice(verb + 1, verb + 4)
  if (finite === 'kommer') return next.slice(0, 2).includes('att')
  if (PLAN_VERBS.has(finite)) return true
  if (finite === 'har' || finite === 'hade') return next.some(isSupine)
  return !finite.endsWith('r')
}

/** An active form the dictionary knows that is neither finite nor an infinitive: höjt, skrivit, gått. */
function isSupine(w: string): boolean {
  return getLexicon().verbs.get(w)?.kind === 'active' && /t$/.test(w) && !isFiniteVerb(w)
}

/** A sentence's words in lower case, once per sentence (every "man" of a block may ask). */
const lowered = new WeakMap<Sentence, string[]>()
function lowerWords(sentence: Sentence): string[] {
  let lower = lowered.get(sentence)
  if (!lower) lowered.set(sentence, (lower = sentence.words.map((w) => w.text.toLowerCase())))
  return lower
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean))
}

/** Infinitive, present, past and supine of regular verbs in -a: meddela, meddelar, meddelade, meddelat. */
function firstConjugation(lemmas: string): string[] {
  return [...words(lemmas)].flatMap((l) => [l, `${l}r`, `${l}de`, `${l}t`])
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n)
}
