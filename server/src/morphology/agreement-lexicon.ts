import data from '../generated/morphology.json'
import { StringMemo } from '../util/string-memo'

/** The gender of a Swedish noun: en-ord (utrum) or ett-ord (neutrum). */
export type Gender = 'en' | 'ett'

/** What the agreement rule needs to know about one word. */
export interface AdjectiveForm {
  lemma: string
  /** `common`: stor (en stor bil); `neuter`: stort (ett stort hus). */
  form: 'common' | 'neuter'
}

/**
 * Adjectives whose neuter the dictionary lists without the O class (god: gott, liten: litet):
 * written by hand from the standard paradigms.
 */
const IRREGULAR_NEUTER: Record<string, string> = {
  god: 'gott', liten: 'litet', egen: 'eget', annan: 'annat', gammal: 'gammalt', mogen: 'moget', öppen: 'öppet',
  vaken: 'vaket', tagen: 'taget', vacker: 'vackert', enkel: 'enkelt', ädel: 'ädelt', säker: 'säkert', lätt: 'lätt',
}

interface Tables {
  gender: Map<string, Gender>
  neuterOf: Map<string, string>
  lemmaOfNeuter: Map<string, string>
}

let tables: Tables | undefined

function build(): Tables {
  const gender = new Map<string, Gender>()
  const nouns = data.nouns as Record<Gender, string>
  for (const g of ['en', 'ett'] as const) for (const w of nouns[g].split(' ')) gender.set(w, g)
  const neuterOf = new Map<string, string>()
  for (const [diff, words] of Object.entries(data.adjectiveNeuter as Record<string, string>)) {
    const drop = Number(/^\d+/.exec(diff)![0])
    const add = diff.slice(String(drop).length)
    for (const w of words.split(' ')) neuterOf.set(w, w.slice(0, w.length - drop) + add)
  }
  for (const [lemma, neuter] of Object.entries(IRREGULAR_NEUTER)) neuterOf.set(lemma, neuter)
  const lemmaOfNeuter = new Map<string, string>()
  for (const [lemma, neuter] of neuterOf) if (neuter !== lemma) lemmaOfNeuter.set(neuter, lemma)
  return { gender, neuterOf, lemmaOfNeuter }
}

const get = (): Tables => (tables ??= build())

/**
 * The gender of a noun in its indefinite singular (hus: ett, bil: en), or of a compound by its
 * last part (kommunikationsprogram: program, ett); undefined when the dictionary gives none or
 * both (lag: en lag, ett lag). Lower-case input.
 */
export function nounGender(word: string): Gender | undefined {
  return genderMemo.get(word) ?? undefined
}

const genderMemo = new StringMemo((word) => {
  const { gender } = get()
  const own = gender.get(word)
  if (own) return own
  // the last part, longest first, as the compile step left compounds out (scripts/compile-morphology.mjs)
  for (let i = 2; i <= word.length - 3; i++) {
    const g = gender.get(word.slice(i))
    if (g) return g
  }
  return null
})

/** A known adjective's form (stor: common, stort: neuter); undefined for other words and for forms that are both (lätt). */
export function adjectiveForm(word: string): AdjectiveForm | undefined {
  const { neuterOf, lemmaOfNeuter } = get()
  const neuter = neuterOf.get(word)
  if (neuter !== undefined) return neuter === word ? undefined : { lemma: word, form: 'common' }
  const lemma = lemmaOfNeuter.get(word)
  return lemma === undefined ? undefined : { lemma, form: 'neuter' }
}

/** The neuter of an adjective lemma (stor: stort, ny: nytt); undefined when unknown. */
export function neuterOf(lemma: string): string | undefined {
  return get().neuterOf.get(lemma)
}
