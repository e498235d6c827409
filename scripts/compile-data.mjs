// Validates the phrase lists in dictionaries/ and compiles them to JSON for the bundle.
// A broken entry fails the build with a message naming the entry, never a user's editor.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint'])
/** What a fix of an entry with `agreement` agrees with: an en-word, an ett-word, a plural or definite phrase. */
const AGREEMENT_SLOTS = new Set(['en', 'ett', 'plural'])
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const FORM = /^([^\s>|"][^>|"]*?)(?:\s*->\s*(.*))?$/

/**
 * Parses "erhåller -> får | erbjuder" into words and fixes; `""` is an explicit removal. A leading
 * `^` makes the form apply only first in a sentence, where another fix may be needed
 * ("^beträffande -> när det gäller": an opening "Om" would read as "if").
 */
export function parseForm(raw, where) {
  const trimmed = String(raw).trim()
  const opensSentence = trimmed.startsWith('^')
  const m = FORM.exec(opensSentence ? trimmed.slice(1) : trimmed)
  if (!m) throw new Error(`${where}: formen ${JSON.stringify(raw)} går inte att läsa`)
  const words = m[1].trim().split(/\s+/)
  const fixes = m[2] === undefined ? [] : m[2].split('|').map((f) => f.trim()).map((f) => (f === '""' ? '' : f))
  return opensSentence ? { words, fixes, opensSentence } : { words, fixes }
}

/**
 * Expands "{set}" placeholders in a form over a named word set: "lider av {diagnos} -> har {diagnos}"
 * becomes one form per diagnosis. Sets are declared at the top of a list file (`sets:`).
 */
function expandForm(raw, sets, where) {
  const names = [...String(raw).matchAll(/\{([a-zåäö-]+)\}/g)].map((m) => m[1])
  if (names.length === 0) return [raw]
  const unique = [...new Set(names)]
  if (unique.length > 1) throw new Error(`${where}: en form får bara använda en mängd ({${unique.join('}, {')}})`)
  const values = sets[unique[0]]
  if (!Array.isArray(values)) throw new Error(`${where}: mängden {${unique[0]}} finns inte under sets`)
  return values.map((v) => String(raw).replaceAll(`{${unique[0]}}`, v))
}

function readGuardWords(list) {
  return list?.map((w) => String(w).toLowerCase())
}

export function compilePhraseList(file, seenForms = new Map()) {
  const text = readFileSync(file, 'utf8')
  const root = parse(text)
  const errors = []
  // a list of entries, or {sets, entries} when forms use placeholders
  const data = Array.isArray(root) ? root : root?.entries
  const sets = Array.isArray(root) ? {} : (root?.sets ?? {})
  if (!Array.isArray(data)) throw new Error(`${file}: filen ska vara en lista eller ha en lista under entries`)
  const seenIds = new Set()
  const out = []
  let previousId = ''
  for (const [index, e] of data.entries()) {
    const where = `${file} #${index + 1} (${e?.id ?? '?'})`
    const fail = (msg) => errors.push(`${where}: ${msg}`)
    if (typeof e !== 'object' || e === null) { fail('posten är inte ett objekt'); continue }
    if (!ID.test(e.id ?? '')) fail('id saknas eller är inte gemena a–z, 0–9 och bindestreck')
    if (seenIds.has(e.id)) fail('id finns redan')
    if (e.id < previousId) fail(`posterna ska vara sorterade på id (${e.id} kommer efter ${previousId})`)
    previousId = e.id ?? previousId
    seenIds.add(e.id)
    for (const field of ['note', 'source', 'url']) {
      if (typeof e[field] !== 'string' || e[field].trim() === '') fail(`${field} saknas`)
    }
    if (typeof e.url === 'string' && !/^https:\/\/\S+$/.test(e.url)) fail('url ska börja med https://')
    if (!Array.isArray(e.prefer)) fail('prefer ska vara en lista (får vara tom)')
    if (!Array.isArray(e.forms) || e.forms.length === 0) { fail('forms saknas'); continue }
    if (e.severity !== undefined && !SEVERITIES.has(e.severity)) fail(`okänd severity ${e.severity}`)
    const bad = e.examples?.bad
    const good = e.examples?.good
    if (!Array.isArray(bad) || bad.length === 0) fail('examples.bad saknas')
    if (!Array.isArray(good) || good.length === 0) fail('examples.good saknas')
    const forms = []
    const expanded = []
    for (const raw of e.forms) {
      try {
        expanded.push(...expandForm(raw, sets, where))
      } catch (err) {
        fail(err.message)
      }
    }
    for (const raw of expanded) {
      if (typeof raw !== 'string' || raw.normalize('NFC') !== raw) { fail(`formen ${JSON.stringify(raw)} är inte NFC-text`); continue }
      try {
        const form = parseForm(raw, where)
        const key = (form.opensSentence ? '^' : '') + form.words.join(' ')
        if (key !== key.toLowerCase()) fail(`formen ”${key}” ska skrivas med gemener`)
        if (seenForms.has(key)) fail(`formen ”${key}” finns redan i ${seenForms.get(key)}`)
        seenForms.set(key, `${file.split('/').pop()} (${e.id})`)
        forms.push(form)
      } catch (err) {
        fail(err.message)
      }
    }
    for (const s of [e.note, e.source, ...(e.prefer ?? [])]) {
      if (typeof s === 'string' && s.normalize('NFC') !== s) fail('text som inte är NFC')
    }
    const unless = e.unless === undefined ? undefined : {
      before: readGuardWords(e.unless.before),
      after: readGuardWords(e.unless.after),
      sentenceHas: readGuardWords(e.unless.sentenceHas),
      soonAfter: readGuardWords(e.unless.soonAfter),
      ...(e.unless.endsClause === true ? { endsClause: true } : {}),
    }
    const onlyIf = e.onlyIf === undefined ? undefined : { sentenceHas: readGuardWords(e.onlyIf.sentenceHas) }
    if (onlyIf && !onlyIf.sentenceHas?.length) fail('onlyIf ska ha sentenceHas')
    if (e.matchCapitalised !== undefined && typeof e.matchCapitalised !== 'boolean') fail('matchCapitalised ska vara true eller false')
    if (e.category !== undefined && (typeof e.category !== 'string' || e.category.trim() === '')) fail('category ska vara text')
    if (e.agreement !== undefined) {
      // the fixes are an adjective's forms, one per phrase they agree with, in the same order in every form
      const slots = e.agreement
      if (!Array.isArray(slots) || slots.length < 2 || new Set(slots).size !== slots.length || slots.some((x) => !AGREEMENT_SLOTS.has(x))) {
        fail(`agreement ska vara en lista med olika värden av ${[...AGREEMENT_SLOTS].join(', ')}`)
      } else {
        for (const form of forms) if (form.fixes.length > 0 && form.fixes.length !== slots.length) fail(`formen ”${form.words.join(' ')}” ska ha en ersättning för var och en av ${slots.join(', ')}`)
      }
    }
    out.push({
      id: e.id, prefer: e.prefer ?? [], forms, note: e.note.trim(), source: e.source.trim(), url: e.url,
      ...(e.severity ? { severity: e.severity } : {}), ...(unless ? { unless } : {}), ...(onlyIf ? { onlyIf } : {}),
      ...(e.category ? { category: e.category } : {}), ...(e.matchCapitalised === true ? { matchCapitalised: true } : {}),
      ...(e.agreement ? { agreement: e.agreement } : {}),
      examples: { bad: bad ?? [], good: good ?? [] },
    })
  }
  if (errors.length) throw new Error(`Fel i ${file}:\n  ${errors.join('\n  ')}`)
  return out
}

/** Validates the supplementary word list (groups of words, one source each) and flattens it. */
export function compileWordGroups(file) {
  const data = parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(data)) throw new Error(`${file}: filen ska vara en lista med grupper`)
  const errors = []
  const seen = new Map()
  const words = []
  for (const [index, group] of data.entries()) {
    const where = `${file} grupp ${index + 1} (${group?.source ?? '?'})`
    for (const field of ['source', 'url', 'note']) {
      if (typeof group?.[field] !== 'string' || group[field].trim() === '') errors.push(`${where}: ${field} saknas`)
    }
    if (typeof group?.url === 'string' && !/^https?:\/\/\S+$/.test(group.url)) errors.push(`${where}: url ska vara en webbadress`)
    if (!Array.isArray(group?.words) || group.words.length === 0) { errors.push(`${where}: words saknas`); continue }
    for (const w of group.words) {
      if (typeof w !== 'string' || w.trim() !== w || w === '' || w.normalize('NFC') !== w) { errors.push(`${where}: ogiltigt ord ${JSON.stringify(w)}`); continue }
      if (/\s/.test(w)) errors.push(`${where}: ”${w}” innehåller mellanslag; ett ord per rad`)
      if (seen.has(w)) errors.push(`${where}: ”${w}” finns redan i ${seen.get(w)}`)
      seen.set(w, group.source)
      words.push(w)
    }
  }
  if (errors.length) throw new Error(`Fel i ${file}:\n  ${errors.join('\n  ')}`)
  return words
}

/** Phrase lists in dictionaries/, one per rule that reports them. */
const PHRASE_LISTS = ['plain-words', 'abbreviations', 'nominalizations', 'inclusive-language', 'jargon', 'buzzwords', 'anglicisms', 'empty-phrases']

/** Compiles every list the bundle needs into server/src/generated/. */
export function compileData(root) {
  const outDir = join(root, 'server/src/generated')
  mkdirSync(outDir, { recursive: true })
  const write = (name, value) => writeFileSync(join(outDir, name), JSON.stringify(value) + '\n')
  // a form may stand in one phrase list only, or two rules would report the same words
  const seenForms = new Map()
  const counts = {}
  for (const list of PHRASE_LISTS) {
    const entries = compilePhraseList(join(root, `dictionaries/${list}.yaml`), seenForms)
    // examples are for tests, not for the bundle
    write(`${list}.json`, entries.map(({ examples, ...rest }) => rest))
    write(`${list}.examples.json`, entries.map(({ id, examples }) => ({ id, ...examples })))
    counts[list] = entries.length
  }
  const extraWords = compileWordGroups(join(root, 'dictionaries/extra-words.yaml'))
  write('extra-words.json', extraWords)
  const knownAcronyms = compileWordGroups(join(root, 'dictionaries/known-acronyms.yaml'))
  const notAcronym = knownAcronyms.filter((w) => !/^\p{Lu}[\p{Lu}\d]+$/u.test(w))
  if (notAcronym.length) throw new Error(`Fel i dictionaries/known-acronyms.yaml: skriv förkortningarna med versaler: ${notAcronym.join(', ')}`)
  write('known-acronyms.json', knownAcronyms)
  return { ...counts, extraWords: extraWords.length, knownAcronyms: knownAcronyms.length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = compileData(join(dirname(new URL(import.meta.url).pathname), '..'))
  console.log(`data: ${JSON.stringify(counts)}`)
}
