import { getLexicon } from './lexicon'
import { StringMemo } from '../util/string-memo'

/** A noun made from a verb: granskning from granska, kontroll from kontrollera. */
export interface VerbalNoun {
  /** The verb's infinitive, as the dictionary knows it. */
  verb: string
  /** How the noun was made: its suffix (ning, ing, else, an, ion, ande, ende) or `stem` (kontroll, beslut). */
  derivation: string
  /** Indefinite singular (en granskning): the only form a quick fix rewrites. */
  indefiniteSingular: boolean
  /** An -ande/-ende noun, which reads as a participle unless a determiner or -t marks it as a noun. */
  participleLike: boolean
}

/**
 * The -an nouns are a closed class (ansökan, anmälan): the ending is also the definite form of every
 * -a noun (frågan, kvinnan), so only these are read as made from their verb.
 */
const AN_NOUNS = new Set(['ansökan', 'anmälan', 'begäran', 'önskan', 'förfrågan', 'inbjudan', 'anhållan', 'hemställan', 'erinran'])

/** Endings of the noun's inflected forms, per derivation, longest first. */
const INFLECTIONS: readonly [suffix: string, endings: readonly string[]][] = [
  ['ning', ['ningarna', 'ningar', 'ningen', 'ning']],
  ['ing', ['ingarna', 'ingar', 'ingen', 'ing']],
  ['else', ['elserna', 'elser', 'elsen', 'else']],
  ['ion', ['ionerna', 'ioner', 'ionen', 'ion']],
  ['ande', ['andena', 'andet', 'anden', 'ande']],
  ['ende', ['endena', 'endet', 'enden', 'ende']],
]

/** Bare stems whose verb adds -era (kontroll -> kontrollera, analys -> analysera) or -a (beslut -> besluta). */
// not -et: arbetet, mötet are arbete, möte + t, not arbet, möt + et (arbeta, möta)
const STEM_INFLECTIONS = ['erna', 'er', 'en', 'ar', 'arna', '']

/**
 * Nouns whose look-alike verb means something else (bild/bilda, dugg/dugga, rätt/rätta, mening/mena, händelse/
 * hända): ”göra en bild av”, ”ge rätt”, ”ge mening” are no nominalizations.
 */
const NOT_FROM_VERB = new Set(['bild', 'dugg', 'form', 'kort', 'rätt', 'slut', 'mening', 'näring', 'ställning', 'händelse', 'rörelse', 'spel'])

const memo = new StringMemo((word) => analyse(word) ?? null)

/** The verb a noun is made from, or undefined when the word is not such a noun. Lower-case input. */
export function verbalNoun(word: string): VerbalNoun | undefined {
  return memo.get(word) ?? undefined
}

function isInfinitive(word: string): boolean {
  return getLexicon().activeForms(word) !== undefined
}

function analyse(word: string): VerbalNoun | undefined {
  if (word.length < 4) return undefined
  if (AN_NOUNS.has(word)) {
    const verb = `${word.slice(0, -2)}a`
    return isInfinitive(verb) ? { verb, derivation: 'an', indefiniteSingular: true, participleLike: false } : undefined
  }
  for (const [suffix, endings] of INFLECTIONS) {
    const ending = endings.find((e) => word.endsWith(e))
    if (ending === undefined) continue
    const stem = word.slice(0, word.length - ending.length)
    if (NOT_FROM_VERB.has(stem + suffix)) return undefined
    const verb = verbOfStem(stem, suffix)
    if (verb === undefined) continue
    const participleLike = suffix === 'ande' || suffix === 'ende'
    return { verb, derivation: suffix, indefiniteSingular: ending === suffix, participleLike }
  }
  return verbOfBareStem(word)
}

/** The infinitive behind a suffix's stem: gransk(ning) -> granska, ändr(ing) -> ändra, informat(ion) -> informera. */
function verbOfStem(stem: string, suffix: string): string | undefined {
  if (stem.length < 2) return undefined
  const candidates: string[] = []
  switch (suffix) {
    case 'ning':
    case 'ing':
      // försen|ing -> försena, not förse|ning -> förse; töm|ning -> tömma (a double consonant is
      // written single before n)
      candidates.push(`${stem}a`, `${stem}${stem.slice(-1)}a`)
      break
    case 'else':
      candidates.push(`${stem}a`, stem)
      break
    case 'ande':
      candidates.push(`${stem}a`, stem) // agerande -> agera, deltagande -> delta(ga)
      break
    case 'ende':
      candidates.push(stem) // boende -> bo, åtagande is -ande
      break
    case 'ion':
      // information -> informera, inspektion -> inspektera, reduktion -> reducera,
      // diskussion -> diskutera, revision -> revidera
      if (stem.endsWith('at')) candidates.push(`${stem.slice(0, -2)}era`, `${stem.slice(0, -2).replace(/k$/, 'c')}era`)
      if (stem.endsWith('kt')) candidates.push(`${stem}era`, `${stem.slice(0, -2)}cera`, `${stem.slice(0, -2)}era`)
      if (stem.endsWith('ss')) candidates.push(`${stem.slice(0, -2)}tera`)
      if (stem.endsWith('s') && !stem.endsWith('ss')) candidates.push(`${stem.slice(0, -1)}dera`)
      break
  }
  const verb = candidates.find(isInfinitive)
  // delgivning -> delge, not the old delgiva; företagande -> företa
  const modern = verb?.replace(/giva$/, 'ge').replace(/(t|dr)aga$/, '$1a')
  return modern !== undefined && modern !== verb && isInfinitive(modern) ? modern : verb
}

/** The verb behind a bare stem (kontroll -> kontrollera, analys -> analysera, besök -> besöka), any inflection. */
function verbOfBareStem(word: string): VerbalNoun | undefined {
  for (const ending of STEM_INFLECTIONS) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, word.length - ending.length)
    // -ion words are handled by their suffix (station, mission are not stationera, missionera)
    if (stem.length < 4 || stem.endsWith('ion') || NOT_FROM_VERB.has(stem)) continue
    const verb = [`${stem}era`, `${stem}a`].find(isInfinitive)
    if (verb !== undefined) return { verb, derivation: 'stem', indefiniteSingular: ending === '', participleLike: false }
  }
  return undefined
}

/** Particles that, first in a verb, usually stand after it in plain Swedish (följa upp, not uppfölja). */
// only particles whose joined verbs are mostly stiff (uppfölja, bortprioritera); in-, av-, till-, ut-,
// över- verbs are often the usual ones (informera, avveckla, tillverka, utreda, överväga)
const PARTICLES = ['upp', 'om', 'bort', 'ned', 'ner', 'hem', 'ihop', 'tillbaka', 'sönder']

/**
 * True when the verb is a particle joined to another verb (uppfölja, inbetala): whether the joined
 * form is the usual one (utreda) or not (uppfölja) the dictionary does not tell, so no fix names it.
 */
export function hasParticlePrefix(verb: string): boolean {
  return PARTICLES.some((p) => verb.startsWith(p) && verb.length - p.length >= 3 && isInfinitive(verb.slice(p.length)))
}

export type Tense = 'inf' | 'pres' | 'past' | 'sup'

/** The verb in a tense: granska + past -> granskade, beskriva + sup -> beskrivit; undefined when unsure. */
export function conjugate(verb: string, tense: Tense): string | undefined {
  const forms = getLexicon().activeForms(verb)
  if (forms === undefined) return undefined
  if (tense === 'inf') return verb
  const others = forms.filter((f) => f !== verb)
  const pick = (test: (f: string) => boolean): string | undefined => {
    const hits = others.filter(test)
    return hits.length === 1 ? hits[0] : undefined
  }
  if (tense === 'pres') return pick((f) => f.endsWith('r'))
  if (tense === 'sup') return pick((f) => f.endsWith('it')) ?? pick((f) => /[^e]t$|tt$/.test(f) && !f.endsWith('it'))
  // past: -de/-te/-dde, or a strong past (beskrev, förstod) that is none of the other forms
  return pick((f) => /(d|t)e$/.test(f)) ?? pick((f) => !/(r|t|de|te)$/.test(f))
}
