import type { Block, BlockKind } from './types'
import { proseBlock } from './mask'
import { isDirectiveLine } from './suppressions'

/** A list marker at the start of a line: dashes, bullets (also the PDF bullet U+F0B7) and "1." / "1)". */
const LIST_MARKER = /^[ \t]*(?:[-*•‣◦▪–\uF0B7]|\d{1,3}[.)])[ \t]+/u
const BLANK_LINE = /^[ \t\u00a0]*$/
const SENTENCE_END = /[.!?:;…]["”’)\]]*[ \t]*$/u
const MAX_HEADING_WORDS = 8

interface Line {
  start: number
  end: number
  text: string
}

/**
 * Splits plain text into blocks: paragraphs separated by blank lines, each list item its own
 * block, and a short first line without end punctuation followed by a capitalised line
 * (a heading in text exported from Word or PDF) its own block.
 */
export function plainBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let group: Line[] = []
  const flush = (): void => {
    if (group.length > 0) splitGroup(group, text, blocks)
    group = []
  }
  for (const line of lines(text)) {
    if (BLANK_LINE.test(line.text) || isDirectiveLine(line.text)) flush()
    else group.push(line)
  }
  flush()
  return blocks
}

function* lines(text: string): Generator<Line> {
  const re = /\r\n|\r|\n/g
  let start = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield { start, end: m.index, text: text.slice(start, m.index) }
    start = m.index + m[0].length
  }
  if (start <= text.length) yield { start, end: text.length, text: text.slice(start) }
}

function splitGroup(group: Line[], text: string, out: Block[]): void {
  const emit = (from: number, to: number, kind?: BlockKind): void => {
    const itemKind = kind ?? (LIST_MARKER.test(group[from].text) ? 'list-item' : 'paragraph')
    out.push(makeBlock(text, group[from].start, group[to - 1].end, itemKind))
  }
  let from = 0
  if (group.length > 1 && looksLikeHeading(group[0].text, group[1].text)) {
    emit(0, 1, 'heading')
    from = 1
  }
  for (let i = from + 1; i < group.length; i++) {
    if (LIST_MARKER.test(group[i].text)) {
      emit(from, i)
      from = i
    }
  }
  emit(from, group.length)
}

function looksLikeHeading(line: string, next: string): boolean {
  if (SENTENCE_END.test(line) || LIST_MARKER.test(line)) return false
  const words = line.trim().split(/\s+/)
  if (words.length > MAX_HEADING_WORDS) return false
  const firstLetter = /\p{L}/u.exec(next)?.[0]
  return firstLetter !== undefined && firstLetter !== firstLetter.toLowerCase() && /^\s*\p{Lu}/u.test(line)
}

function makeBlock(text: string, start: number, end: number, kind: BlockKind): Block {
  let slice = text.slice(start, end)
  const marker = kind === 'list-item' ? LIST_MARKER.exec(slice) : null
  if (marker) slice = ' '.repeat(marker[0].length) + slice.slice(marker[0].length)
  return proseBlock(kind, start, end, slice)
}
