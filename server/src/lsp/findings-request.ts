import type { Finding } from '../engine/types'
import { replacementEdit } from '../engine/fix'
import { caseKeptSuggestions, isOneWord } from './spelling-actions'
import { CATEGORY_NAMES } from '../report/category-names'
import { spelling as spellingRule } from '../rules/spelling'
import { enSpelling } from '../rules/english/en-spelling'
import type { CheckedVersion } from './document-checker'
import type { FindingResult, FindingsResult, OffsetEditResult, SuggestionsResult } from '../protocol'

/** The answer to klarsprak/findings for a checked version (see protocol/index.ts). */
export function findingsResult(checked: CheckedVersion): FindingsResult {
  return { version: checked.version, findings: checked.findings.map((f) => findingResult(checked.text, f)), fixAll: unambiguousEdits(checked) }
}

function findingResult(text: string, f: Finding): FindingResult {
  const isSpelling = f.ruleId === spellingRule.id || f.ruleId === enSpelling.id
  return {
    from: f.offset,
    to: f.endOffset,
    ruleId: f.ruleId,
    category: f.category,
    categoryName: CATEGORY_NAMES[f.category],
    severity: f.severity,
    message: f.message,
    ...(f.note ? { note: f.note } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.url ? { url: f.url } : {}),
    fixes: f.expected.map((replacement) => ({ title: fixTitle(f, replacement), edits: [edit(text, f, replacement)] })),
    // a word split in two or with a fix of its own needs no guesses beside it (as in the editor)
    ...(isSpelling && f.expected.length === 0 && isOneWord(f) ? { unknownWord: f.actual } : {}),
  }
}

/** What a fix is called, in the editor's menu and on the page's buttons. */
export function fixTitle(f: Finding, replacement: string): string {
  return replacement === '' ? `Ta bort ”${f.actual}”` : `Ersätt med ”${replacement}”`
}

/**
 * Every finding with exactly one alternative, as non-overlapping edits: what "åtgärda alla
 * entydiga fynd" applies (the same choice as the editor's fix-all action).
 */
export function unambiguousEdits(checked: CheckedVersion): OffsetEditResult[] {
  const edits: OffsetEditResult[] = []
  let lastEnd = -1
  for (const f of checked.findings) {
    if (f.expected.length !== 1 || f.offset < lastEnd) continue
    edits.push(edit(checked.text, f, f.expected[0]))
    lastEnd = f.endOffset
  }
  return edits
}

function edit(text: string, f: Finding, replacement: string): OffsetEditResult {
  const e = replacementEdit(text, f.offset, f.endOffset, replacement)
  return { from: e.offset, to: e.endOffset, insert: e.newText }
}

/** Suggestions for unknown words, in the word's own case, without the word itself. */
export function suggestionsResult(words: unknown, suggest: ((word: string) => string[]) | undefined): SuggestionsResult {
  const out: SuggestionsResult = {}
  for (const word of Array.isArray(words) ? words.slice(0, 200) : []) {
    if (typeof word !== 'string' || word in out) continue
    out[word] = suggest ? caseKeptSuggestions(word, suggest) : []
  }
  return out
}
