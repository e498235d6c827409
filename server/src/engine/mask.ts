/**
 * Blanking of text that is not prose. Every function returns a string of the same length as
 * its input, so offsets found in the result are offsets in the original.
 */

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"”]+/giu
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
/** Punctuation that ends a sentence rather than belonging to the address before it. */
const TRAILING = /[.,;:!?)\]'’”]+$/u

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ')
}

/** Blanks URLs and e-mail addresses, keeping a sentence-final full stop after them. */
export function blankNonProse(text: string): string {
  if (!text.includes('@') && !/www\.|:\/\//i.test(text)) return text
  const replace = (m: string): string => {
    const tail = TRAILING.exec(m)?.[0] ?? ''
    return blank(m.slice(0, m.length - tail.length)) + tail
  }
  return text.replace(URL, replace).replace(EMAIL, replace)
}

/** Blanks blockquote markers (`> `) at the start of continuation lines inside a block. */
export function blankQuoteMarkers(text: string): string {
  if (!text.includes('>')) return text
  return text.replace(/(^|\n)([ \t]*>[ \t>]*)/g, (_m, nl: string, marker: string) => nl + blank(marker))
}
