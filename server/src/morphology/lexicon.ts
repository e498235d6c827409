import data from '../generated/morphology.json'
import { IRREGULAR_VERBS } from './irregular-verbs'

/** What the dictionary knows about one verb form. */
export interface VerbForm {
  /** `active`: finite, infinitive or supine; `participle`: -d, -dd, -nde; `passive`: an s-form. */
  kind: 'active' | 'participle' | 'passive'
  /** For a passive: the active form of the same tense (skickas -> skickar, sågs -> såg). */
  active?: string
}

export interface Lexicon {
  verbs: Map<string, VerbForm>
  adjectives: Set<string>
  deponents: Set<string>
  reciprocals: Set<string>
  /** From dictionaries/passive-voice.yaml: passives whose agent is obvious or irrelevant (föds, avses). */
  hintPassives: Set<string>
  /** Verbs that introduce a term (kallas, benämns): not flagged unless they summon (kallas till). */
  termVerbs: Set<string>
  /** Participles that after bli name a feeling or state (förvånad, gift): bli + adjective. */
  bliAdjectives: Set<string>
  /** A verb's active forms (infinitive, present, past, supine) by its infinitive; undefined for a non-verb. */
  activeForms(infinitive: string): readonly string[] | undefined
}

/** "3ev" applied to "skriva" gives "skrev": drop 3 characters, add "ev". */
interface Diff {
  drop: number
  add: string
}

function parseDiff(diff: string): Diff {
  const n = /^\d+/.exec(diff)![0]
  return { drop: Number(n), add: diff.slice(n.length) }
}

const applyDiff = (lemma: string, diff: Diff): string => lemma.slice(0, lemma.length - diff.drop) + diff.add

/** Shared values: most of the 66,000 forms are plain active forms or participles. */
const ACTIVE: VerbForm = Object.freeze({ kind: 'active' })
const PARTICIPLE: VerbForm = Object.freeze({ kind: 'participle' })

function build(): Lexicon {
  const verbs = new Map<string, VerbForm>()
  // infinitive -> the active diffs of its paradigm, so a verb can be conjugated (nominalization fixes)
  const paradigmOf = new Map<string, Diff[]>()
  const irregular = new Map<string, readonly string[]>()
  const add = (form: string, value: VerbForm): void => {
    const old = verbs.get(form)
    // a form that is passive in one paradigm and active in another (hoppas) stays passive; the
    // exception lists decide deponents
    if (!old || (old.kind !== 'passive' && value.kind === 'passive') || (old.kind === 'participle' && value.kind === 'active')) verbs.set(form, value)
  }
  // the diffs of a paradigm are read once, not once per verb (this runs on every cold start)
  for (const [signature, lemmas] of data.paradigms as [string, string][]) {
    const [active, participles, passive] = signature.split('|').map((part) => (part ? part.split(',') : []))
    const activeDiffs = active.map(parseDiff)
    const participleDiffs = participles.map(parseDiff)
    const passiveDiffs = passive.map((pair) => pair.split('=').map(parseDiff) as [Diff, Diff])
    for (const lemma of lemmas.split(' ')) {
      paradigmOf.set(lemma, activeDiffs)
      for (const d of activeDiffs) add(applyDiff(lemma, d), ACTIVE)
      for (const d of participleDiffs) add(applyDiff(lemma, d), PARTICIPLE)
      for (const [f, a] of passiveDiffs) add(applyDiff(lemma, f), { kind: 'passive', active: applyDiff(lemma, a) })
    }
  }
  for (const supine of (data.supines as string).split(' ')) {
    add(supine, ACTIVE)
    add(`${supine}s`, { kind: 'passive', active: supine })
  }
  for (const [lemma, forms] of Object.entries(IRREGULAR_VERBS)) {
    irregular.set(lemma, [lemma, ...forms.active])
    add(lemma, ACTIVE)
    for (const form of forms.active) add(form, ACTIVE)
    for (const [form, active] of Object.entries(forms.passive)) add(form, { kind: 'passive', active })
  }
  const weights = data.passiveWeights as Record<'hint' | 'term' | 'adjective', string[]>
  const ex = data.exceptions as Record<'deponent' | 'reciprocal' | 'middle', string[]>
  return {
    verbs,
    adjectives: new Set((data.adjectives as string).split(' ')),
    deponents: new Set([...ex.deponent, ...ex.middle]),
    reciprocals: new Set(ex.reciprocal),
    hintPassives: new Set(weights.hint),
    termVerbs: new Set(weights.term),
    bliAdjectives: new Set(weights.adjective),
    activeForms(infinitive) {
      const own = irregular.get(infinitive) ?? paradigmOf.get(infinitive)?.map((d) => applyDiff(infinitive, d))
      if (own === undefined || own.length >= 4) return own
      // compounds of strong verbs (kartlägga, genomföra) lack forms the dictionary lists only for the
      // simple verb: take them from it
      for (const [lemma, forms] of irregular) {
        if (lemma.length >= 3 && infinitive.length - lemma.length >= 2 && infinitive.endsWith(lemma)) {
          const prefix = infinitive.slice(0, -lemma.length)
          return forms.map((f) => prefix + f)
        }
      }
      return own
    },
  }
}

let lexicon: Lexicon | undefined

/** The compiled morphology, built on first use (a few tens of milliseconds). */
export function getLexicon(): Lexicon {
  lexicon ??= build()
  return lexicon
}
