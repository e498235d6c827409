import { defineRule, type Rule } from '../engine/rule'
import { PhraseTable, swedishList, type PhraseEntry, type PhraseMatch } from './phrase-table'
import { agreeingFixes, firstReflexive, hasReflexive, reflexiveIn, withReflexives, wordBefore } from './fix-agreement'
import { isAllCapitals, matchCase } from '../engine/case'
import { isMentionedOrCited } from './word-context'
import type { Category, Severity, Token } from '../engine/types'

interface PhraseRuleSpec {
  id: string
  category: Category
  defaultSeverity: Severity
  description: string
  entries: readonly PhraseEntry[]
  /**
   * The message for a match; `shown` is the matched text on one line, `fixes` what its quick fixes
   * write, and also a fix not offered because its reflexive has no clear person (yttra sig).
   */
  message?: (shown: string, entry: PhraseEntry, fixes: readonly string[]) => string
}

/**
 * "Skriv hellre ”fick” än ”erhöll”.": the message names what the quick fix writes, in the form
 * and case of the matched text, so the two never disagree; the entry's base forms where the form
 * has no safe fix, or a request to rewrite when the list gives no alternative.
 */
function defaultMessage(shown: string, entry: PhraseEntry, fixes: readonly string[]): string {
  if (fixes.length > 0 && fixes.every((f) => f === '')) return `Stryk ”${shown}”.`
  const words = alternatives(entry, fixes)
  return words.length > 0 ? `Skriv hellre ${swedishList(words)} än ”${shown}”.` : `Skriv om ”${shown}” med ett enklare uttryck.`
}

/** What a message names as the alternative: the quick fixes for this form, else the entry's base forms. */
export function alternatives(entry: PhraseEntry, fixes: readonly string[]): readonly string[] {
  const words = fixes.filter((f) => f !== '')
  return words.length > 0 ? words : entry.prefer
}

/**
 * A rule backed by a phrase list in dictionaries/: every match is reported with its entry's note,
 * source and per-form fixes, in the case of the matched text, except where the text mentions or
 * cites the words rather than uses them (word-context.ts). A match that ends its sentence
 * with an abbreviation's full stop (… m.m.) keeps that full stop in the fix; a fix agrees with
 * its sentence (fix-agreement.ts).
 */
export function phraseRule(spec: PhraseRuleSpec): Rule<Record<string, never>> {
  const table = new PhraseTable(spec.entries)
  const message = spec.message ?? defaultMessage
  return defineRule<Record<string, never>>({
    id: spec.id,
    category: spec.category,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    checkBlock(block, ctx) {
      for (const match of table.matches(block)) {
        if (isMentionedOrCited(block, ctx.doc.text, match.start, match.end)) continue
        const actual = ctx.doc.text.slice(match.start, match.end)
        const endsSentence = actual.endsWith('.') && isLastToken(match.end, match.sentenceTokens)
        const { expected, named, reflexive } = fixesInContext(match, actual, endsSentence)
        const explained = message(actual.replace(/\s+/g, ' '), match.entry, named)
        ctx.report({
          message: reflexive === undefined ? explained : `${explained} ${adaptReflexive(reflexive)}`,
          actual,
          expected,
          note: match.entry.note,
          source: match.entry.source,
          url: match.entry.url,
          severity: match.entry.severity,
          offset: match.start,
          endOffset: match.end,
        })
      }
    },
  })
}

/**
 * A match's fixes as they fit its sentence: in its case, with the full stop it ends on, in the
 * form that agrees with the word before (ett så kallat) and with reflexives in the person they
 * refer to (Vi ber dig yttra dig). A fix whose reflexive has no clear person is not offered but
 * still named (`named`), with that reflexive (`reflexive`) for the message.
 */
function fixesInContext(match: PhraseMatch, actual: string, endsSentence: boolean): { expected: string[]; named: string[]; reflexive?: string } {
  const fixes = match.entry.agreement ? agreeingFixes(match.form.fixes, match.entry.agreement, wordBefore(match.sentenceTokens, match.start)) : match.form.fixes
  const expected: string[] = []
  const named: string[] = []
  let reflexive: string | undefined
  for (const fix of fixes) {
    let cased = matchCase(fix, caseModel(actual, match.start, match.sentenceTokens))
    if (endsSentence && fix !== '' && !cased.endsWith('.')) cased = `${cased}.`
    const fitted = hasReflexive(cased) ? withReflexives(cased, match.sentenceTokens, match.start) : cased
    if (fitted === undefined) reflexive ??= firstReflexive(cased)
    else expected.push(fitted)
    named.push(fitted ?? cased)
  }
  return { expected, named, reflexive }
}

/** Asks the writer to make a reflexive the fix could not place agree: Byt ”sig” mot ”dig”, ”er” eller ”oss” … */
function adaptReflexive(reflexive: string): string {
  const forms = (['du', 'ni', 'vi'] as const).map((p) => `”${reflexiveIn(reflexive.toLowerCase(), p)}”`)
  return `Byt ”${reflexive.toLowerCase()}” mot ${forms[0]}, ${forms[1]} eller ${forms[2]} om det passar meningen.`
}

/**
 * The case a fix copies: the matched text's, except that a word in capitals amid lowercase text
 * keeps its role (a capital first in a sentence) and not its shouting, which the shouting rule
 * advises on; in a heading or a line in capitals throughout, the fix is in capitals too.
 */
function caseModel(actual: string, start: number, tokens: Token[]): string {
  if (!isAllCapitals(actual)) return actual
  const shouted = tokens.some((t) => t.kind === 'word' && (t.start < start || t.start >= start + actual.length) && /\p{Ll}/u.test(t.text))
  if (!shouted) return actual
  const first = tokens.find((t) => t.kind === 'word')
  return first !== undefined && first.start === start ? actual.charAt(0) + actual.slice(1).toLowerCase() : actual.toLowerCase()
}

function isLastToken(end: number, tokens: Token[]): boolean {
  return tokens.every((t) => t.end <= end || t.kind === 'whitespace' || /^["”’)\]]+$/.test(t.text))
}
