// Compiles a small Swedish morphology from the Hunspell dictionary (npm dictionary-sv, LGPL-3.0):
// verb paradigms (active forms, participles and s-passives with their active counterparts) and
// adjective lemmas, written to server/src/generated/morphology.json for the bundle.
//
// The .aff file has no part-of-speech field, so word classes come from the affix flags. Which flags
// build verb paradigms was established by expanding the dictionary and comparing the forms against
// the UD Swedish-Talbanken gold tags (scripts/measure-morphology.ts reports the result):
//   N  -des/-ts (skickades, skickats, ansågs, setts): passive past and supine; on a lemma that
//      itself ends in -s (lyckas/N, andas/N) it marks a deponent instead
//   L  second conjugation and strong s-forms (köps, köptes, köpts, skrevs, skrivits)
//   R  -es present passive of s-stems (läses, upplöses)
//   A  +s: genitive on nouns, infinitive/present passive on verbs (skickas)
//   m  +r present (skickar), K second conjugation and strong actives (köper, köpte, köpt, skrev),
//   M  -de/-t and strong pasts of short verbs (skickade, ansåg, sett), P/O participles (-d, -de, -t)
// A lemma is a verb when it ends in a vowel and has N, or ends in -a and has K or L; a vowel-final lemma
// with m, or with an M past in -de (hamna, bero, bo, ha), is a verb without passive forms.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

const VOWEL_END = /[aeiouyåäö]$/
const LOWER_WORD = /^[a-zåäöéü]+$/

/** Parses the SFX rules of an .aff file: flag -> [{strip, add, cond}]. Continuation flags are dropped. */
export function parseAffixes(text) {
  const rules = new Map()
  for (const line of text.split('\n')) {
    const p = line.trim().split(/\s+/)
    if (p[0] !== 'SFX' || p.length < 5) continue
    const [, flag, strip, addRaw, cond] = p
    const [add, cont = ''] = addRaw.split('/')
    // forms that only exist as the first part of a compound (ONLYINCOMPOUND Z, COMPOUNDPERMITFLAG W)
    if (cont.includes('Z') || cont.includes('W')) continue
    if (!rules.has(flag)) rules.set(flag, [])
    rules.get(flag).push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, cond: new RegExp(`${cond === '.' ? '' : cond}$`) })
  }
  return rules
}

function apply(rules, flag, word, flags) {
  const out = []
  if (!flags.includes(flag)) return out
  for (const r of rules.get(flag) ?? []) {
    if (r.cond.test(word) && word.endsWith(r.strip)) out.push(word.slice(0, word.length - r.strip.length) + r.add)
  }
  return out
}

/** "skicka" + "skickades" -> "0des": characters to drop from the lemma, then the ending. */
const diff = (lemma, form) => {
  let i = 0
  while (i < lemma.length && i < form.length && lemma[i] === form[i]) i++
  return `${lemma.length - i}${form.slice(i)}`
}

/**
 * The active present of a verb lemma: skicka -> skickar, köpa -> köper, köra -> kör, anse -> anser.
 * A verb whose past is lemma + -de (flyttade, vågades) is of the first conjugation: flytta -> flyttar,
 * even when the dictionary gives it no present flag.
 */
export function presentOf(lemma, flags, firstConjugation = false) {
  if (!lemma.endsWith('a') || flags.includes('m') || firstConjugation) return `${lemma}r`
  return lemma.endsWith('ra') ? lemma.slice(0, -1) : `${lemma.slice(0, -1)}er`
}

/** Whether the dictionary gives an -a verb a past in -ade (or its passive -ades): flytta -> flyttade. */
function isFirstConjugation(rules, lemma, flags) {
  if (!lemma.endsWith('a')) return false
  return ['M', 'P', 'N'].some((f) => apply(rules, f, lemma, flags).some((form) => form === `${lemma}de` || form === `${lemma}des`))
}

/** One verb's paradigm, as {active: [...], participles: [...], passive: [[form, active], ...]}. */
export function verbParadigm(rules, lemma, flags) {
  const present = presentOf(lemma, flags, isFirstConjugation(rules, lemma, flags))
  const active = new Set([lemma, present])
  const participles = new Set()
  const passive = new Map()
  for (const f of 'mMK') {
    for (const form of apply(rules, f, lemma, flags)) (/dda?$/.test(form) ? participles : active).add(form)
  }
  for (const f of 'PO') {
    for (const form of apply(rules, f, lemma, flags)) {
      if (/(de|t)$/.test(form) && !/(are|aste?)$/.test(form)) active.add(form)
      else if (!/(are|aste?)$/.test(form)) participles.add(form)
    }
  }
  if (lemma.endsWith('a') && flags.includes('D')) participles.add(`${lemma}nde`)
  if (flags.includes('A')) passive.set(`${lemma}s`, present)
  for (const form of apply(rules, 'N', lemma, flags)) passive.set(form, form.slice(0, -1))
  if (lemma.endsWith('a')) {
    for (const form of apply(rules, 'L', lemma, flags)) {
      if (!form.endsWith('s')) continue
      // köpa -> köps is the present; köptes, köpts, skrevs, skrivits drop the -s
      passive.set(form, form === `${lemma.slice(0, -1)}s` || form === `${lemma.slice(0, -2)}s` ? present : form.slice(0, -1))
    }
    for (const form of apply(rules, 'R', lemma, flags)) if (form.endsWith('es')) passive.set(form, present)
    // strong verbs the dictionary marks only with R (anlägga, avgöra): the present passive is stem + s
    if (flags.includes('R') && flags.includes('A') && !/[KLN]/.test(flags)) passive.set(`${lemma.slice(0, -1)}s`, present)
  }
  // the active counterpart of a passive is an active form too (vågades -> vågade), unless it is a participle
  for (const act of passive.values()) if (!participles.has(act)) active.add(act)
  for (const form of passive.keys()) active.delete(form)
  return { active: [...active], participles: [...participles], passive: [...passive] }
}

const KINDS = new Set(['deponent', 'reciprocal', 'middle'])

/** Validates dictionaries/deponent-verbs.yaml: s-forms that are not passives, each entry sourced. */
export function compileDeponents(file) {
  const data = parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(data)) throw new Error(`${file}: filen ska vara en lista`)
  const errors = []
  const seen = new Map()
  const out = { deponent: [], reciprocal: [], middle: [] }
  for (const [index, e] of data.entries()) {
    const where = `${file} #${index + 1} (${e?.lemma ?? '?'})`
    if (typeof e?.lemma !== 'string' || !LOWER_WORD.test(e.lemma)) errors.push(`${where}: lemma saknas`)
    if (!KINDS.has(e?.kind)) errors.push(`${where}: kind ska vara deponent, reciprocal eller middle`)
    if (typeof e?.source !== 'string' || e.source.trim() === '') errors.push(`${where}: source saknas`)
    if (!Array.isArray(e?.forms) || e.forms.length === 0) { errors.push(`${where}: forms saknas`); continue }
    for (const f of e.forms) {
      if (typeof f !== 'string' || !LOWER_WORD.test(f) || f.normalize('NFC') !== f) { errors.push(`${where}: ogiltig form ${JSON.stringify(f)}`); continue }
      if (seen.has(f)) errors.push(`${where}: ”${f}” finns redan i ${seen.get(f)}`)
      seen.set(f, e.lemma)
      out[e.kind]?.push(f)
    }
  }
  if (errors.length) throw new Error(`Fel i ${file}:\n  ${errors.join('\n  ')}`)
  return out
}

const WEIGHT_KINDS = new Set(['hint', 'term', 'adjective'])

/** Validates dictionaries/passive-voice.yaml: how the passive-voice rule weighs forms, each entry sourced. */
export function compilePassiveWeights(file) {
  const data = parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(data)) throw new Error(`${file}: filen ska vara en lista`)
  const errors = []
  const seen = new Map()
  const out = { hint: [], term: [], adjective: [] }
  for (const [index, e] of data.entries()) {
    const where = `${file} #${index + 1} (${e?.lemma ?? '?'})`
    if (typeof e?.lemma !== 'string' || !LOWER_WORD.test(e.lemma)) errors.push(`${where}: lemma saknas`)
    if (!WEIGHT_KINDS.has(e?.kind)) errors.push(`${where}: kind ska vara hint, term eller adjective`)
    if (typeof e?.source !== 'string' || e.source.trim() === '') errors.push(`${where}: source saknas`)
    if (typeof e?.note !== 'string' || e.note.trim() === '') errors.push(`${where}: note saknas`)
    if (!Array.isArray(e?.forms) || e.forms.length === 0) { errors.push(`${where}: forms saknas`); continue }
    for (const f of e.forms) {
      if (typeof f !== 'string' || !LOWER_WORD.test(f) || f.normalize('NFC') !== f) { errors.push(`${where}: ogiltig form ${JSON.stringify(f)}`); continue }
      if (seen.has(f)) errors.push(`${where}: ”${f}” finns redan i ${seen.get(f)}`)
      seen.set(f, e.lemma)
      out[e.kind]?.push(f)
    }
  }
  if (errors.length) throw new Error(`Fel i ${file}:\n  ${errors.join('\n  ')}`)
  return out
}

const TENSES = ['inf', 'pres', 'past', 'sup']
const DERIVATIONS = new Set(['ning', 'ing', 'else', 'an', 'ion', 'ande', 'ende', 'stem'])

/** Validates dictionaries/light-verbs.yaml: the light verbs of the nominalization pattern, each entry sourced. */
export function compileLightVerbs(file) {
  const data = parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(data)) throw new Error(`${file}: filen ska vara en lista`)
  const errors = []
  const seen = new Map()
  const word = (where, f) => {
    if (typeof f !== 'string' || !LOWER_WORD.test(f) || f.normalize('NFC') !== f) errors.push(`${where}: ogiltig form ${JSON.stringify(f)}`)
    else if (seen.has(f) && seen.get(f) !== where) errors.push(`${where}: ”${f}” finns redan i ${seen.get(f)}`)
    else seen.set(f, where)
  }
  const out = []
  for (const [index, e] of data.entries()) {
    const where = `${file} #${index + 1} (${e?.lemma ?? '?'})`
    if (typeof e?.lemma !== 'string' || !/^[a-zåäö ]+$/.test(e.lemma)) errors.push(`${where}: lemma saknas`)
    if (typeof e?.source !== 'string' || e.source.trim() === '') errors.push(`${where}: source saknas`)
    if (e?.weight !== 'info' && e?.weight !== 'hint') errors.push(`${where}: weight ska vara info eller hint`)
    if (!Array.isArray(e?.nouns) || e.nouns.some((n) => !DERIVATIONS.has(n))) errors.push(`${where}: nouns ska vara en lista av ${[...DERIVATIONS].join(', ')}`)
    if (!e?.active && !e?.intransitive) errors.push(`${where}: active eller intransitive behövs`)
    if (e?.active) for (const t of TENSES) word(where, e.active[t])
    for (const f of [...(e?.passive ?? []), ...(e?.intransitive ?? [])]) word(where, f)
    out.push({ lemma: e.lemma, active: e.active, passive: e.passive ?? [], intransitive: e.intransitive ?? [], particle: e.particle ?? [], weight: e.weight, nouns: e.nouns })
  }
  if (errors.length) throw new Error(`Fel i ${file}:\n  ${errors.join('\n  ')}`)
  return out
}

const NOUN_PLURAL = /[GHIJ]/

/**
 * Noun gender and the adjectives' neuter forms, for the agreement rule (issue 19). The .aff file
 * names its suffix classes in comments: B (-et) and C (-t, -et after -el/-er/-m/-n) build the
 * definite singular of neuter nouns (huset, rummet, området); D (-en) and E (-n) the definite
 * singular of common-gender nouns (bilen, frågan), but D is also the definite plural of neuter
 * nouns with a zero plural (husen) and the -nde participle of verbs, and E also the plural of
 * vowel-final neuter nouns (frön). So:
 *   ett: B (on a lemma not ending in -a) or C, and no -ar/-er/-or plural (G, H, I, J): ett hus, ett beslut
 *        (B with F is both: man/ABF gives manet and mannen)
 *   en:  D or E, no B or C, and a plural class (G, H, I, J): en bil, en fråga
 * A lemma with both (lag/ABDGXY: ett lag, en lag), or listed twice with different classes, has no
 * gender here, so the rule leaves it alone. Verbs, adjectives and capitalised words are no nouns.
 * The neuter of an adjective with the O class (stor: stort, ny: nytt, röd: rött) is grouped by how it
 * differs from the lemma ("0t": add t; "1tt": drop one letter, add tt).
 */
function nounsAndAdjectives(rules, entries) {
  const flagsOf = new Map()
  for (const { word, flags } of entries) {
    if (!LOWER_WORD.test(word)) continue
    if (!flagsOf.has(word)) flagsOf.set(word, [])
    flagsOf.get(word).push(flags)
  }
  const en = []
  const ett = []
  const neuter = new Map()
  for (const [word, all] of flagsOf) {
    const genders = new Set()
    let adjective = false
    for (const flags of all) {
      if (flags.includes('%')) continue
      const aFinal = word.endsWith('a')
      const neuterDefinite = (flags.includes('B') && !aFinal) || flags.includes('C')
      const commonDefinite = (flags.includes('D') && !aFinal) || flags.includes('E')
      const plural = NOUN_PLURAL.test(flags)
      if (flags.includes('O') && !word.endsWith('de') && apply(rules, 'O', word, flags).some((f) => f.endsWith('t'))) adjective = true
      // F is the definite plural of a neuter noun in -m, -n, -el, -er (rummen), but after B, which makes
      // its singular with -et, it is a common-gender definite singular (man/ABF: manet, mannen)
      if (neuterDefinite && !plural && flags.includes('B') && flags.includes('F')) genders.add('both')
      else if (neuterDefinite && !plural) genders.add('ett')
      else if (neuterDefinite && plural) genders.add('both')
      else if (commonDefinite && plural) genders.add('en')
      else if (commonDefinite && !flags.includes('O')) genders.add('en?')
    }
    if (adjective) {
      const forms = all.flatMap((flags) => apply(rules, 'O', word, flags)).filter((f) => f.endsWith('t'))
      if (forms.length === 1) {
        const d = diff(word, forms[0])
        if (!neuter.has(d)) neuter.set(d, [])
        neuter.get(d).push(word)
      }
    }
    if (genders.size !== 1 || word.length < 2) continue
    const [g] = genders
    if (g === 'ett') ett.push(word)
    else if (g === 'en') en.push(word)
  }
  // a compound takes its last part's gender (kommunikationsprogram: program): the rule looks the
  // last part up, so compounds whose last part already tells their gender are left out
  const gender = new Map([...en.map((w) => [w, 'en']), ...ett.map((w) => [w, 'ett'])])
  const headGender = (w) => {
    for (let i = 2; i <= w.length - 3; i++) {
      const g = gender.get(w.slice(i))
      if (g) return g
    }
    return undefined
  }
  const own = (list, g) => list.filter((w) => headGender(w) !== g)
  return {
    nouns: { en: own(en, 'en').join(' '), ett: own(ett, 'ett').join(' ') },
    adjectiveNeuter: Object.fromEntries([...neuter].sort((a, b) => b[1].length - a[1].length).map(([d, words]) => [d, words.join(' ')])),
  }
}

/** Reads the dictionary and returns the compiled morphology (not yet written). */
export function buildMorphology(root) {
  const dir = join(root, 'node_modules/dictionary-sv')
  const rules = parseAffixes(readFileSync(join(dir, 'index.aff'), 'utf8'))
  const entries = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
    const i = line.indexOf('/')
    return i < 0 ? { word: line, flags: '' } : { word: line.slice(0, i), flags: line.slice(i + 1) }
  })
  // paradigm signature -> lemmas, so the thousands of regular verbs share one entry
  const paradigms = new Map()
  const adjectives = []
  const supines = []
  let verbs = 0
  for (const { word, flags } of entries) {
    if (!LOWER_WORD.test(word) || flags.includes('%')) continue
    const isVerb = VOWEL_END.test(word) && (flags.includes('N') || (word.endsWith('a') && (/[KL]/.test(flags) || (flags.includes('R') && !/[EGHI]/.test(flags)))))
    // verbs without passive forms (hamna, fungera, bero, bo, ha): a present in +r or a past in -de
    const isActiveOnlyVerb = !isVerb && VOWEL_END.test(word) && (flags.includes('m') || apply(rules, 'M', word, flags).some((f) => f.endsWith('de')))
    if (isVerb || isActiveOnlyVerb) {
      const p = verbParadigm(rules, word, flags)
      // +s on such a word is a noun's genitive (spa -> spas), not a passive
      if (isActiveOnlyVerb) p.passive = []
      const signature = [
        p.active.map((f) => diff(word, f)).sort().join(','),
        p.participles.map((f) => diff(word, f)).sort().join(','),
        p.passive.map(([f, a]) => `${diff(word, f)}=${diff(word, a)}`).sort().join(','),
      ].join('|')
      if (!paradigms.has(signature)) paradigms.set(signature, [])
      paradigms.get(signature).push(word)
      verbs++
    } else if (/[^c]it$/.test(word) && word.length > 4 && flags.includes('A') && !/[BCDEFGHIJ]/.test(flags)) {
      // strong supines listed as words of their own (tagit/A, uppfunnit/AY): +s is the passive supine
      supines.push(word)
    } else if (flags.includes('O') && !VOWEL_END.test(word) && !/[EFGHIJC]/.test(flags)) {
      // O builds -t/-a forms (stor: stort, stora); without noun plural flags the entry is an adjective
      adjectives.push(word)
    }
  }
  const { nouns, adjectiveNeuter } = nounsAndAdjectives(rules, entries)
  return {
    source: 'dictionary-sv 4.0.0 (LGPL-3.0), compiled by scripts/compile-morphology.mjs',
    paradigms: [...paradigms].map(([signature, lemmas]) => [signature, lemmas.join(' ')]),
    adjectives: adjectives.join(' '),
    supines: supines.join(' '),
    exceptions: compileDeponents(join(root, 'dictionaries/deponent-verbs.yaml')),
    passiveWeights: compilePassiveWeights(join(root, 'dictionaries/passive-voice.yaml')),
    lightVerbs: compileLightVerbs(join(root, 'dictionaries/light-verbs.yaml')),
    nouns,
    adjectiveNeuter,
    counts: {
      verbs, paradigms: paradigms.size, supines: supines.length, adjectives: adjectives.length,
      enNouns: nouns.en.split(' ').length, ettNouns: nouns.ett.split(' ').length,
    },
  }
}

/** Compiles the morphology into server/src/generated/morphology.json; returns the counts. */
export function compileMorphology(root) {
  const out = buildMorphology(root)
  const outDir = join(root, 'server/src/generated')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'morphology.json'), JSON.stringify(out) + '\n')
  return out.counts
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`morphology: ${JSON.stringify(compileMorphology(join(dirname(new URL(import.meta.url).pathname), '..')))}`)
}
