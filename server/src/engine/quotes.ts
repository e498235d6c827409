import type { QuotedSpan } from './types'

/**
 * Quotations in a block's text: ”…” (the Swedish style), “…”, „…“, "…", »…«, »…», «…», ’…’,
 * ‘…’ and '…'. Quotes may nest (”han sa ’nej’”) and may span sentences. A mark opens only
 * where a quotation can start (after a space or an opening bracket, before a non-space) and
 * closes only where one can end, so the apostrophe in *Anna's* or *kids’* never pairs up; a
 * quotation left open says nothing and is dropped.
 */

/** Each opening mark with the marks that close it. */
const CLOSERS: Record<string, string> = {
  '”': '”',
  '“': '”',
  '„': '“”',
  '"': '"',
  '»': '«»',
  '«': '»',
  '’': '’',
  '‘': '’',
  "'": "'",
}
const ANY_MARK = /["'”“„«»’‘]/
const MARKS = /["'”“„«»’‘]/g
const SPACE = /\s/u
const WORD = /[\p{L}\p{N}]/u
/** What may stand before an opening mark besides a space: brackets, dashes, slashes, other marks. */
const BEFORE_OPEN = /[([{–—\-/:"'”“„«»’‘]/u

interface Open {
  mark: string
  at: number
}

/** What most blocks hold: one shared, frozen empty list rather than a new one per block. */
const NONE: readonly QuotedSpan[] = Object.freeze([])

/** The block's quoted spans, in order of their opening marks, with offsets plus `base`. */
export function quotedSpans(text: string, base: number): readonly QuotedSpan[] {
  if (!ANY_MARK.test(text)) return NONE
  const spans: QuotedSpan[] = []
  const stack: Open[] = []
  MARKS.lastIndex = 0
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index
    const c = m[0]
    const before = text[i - 1]
    const after = text[i + 1]
    const canClose = before !== undefined && !SPACE.test(before) && (after === undefined || !WORD.test(after))
    const canOpen = after !== undefined && !SPACE.test(after) && (before === undefined || SPACE.test(before) || BEFORE_OPEN.test(before))
    const closes = canClose ? findOpen(stack, c) : -1
    if (closes >= 0) {
      const open = stack[closes]
      stack.length = closes
      spans.push({ text: text.slice(open.at + 1, i), start: base + open.at, end: base + i + 1 })
    } else if (canOpen) {
      stack.push({ mark: c, at: i })
    }
  }
  return spans.length > 0 ? spans.sort((a, b) => a.start - b.start) : NONE
}

/** The innermost open quotation that `mark` closes, or -1. */
function findOpen(stack: Open[], mark: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (CLOSERS[stack[k].mark].includes(mark)) return k
  return -1
}

/** Whether offset lies inside a quotation (between its marks). */
export function isQuoted(spans: readonly QuotedSpan[], start: number, end = start + 1): boolean {
  return spans.some((q) => q.start < start && end < q.end)
}
