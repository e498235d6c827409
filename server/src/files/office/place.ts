import type { BlockSummary, DocumentOverview } from '../../engine/types'
import { readable } from '../../engine/fillers'

/**
 * Where a checked text came from when it is not the file itself: a Word file read as HTML, or a
 * PDF read as plain text with the offset each page starts at. Plain data, so it crosses threads.
 */
export type DocumentSource = { kind: 'docx' } | { kind: 'pdf'; pageStarts: number[] }

/**
 * A finding's place as the reader of a Word file or PDF finds it: the paragraph (counted over
 * paragraphs, headings, list items and table cells with text, from 1), the heading it stands
 * under, the page of a PDF, and the words around it.
 */
export interface Place {
  paragraph: number
  /** The nearest heading before the paragraph; absent before the first heading and in a PDF. */
  heading?: string
  /** True when the finding is in a heading itself (then `heading` is that heading). */
  inHeading?: boolean
  /** The PDF page, from 1. */
  page?: number
  /** The finding's text with a few words either side, `…` where the paragraph goes on. */
  context: string
}

const AROUND = 30
const MAX_HEADING = 60
const MAX_ACTUAL = 80

/**
 * Gives each finding's place in a document read from a Word file or PDF, from the checked
 * document's blocks: one search per finding, so a long document with many findings stays fast.
 */
export function placeFinder(overview: DocumentOverview, source: DocumentSource): (offset: number, endOffset: number) => Place {
  const blocks = overview.blocks.filter((b) => b.kind !== 'code')
  const headings: Array<string | undefined> = []
  let heading: string | undefined
  for (const b of blocks) {
    if (b.kind === 'heading') heading = cut(flat(overview.text.slice(b.start, b.end)), MAX_HEADING)
    headings.push(heading)
  }
  return (offset, endOffset) => {
    const i = blockAt(blocks, offset)
    const block = blocks[i] as BlockSummary | undefined
    const place: Place = { paragraph: i + 1, context: context(overview.text, block, offset, endOffset) }
    if (block?.kind === 'heading') Object.assign(place, { heading: headings[i], inHeading: true })
    else if (headings[i]) place.heading = headings[i]
    if (source.kind === 'pdf') place.page = pageAt(source.pageStarts, offset)
    return place
  }
}

/** `stycke 12 (under ”Bakgrund”)`, `sida 3`: a place in words, for a line of text output. */
export function describePlace(place: Place): string {
  if (place.page !== undefined) return `sida ${place.page}`
  if (place.inHeading) return `stycke ${place.paragraph} (rubriken)`
  return `stycke ${place.paragraph}${place.heading ? ` (under ”${place.heading}”)` : ''}`
}

/** The index of the block that holds `offset`, else the last one before it (0 before the first). */
function blockAt(blocks: BlockSummary[], offset: number): number {
  let lo = 0
  let hi = blocks.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid].start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

function pageAt(starts: number[], offset: number): number {
  let page = 1
  for (let i = 1; i < starts.length && starts[i] <= offset; i++) page = i + 1
  return page
}

function context(text: string, block: BlockSummary | undefined, offset: number, endOffset: number): string {
  const from = block && block.start <= offset ? block.start : offset
  const to = block && block.end >= endOffset ? block.end : endOffset
  const actual = cut(flat(text.slice(offset, endOffset)), MAX_ACTUAL)
  const left = flat(text.slice(Math.max(from, offset - AROUND * 2), offset), false)
  const right = flat(text.slice(endOffset, Math.min(to, endOffset + AROUND * 2)), false)
  const head = tail(left, offset - AROUND * 2 > from)
  const rest = lead(right, endOffset + AROUND * 2 < to)
  return `${head}${actual}${rest}`
}

/** The last words of the text before a finding, about AROUND characters, `…` in front when cut. */
function tail(text: string, more: boolean): string {
  if (text.length <= AROUND && !more) return text.trimStart()
  const cutAt = text.indexOf(' ', text.length - AROUND)
  return `…${cutAt >= 0 ? text.slice(cutAt + 1) : text.slice(-AROUND)}`
}

/** The first words after a finding, about AROUND characters, `…` after when cut. */
function lead(text: string, more: boolean): string {
  if (text.length <= AROUND && !more) return text.trimEnd()
  const cutAt = text.lastIndexOf(' ', AROUND)
  return `${cutAt > 0 ? text.slice(0, cutAt) : text.slice(0, AROUND)}…`
}

/** The text on one line as a reader sees it; an image (a Word file's, read as HTML) as ”[bild: alt]”. */
function flat(text: string, trim = true): string {
  const s = readable(text)
    .replace(/<img\b[^>]*>/g, (tag) => {
      const alt = /\balt="([^"]*)"/.exec(tag)?.[1]?.trim()
      return alt ? `[bild: ${alt}]` : '[bild]'
    })
    .replace(/\s+/g, ' ')
  return trim ? s.trim() : s
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
