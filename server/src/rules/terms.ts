import { defineRule, type TermSetting } from '../engine/rule'
import { PhraseTable, swedishList, type PhraseEntry, type PhraseForm } from './phrase-table'
import { matchCase } from '../engine/case'

/** Endings a Swedish noun takes: definite, plural, genitive (kommun → kommunen, kommuner, kommuns). */
const ENDINGS = ['', 's', 'n', 'ns', 'en', 'ens', 'et', 'ets', 'na', 'nas', 'ar', 'arna', 'arnas', 'er', 'erna', 'ernas', 'or', 'orna', 'r', 'rna', 'rnas']
/** Endings whose replacement can be built the same way for the preferred word (singular forms). */
const SAFE_FOR_FIX = new Set(['', 's', 'n', 'ns', 'en', 'ens', 'et', 'ets'])
/** Words shorter than this are matched as written only: their endings would hit other words (bar → bara). */
const MIN_INFLECTED = 5

const tables = new WeakMap<readonly TermSetting[], PhraseTable>()

/** The team's own replacements from `.klarsprak.json` (`terms`), matched in inflected form. */
export const terms = defineRule({
  id: 'terms',
  category: 'plain-language',
  defaultSeverity: 'warning',
  description: 'Teamets egna ordval från konfigurationsfilen (”terms”): ord och fraser att undvika och vad ni skriver i stället.',
  checkBlock(block, ctx) {
    if (!ctx.terms || ctx.terms.length === 0) return
    let table = tables.get(ctx.terms)
    if (!table) {
      table = new PhraseTable(ctx.terms.map(toEntry))
      tables.set(ctx.terms, table)
    }
    for (const match of table.matches(block)) {
      const actual = ctx.doc.text.slice(match.start, match.end)
      const shown = actual.replace(/\s+/g, ' ')
      ctx.report({
        message: match.entry.note || `Skriv ${swedishList(match.entry.prefer)} i stället för ”${shown}”.`,
        actual,
        expected: match.form.fixes.map((f) => matchCase(f, actual)),
        note: 'Teamets eget ordval, från konfigurationsfilen .klarsprak.json.',
        source: 'Teamets konfiguration (.klarsprak.json, ”terms”)',
        severity: match.entry.severity,
        offset: match.start,
        endOffset: match.end,
      })
    }
  },
})

function toEntry(term: TermSetting, index: number): PhraseEntry {
  const forms: PhraseForm[] = []
  const seen = new Set<string>()
  for (const avoid of term.avoid) {
    const words = avoid.toLowerCase().split(/\s+/).filter(Boolean)
    const last = words[words.length - 1]
    for (const { form, ending, stemDropped } of inflections(last)) {
      const key = [...words.slice(0, -1), form].join(' ')
      if (seen.has(key)) continue
      seen.add(key)
      forms.push({ words: key.split(' '), fixes: fixesFor(term.prefer, ending, stemDropped) })
    }
  }
  const matchCapitalised = term.avoid.some((a) => /\p{Lu}/u.test(a))
  return { id: `term-${index}`, prefer: term.prefer, forms, note: term.message ?? '', source: '', url: '', severity: term.severity, matchCapitalised }
}

function inflections(word: string): Array<{ form: string; ending: string; stemDropped: boolean }> {
  if ([...word].length < MIN_INFLECTED) return [{ form: word, ending: '', stemDropped: false }, { form: `${word}s`, ending: 's', stemDropped: false }]
  const out = ENDINGS.map((ending) => ({ form: word + ending, ending, stemDropped: false }))
  if (/[ae]$/.test(word)) out.push(...ENDINGS.filter((e) => e !== '').map((ending) => ({ form: word.slice(0, -1) + ending, ending, stemDropped: true })))
  return out
}

/** The preferred words with the same ending, where that is safe; otherwise only for the base form. */
function fixesFor(prefer: string[], ending: string, stemDropped: boolean): string[] {
  if (ending === '') return prefer
  if (!SAFE_FOR_FIX.has(ending)) return []
  return prefer.filter((p) => !p.includes(' ') || ending === 's').map((p) => (stemDropped && /[ae]$/.test(p) ? p.slice(0, -1) : p) + ending)
}
