import { getLexicon } from './lexicon'
import { CLOSED_CLASS } from './closed-class'
import { IRREGULAR_VERBS } from './irregular-verbs'
import { PREFIXES } from './s-passive'

/** Every form of bli that carries a bli-passive (blir antagen, har blivit beviljad, kommer att bli kallad). */
const BLI = new Set(['bli', 'bliva', 'blir', 'blev', 'blevo', 'blivit'])
/** Degree words the closed-class list tags as pronouns, but that stand as adverbs before a participle. */
const DEGREE = new Set(['mycket', 'lite', 'mer', 'mest', 'allt', 'alltmer', 'alltför'])
/** Subject pronouns that follow bli in a question or after a fronted phrase: blev du antagen? */
const SUBJECTS = new Set(['jag', 'du', 'han', 'hon', 'hen', 'den', 'det', 'vi', 'ni', 'de', 'dom', 'man'])
const IRREGULAR_PARTICIPLES = new Set(Object.values(IRREGULAR_VERBS).flatMap((v) => v.participles ?? []))

/** Whether `word` (lower case) is the supine of a strong verb the dictionary knows (tagit, skrivit). */
function isStrongSupine(supine: string): boolean {
  const lex = getLexicon()
  if (lex.verbs.get(supine)?.kind === 'active') return true
  return PREFIXES.some((p) => supine.startsWith(p) && supine.length - p.length >= 4 && lex.verbs.get(supine.slice(p.length))?.kind === 'active')
}

const isWeakParticiple = (word: string): boolean => {
  const lex = getLexicon()
  if (lex.verbs.get(word)?.kind === 'participle') return true
  return PREFIXES.some((p) => word.startsWith(p) && word.length - p.length >= 4 && lex.verbs.get(word.slice(p.length))?.kind === 'participle')
}

/**
 * Whether `word` is a past participle of a verb the dictionary knows, in any gender and number:
 * beviljad, beviljat, beviljade; godkänd, godkänt; antagen, antaget, antagna (from the supine
 * antagit); gjord, vald (irregular). Present participles (avgörande) and plain adjectives (glad,
 * sjuk) are not past participles.
 */
export function isPastParticiple(word: string): boolean {
  const w = word.toLowerCase()
  if (w.length < 4 || w.endsWith('nde') || CLOSED_CLASS.has(w)) return false
  if (IRREGULAR_PARTICIPLES.has(w) || isWeakParticiple(w)) return true
  // plural and definite: beviljade -> beviljad, godkända -> godkänd
  if (/d[ea]$/.test(w) && isWeakParticiple(w.slice(0, -1))) return true
  // neuter: beviljat -> beviljad, godkänt -> godkänd, betrott -> betrodd
  if (w.endsWith('tt') && isWeakParticiple(`${w.slice(0, -2)}dd`)) return true
  if (w.endsWith('t') && isWeakParticiple(`${w.slice(0, -1)}d`)) return true
  // strong: antagen, antaget -> antagit; antagna, skrivna -> antagit, skrivit
  const strong = /^(.+)(en|et|na)$/.exec(w)
  return strong !== null && isStrongSupine(`${strong[1]}it`)
}

/** A word that may stand between bli and its participle: inte, snabbt, mycket, slutligen. */
function isAdverb(word: string): boolean {
  const w = word.toLowerCase()
  if (CLOSED_CLASS.get(w) === 'AB' || DEGREE.has(w)) return true
  // an adjective's neuter as an adverb (snabbt, slutligt, automatiskt), or -vis/-ligen
  return /(ligt|iskt|bart|samt|snabbt|tydligt|vis|ligen)$/.test(w)
}

export interface BliPassive {
  /** Index of the bli form in the word list. */
  bli: number
  /** Index of the participle. */
  participle: number
}

/**
 * The bli-passives in one sentence's words: a form of bli, an inverted subject if any, at most two
 * adverbs, then a past participle (blev antagen, har blivit beviljad, blev inte antagen, blev snabbt
 * beviljad, blev du antagen?). Bli +
 * adjective (blev glad, blir sjuk, blir bättre) and bli + a participle of feeling or state
 * (blev förvånad, blev gift; dictionaries/passive-voice.yaml) are not passives.
 */
export function findBliPassive(words: readonly string[]): BliPassive[] {
  const found: BliPassive[] = []
  const lex = getLexicon()
  words.forEach((word, i) => {
    if (!BLI.has(word.toLowerCase())) return
    let j = i + 1
    // inverted subject: blev du antagen, blir det godkänt; any one word after a sentence-initial
    // bli (Blir ansökan godkänd?)
    const next = words[j]?.toLowerCase()
    if (next !== undefined && (SUBJECTS.has(next) || (i === 0 && !CLOSED_CLASS.has(next) && !isPastParticiple(next)))) j++
    for (let adverbs = 0; j < words.length && adverbs < 2 && isAdverb(words[j]); adverbs++) j++
    const candidate = words[j]
    // a capitalised word inside the sentence is a name, not a participle
    if (candidate === undefined || candidate !== candidate.toLowerCase()) return
    if (lex.bliAdjectives.has(candidate) || !isPastParticiple(candidate)) return
    found.push({ bli: i, participle: j })
  })
  return found
}
