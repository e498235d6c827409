/**
 * Characters that hold a place in a block's text without being text. A block's text has the
 * length of its source, but a reader sees less than the source holds: `h&auml;r` is the word
 * *här*, and `Skatteverket</a>s` is *Skatteverkets*. Where the source is longer than what it
 * shows, the rest of its length is filled with one of these, so offsets stay the source's while
 * the tokenizer reads the words the reader sees (tokenize.ts leaves fillers out and maps offsets
 * back). Both are Unicode noncharacters, which the standard reserves for internal use: no text
 * holds them, so no word a writer typed is ever taken for one.
 */

/**
 * Follows a decoded character reference for the rest of its length (`&auml;` is `ä` and five of
 * these). A token that ends on the decoded character takes its tail too, so a finding covers the
 * whole reference and a fix never leaves half of one behind.
 */
export const REFERENCE_TAIL = '\uFDD0'

/**
 * Stands for markup between two visible characters with nothing visible between them
 * (`Skatteverket</a>s`, `miljö<wbr>förvaltning`): the words on either side are one word.
 */
export const JOIN = '\uFDD1'

const ANY_FILLER = /[\uFDD0\uFDD1]/
const ALL_FILLERS = /[\uFDD0\uFDD1]/g

/** True when the text holds a filler, so its words must be read around them. */
export function hasFillers(text: string): boolean {
  return ANY_FILLER.test(text)
}

/** The text as a reader sees it: fillers left out (`hä·····r` → `här`). */
export function readable(text: string): string {
  return ANY_FILLER.test(text) ? text.replace(ALL_FILLERS, '') : text
}

/**
 * The text as a reader sees it, with where each of its characters stands in the text: what a
 * parser reads when the text holds fillers, and how its offsets map back.
 */
export function visibleWithPlaces(text: string): { visible: string; at: number[] } {
  const at: number[] = []
  const visible: string[] = []
  for (let i = 0; i < text.length; i++) {
    if (isFiller(text.charCodeAt(i))) continue
    at.push(i)
    visible.push(text[i])
  }
  return { visible: visible.join(''), at }
}

/** True for either filler's UTF-16 code. */
export function isFiller(code: number): boolean {
  return code === 0xfdd0 || code === 0xfdd1
}
