import { defineRule, type Rule } from '../engine/rule'
import { PhraseTable, swedishList, type PhraseEntry } from './phrase-table'
import { matchCase } from '../engine/case'
import { isQuoted } from '../engine/model'
import type { Category, Severity, Token } from '../engine/types'

interface PhraseRuleSpec {
  id: string
  category: Category
  defaultSeverity: Severity
  description: string
  entries: readonly PhraseEntry[]
  /** The message for a match; `shown` is the matched text on one line. */
  message?: (shown: string, entry: PhraseEntry) => string
  /** Leave matches inside quotation marks alone: a text that quotes a word talks about it. */
  skipQuoted?: boolean
}

/** "Skriv hellre ”få” än ”erhålla”." – or a request to rewrite when the list gives no alternative. */
function defaultMessage(shown: string, entry: PhraseEntry): string {
  return entry.prefer.length > 0
    ? `Skriv hellre ${swedishList(entry.prefer)} än ”${shown}”.`
    : `Skriv om ”${shown}” med ett enklare uttryck.`
}

/**
 * A rule backed by a phrase list in dictionaries/: every match is reported with its entry's note,
 * source and per-form fixes, in the case of the matched text. A match that ends its sentence
 * with an abbreviation's full stop (… m.m.) keeps that full stop in the fix.
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
        if (spec.skipQuoted && isQuoted(block.quotes, match.start, match.end)) continue
        const actual = ctx.doc.text.slice(match.start, match.end)
        const endsSentence = actual.endsWith('.') && isLastToken(match.end, match.sentenceTokens)
        ctx.report({
          message: message(actual.replace(/\s+/g, ' '), match.entry),
          actual,
          expected: match.form.fixes.map((fix) => {
            const cased = matchCase(fix, actual)
            return endsSentence && fix !== '' && !cased.endsWith('.') ? `${cased}.` : cased
          }),
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

function isLastToken(end: number, tokens: Token[]): boolean {
  return tokens.every((t) => t.end <= end || t.kind === 'whitespace' || /^["”’)\]]+$/.test(t.text))
}
