// Validates dictionaries/english-rules.yaml against the retext plugins' own lists and compiles it
// to JSON for the bundle: a phrase that is not in the plugin's list (a typo, or a newer plugin
// that dropped it) fails the build, so the list never silently stops doing anything.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

/** The plugins' lists are not exported; they are read from the installed packages. */
async function pluginPhrases(root) {
  const lib = (path) => import(pathToFileURL(join(root, 'node_modules', path)).href)
  const { patterns: simplify } = await lib('retext-simplify/lib/patterns.js')
  const replacements = new Map(Object.entries(simplify).map(([phrase, p]) => [phrase, new Set(p.replace)]))
  const { patterns: equality } = await lib('retext-equality/lib/patterns-en.js')
  return {
    simplify: new Set(Object.keys(simplify)),
    replacements,
    inclusive: new Set(equality.flatMap((p) => Object.keys(p.inconsiderate))),
    // which retext-equality entries are about gender (the message says so; the rest are about disability, age, origin ...)
    gendered: equality.filter((p) => p.categories.some((c) => c === 'female' || c === 'male')).map((p) => p.id),
  }
}

function entries(list, known, where, errors) {
  const out = []
  for (const [i, entry] of (list ?? []).entries()) {
    const at = `${where}[${i}]`
    if (typeof entry?.phrase !== 'string' || typeof entry?.why !== 'string' || !entry.why.trim()) errors.push(`${at}: varje post behöver phrase och why`)
    else if (!known.has(entry.phrase)) errors.push(`${at}: "${entry.phrase}" finns inte i insticksprogrammets lista`)
    else out.push(entry.phrase)
  }
  return out
}

/** Each entry's fixes must come from the plugin's own replacements for the phrase: we order and pick, never add. */
function fixOrders(list, known, errors) {
  const out = {}
  const phrases = entries(list, known.simplify, 'simplify.fixes', errors)
  for (const [i, entry] of (list ?? []).entries()) {
    if (!phrases.includes(entry.phrase)) continue
    const allowed = known.replacements.get(entry.phrase)
    const fixes = Array.isArray(entry.fixes) ? entry.fixes.map(String) : []
    const foreign = fixes.filter((f) => !allowed.has(f))
    if (fixes.length === 0 || foreign.length) errors.push(`simplify.fixes[${i}]: ${entry.phrase}: rättelserna ska komma ur listan (${[...allowed].join(', ')})`)
    else out[entry.phrase] = fixes
  }
  return out
}

/** Groups of words that end in -ed after "be" without being passive, each group with its reason. */
function notParticiples(groups, errors) {
  const out = []
  for (const [i, group] of (groups ?? []).entries()) {
    if (typeof group?.why !== 'string' || !Array.isArray(group.words)) errors.push(`passive.not-participles[${i}]: varje grupp behöver why och words`)
    else for (const w of group.words) {
      if (!/^[a-z-]+ed$/.test(String(w))) errors.push(`passive.not-participles[${i}]: "${w}" slutar inte på -ed`)
      else out.push(String(w))
    }
  }
  return out
}

export async function compileEnglishRules(root) {
  const file = join(root, 'dictionaries/english-rules.yaml')
  const data = parse(readFileSync(file, 'utf8'))
  const known = await pluginPhrases(root)
  const errors = []
  const compiled = {
    simplify: {
      skip: entries(data.simplify?.skip, known.simplify, 'simplify.skip', errors),
      noFix: entries(data.simplify?.['no-fix'], known.simplify, 'simplify.no-fix', errors),
      fixes: fixOrders(data.simplify?.fixes, known, errors),
    },
    inclusive: { skip: entries(data.inclusive?.skip, known.inclusive, 'inclusive.skip', errors), pronouns: data.inclusive?.pronouns ?? [], gendered: known.gendered },
  }
  compiled.passive = { notParticiples: notParticiples(data.passive?.['not-participles'], errors) }
  for (const p of compiled.inclusive.pronouns) if (!known.inclusive.has(p)) errors.push(`inclusive.pronouns: "${p}" finns inte i retext-equalitys lista`)
  if (errors.length) throw new Error(`Fel i dictionaries/english-rules.yaml:\n${errors.join('\n')}`)
  mkdirSync(join(root, 'server/src/generated'), { recursive: true })
  writeFileSync(join(root, 'server/src/generated/english-rules.json'), JSON.stringify(compiled) + '\n')
  return compiled
}
