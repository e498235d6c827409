import type { Block, BlockKind, Link } from './types'

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

/**
 * Blanks URLs and e-mail addresses, keeping a sentence-final full stop after them. Given `links`,
 * it adds each blanked address there as a link (text and target the address, offsets plus
 * `base`): a bare URL is a link whatever the source format, found in the one place that finds it.
 */
export function blankNonProse(text: string, links?: Link[], base = 0): string {
  if (!text.includes('@') && !/www\.|:\/\//i.test(text)) return text
  const found: Link[] = []
  const replace = (m: string, offset: number): string => {
    const tail = TRAILING.exec(m)?.[0] ?? ''
    const address = m.slice(0, m.length - tail.length)
    const start = base + offset
    const end = start + address.length
    if (links) found.push({ text: address, target: address, start, end, textStart: start, textEnd: end })
    return blank(address) + tail
  }
  const masked = text.replace(URL, replace).replace(EMAIL, replace)
  if (links && found.length > 0) links.push(...found.sort((a, b) => a.start - b.start))
  return masked
}

/** Blanks blockquote markers (`> `) at the start of continuation lines inside a block. */
export function blankQuoteMarkers(text: string): string {
  if (!text.includes('>')) return text
  return text.replace(/(^|\n)([ \t]*>[ \t>]*)/g, (_m, nl: string, marker: string) => nl + blank(marker))
}

/**
 * A block of prose from its raw text: addresses blanked and kept as the block's links. `text`
 * starts at `start`, the offset the links are given from.
 */
export function proseBlock(kind: BlockKind, start: number, end: number, text: string): Block {
  const links: Link[] = []
  const masked = blankNonProse(text, links, start)
  return links.length > 0 ? { kind, start, end, text: masked, links } : { kind, start, end, text: masked }
}
