/** A text edit in document offsets (UTF-16), end exclusive. */
export interface OffsetEdit {
  offset: number
  endOffset: number
  newText: string
}

/**
 * The edit that replaces a finding's text with one of its alternatives. Removing a word
 * (empty replacement) also removes one space next to it, so no double space is left.
 */
export function replacementEdit(text: string, offset: number, endOffset: number, replacement: string): OffsetEdit {
  if (replacement !== '') return { offset, endOffset, newText: replacement }
  if (text[endOffset] === ' ') return { offset, endOffset: endOffset + 1, newText: '' }
  if (offset > 0 && text[offset - 1] === ' ') return { offset: offset - 1, endOffset, newText: '' }
  return { offset, endOffset, newText: '' }
}
