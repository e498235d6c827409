import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'
import { JOIN, REFERENCE_TAIL } from './fillers'

/**
 * The characters of an HTML page as a reader sees them, at the source's offsets: a page's text
 * kept as UTF-16 codes, so a 5 MB page costs two arrays of its length rather than millions of
 * strings. html-blocks.ts paints text into them and cuts blocks out of them.
 */

const SPACE = 0x20
const LF = 0x0a
const CR = 0x0d
const AMPERSAND = 0x26
const LESS_THAN = 0x3c
const NUL = 0x00
const REPLACEMENT = 0xfffd
const TAIL = REFERENCE_TAIL.charCodeAt(0)
const JOIN_CODE = JOIN.charCodeAt(0)
const WHITESPACE = /^\s$/u

/** The source's UTF-16 codes. */
export function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
  return codes
}

/** As many blanks as the text is long, its line breaks kept (so a block's lines are the source's). */
export function blankLike(text: string): Uint16Array {
  const codes = new Uint16Array(text.length).fill(SPACE)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) codes[i] = LF
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) codes[i] = CR
  return codes
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })

/** Codes back to a string of the same length (a lone surrogate becomes U+FFFD, one code for one). */
export function stringOf(codes: Uint16Array): string {
  return utf16.decode(codes)
}

/** Fills [start, end) with `code`, line breaks kept. */
export function fill(codes: Uint16Array, start: number, end: number, code: number): void {
  for (let i = start; i < end; i++) if (codes[i] !== LF && codes[i] !== CR) codes[i] = code
}

/** Markup: the words on either side join (see fillers.ts). */
export function fillMarkup(codes: Uint16Array, start: number, end: number): void {
  fill(codes, start, end, JOIN_CODE)
}

let decoded = ''
let consumed = 0
const decoder = new HtmlEntityDecoder((codePoint, length) => {
  decoded += String.fromCodePoint(codePoint)
  consumed = length
})

/**
 * The character reference at `text[at]` (an ampersand) as the HTML parser reads it in text (the
 * legacy rules: `&auml` without its semicolon counts too): what it stands for and its length in
 * the source, or undefined where the ampersand starts none.
 */
export function referenceAt(text: string, at: number): { value: string; length: number } | undefined {
  decoded = ''
  consumed = 0
  decoder.startEntity(DecodingMode.Legacy)
  if (decoder.write(text, at + 1) < 0) decoder.end()
  return consumed > 0 && decoded !== '' ? { value: decoded, length: consumed } : undefined
}

/**
 * Writes a text node's characters into `view` at their source offsets, `source[start, end)`:
 * each character reference as the character it stands for followed by REFERENCE_TAIL for the
 * rest of its length (by spaces when it stands for a blank), everything else as in the source. `value` is the parser's text for the
 * node; the source is read against it, so whatever the parser read through without keeping (a
 * stray end tag inside the text) becomes JOIN rather than words. A reference that stands for a
 * line break becomes a space: the view keeps the source's lines.
 */
export function paintText(source: string, start: number, end: number, value: string, view: Uint16Array): void {
  let j = 0
  let i = start
  while (i < end) {
    const c = source.charCodeAt(i)
    if (c === AMPERSAND) {
      const ref = referenceAt(source, i)
      if (ref && i + ref.length <= end && value.startsWith(ref.value, j)) {
        for (let k = 0; k < ref.value.length; k++) view[i + k] = visibleCode(ref.value.charCodeAt(k))
        // a blank (&nbsp;) is followed by blanks: rules that read `15&nbsp;000 kr` see a space between the groups
        view.fill(WHITESPACE.test(ref.value) ? SPACE : TAIL, i + ref.value.length, i + ref.length)
        i += ref.length
        j += ref.value.length
        continue
      }
    }
    if (c === value.charCodeAt(j)) {
      i++
      j++
    } else if (c === CR) {
      // the parser reads CR LF and a lone CR as LF: the view keeps the source's line breaks
      i += source.charCodeAt(i + 1) === LF ? 2 : 1
      j++
    } else if (c === NUL) {
      view[i++] = SPACE
      if (value.charCodeAt(j) === REPLACEMENT) j++
    } else if (c === LESS_THAN) {
      const close = source.indexOf('>', i)
      const stop = close < 0 || close >= end ? i + 1 : close + 1
      fillMarkup(view, i, stop)
      i = stop
    } else {
      view[i++] = JOIN_CODE
    }
  }
}

/** A decoded character as the view holds it: no line breaks (the view keeps the source's lines) and no fillers. */
function visibleCode(code: number): number {
  if (code === LF || code === CR || code === 0x2028 || code === 0x2029 || code === 0x85) return SPACE
  if (code === TAIL || code === JOIN_CODE) return REPLACEMENT
  return code
}

/** Tag ranges with touching ranges joined (`</a></strong>` is one stretch of markup). */
export function mergedRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = out[out.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

/**
 * [first, last) of what a reader sees in codes[start, end): blanks trimmed on both sides, and a
 * character reference that stands for a blank (`&nbsp;`) trimmed whole, tail and all.
 */
export function visibleExtent(codes: Uint16Array, start: number, end: number): [number, number] {
  let first = start
  while (first < end && (isBlank(codes[first]) || codes[first] === TAIL)) first++
  let last = end
  while (last > first) {
    let char = last - 1
    while (char > first && codes[char] === TAIL) char--
    if (!isBlank(codes[char])) break
    last = char
  }
  return [first, last]
}

/** Whitespace (no-break space too) or a blank left by markup: nothing a reader sees. */
export function isBlank(code: number): boolean {
  return code === SPACE || code === LF || code === CR || code === 0x09 || code === 0x0c || code === 0xa0 || code === JOIN_CODE
}

export { SPACE, LF }
