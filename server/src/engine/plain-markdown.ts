import type { Block } from './types'
import { proseBlock } from './mask'

/**
 * Fast paths for chunks with no Markdown syntax beyond list markers. Most chunks of real text are
 * such plain paragraphs or simple lists; reading them directly gives exactly the blocks remark
 * would (tests and a comparison on the whole corpus check that) at a fraction of the cost, in
 * time and in memory.
 */

/** Characters that can start Markdown inline syntax; a chunk with any of them goes to remark. */
const INLINE_SYNTAX = /[`*_[\]<>!\\&|~#$^{}=]/
/**
 * How a line may start when nothing on it can open a Markdown block: a letter, a number that is
 * not an ordered-list marker (1 §, 2024, 14 kap. – but not 1. or 1)), or punctuation that no block
 * syntax uses (dashes other than the hyphen, §, brackets and quotation marks).
 */
const SAFE_START = String.raw`(?:\p{L}|\d+(?![.)\d])|[–—§("”“'’«])`
/** A blank line with text after it: a chunk can hold two paragraphs when the second is indented. */
const TWO_PARAGRAPHS = /\n[ \t]*\n[ \t]*\S/
/** Every line starts safely, or is blank (continuation lines may be indented). */
const LETTER_LINES = new RegExp(String.raw`^(?:${SAFE_START}[^\n]*|[ \t]*)(?:\n(?:[ \t]*${SAFE_START}[^\n]*|[ \t]*))*$`, 'u')

function unsafe(text: string): boolean {
  return INLINE_SYNTAX.test(text) || text.includes('\r') || TWO_PARAGRAPHS.test(text)
}

/** A plain paragraph: one block from its first character to the end of its last line. */
export function plainParagraph(text: string): Block[] | undefined {
  if (unsafe(text) || !LETTER_LINES.test(text)) return undefined
  const lastChar = text.trimEnd().length
  if (lastChar === 0) return []
  // the paragraph runs to the end of its last line, trailing spaces included, as in remark
  const newline = text.indexOf('\n', lastChar)
  const end = newline < 0 ? text.length : newline
  return [proseBlock('paragraph', 0, end, text.slice(0, end))]
}

/** An ATX heading alone on its line: 1–6 hashes, a space, text, no closing hashes or trailing space. */
const HEADING_LINE = /^(#{1,6})[ \t]+(?=\S)([^\n]*\S)\n*$/

/**
 * A heading on a line of its own (`# Rubrik`), as most documents have at the top of every
 * section: one heading block of the given level, whose prose is the text after the hashes.
 */
export function plainHeading(text: string): Block[] | undefined {
  const m = HEADING_LINE.exec(text)
  if (!m || unsafe(m[2]) || text.includes('\r') || !new RegExp(`^${SAFE_START}`, 'u').test(m[2])) return undefined
  const end = m[0].length - (m[0].length - m[0].trimEnd().length)
  const block = proseBlock('heading', 0, end, ' '.repeat(end - m[2].length) + m[2])
  return [{ ...block, level: m[1].length }]
}

/** A list item's first line: a marker (-, + or a number with . or )), one or two spaces, then text that starts safely. */
const ITEM_LINE = new RegExp(String.raw`^([-+]|\d{1,9}[.)]) {1,2}(?=${SAFE_START})`, 'u')
const CONTINUATION_LINE = new RegExp(String.raw`^[ \t]*${SAFE_START}`, 'u')

/**
 * A simple list: every item starts at the margin with the same kind of marker and holds one
 * paragraph (its lines may continue, indented or not). Each item is one list-item block from
 * the text after its marker to the end of its last non-blank line.
 */
export function plainList(text: string): Block[] | undefined {
  if (unsafe(text)) return undefined
  const blocks: Block[] = []
  let marker: string | undefined
  let start = -1
  let end = 0
  let pos = 0
  const close = (): void => {
    if (start >= 0) blocks.push(proseBlock('list-item', start, end, text.slice(start, end)))
  }
  while (pos < text.length) {
    const newline = text.indexOf('\n', pos)
    const lineEnd = newline < 0 ? text.length : newline
    const line = text.slice(pos, lineEnd)
    const item = ITEM_LINE.exec(line)
    if (item) {
      // another kind of marker starts another list, which may have other rules: leave it to remark
      const kind = /\d/.test(item[1]) ? item[1].slice(-1) : item[1]
      if (marker !== undefined && kind !== marker) return undefined
      marker = kind
      close()
      start = pos + item[0].length
      end = lineEnd
    } else if (line.trim() === '') {
      // only trailing blank lines: TWO_PARAGRAPHS has ruled out text after them
    } else if (start >= 0 && CONTINUATION_LINE.test(line)) {
      end = lineEnd
    } else {
      return undefined
    }
    if (newline < 0) break
    pos = newline + 1
  }
  if (start < 0) return undefined
  close()
  return blocks
}
