import type { PdfLine } from './pdf-lines'

/** A PDF's text as plain text: one paragraph per line, blank lines between, and where each page starts. */
export interface PdfText {
  text: string
  /** The offset in `text` where each page's text starts (page 1 at index 0); a page without text starts where the next one does. */
  pageStarts: number[]
}

/** Lines at the top and bottom of a page that may be a running header or footer. */
const EDGE_LINES = 2
const PAGE_NUMBER = /^(?:(?:sida|sid\.|s\.|page)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:av|\/|of)\s*\d{1,4})?$/i
const BULLET = /^(?:[•◦▪‣·●○■□–-]\s|\d{1,2}[.)]\s)/
/** Words after a hyphen that show it stands for the rest of a compound: *miljö- och hälsoskydd*. */
const CONJUNCTION = /^(?:och|eller|samt|respektive|resp\.|till|som|men)\b/

/**
 * Joins a PDF's lines into paragraphs as a reader reads them. Running headers and footers (the same
 * line at the top or bottom of most pages, page numbers in it read as any number) and lone page
 * numbers are left out. A new paragraph starts after a gap wider than the line spacing, at a change
 * of font size and at a bullet; a paragraph runs on to the next page when the page ends mid-sentence
 * and the next begins in lower case. A hyphen at a line's end joins the word (*kommunikations-*
 * *utmaningar*), but stays after a capital or digit (*EU-medel*) and before *och*, *eller*
 * (*miljö- och*).
 */
export function pdfText(pages: PdfLine[][]): PdfText {
  const running = runningLines(pages)
  const paragraphs: string[] = []
  const pageStarts: number[] = []
  let length = 0
  let open: string | undefined
  const close = (): void => {
    if (open === undefined) return
    paragraphs.push(open)
    length += open.length + 2
    open = undefined
  }
  for (const page of pages) {
    const lines = page.filter((line, i) => !isEdge(i, page.length) || !(running.has(key(line)) || PAGE_NUMBER.test(line.text)))
    const first = lines[0]
    if (open !== undefined && first && continues(open, first.text)) pageStarts.push(length + open.length)
    else {
      close()
      pageStarts.push(length)
    }
    lines.forEach((line, i) => {
      if (open === undefined || (i > 0 && breaksBefore(lines[i - 1], line, lines))) {
        close()
        open = line.text
      } else open = joinLines(open, line.text)
    })
  }
  close()
  return { text: paragraphs.join('\n\n'), pageStarts }
}

/**
 * The lines that stand at the top or bottom of at least 60 % of the pages (and two), at the same
 * height, digits read as any digit (*Sida 3 av 12*).
 */
function runningLines(pages: PdfLine[][]): Set<string> {
  const pagesWith = new Map<string, number>()
  for (const page of pages) {
    const keys = new Set(page.filter((_, i) => isEdge(i, page.length)).map(key))
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.6))
  return new Set([...pagesWith].filter(([, n]) => n >= needed).map(([k]) => k))
}

function isEdge(index: number, count: number): boolean {
  return index < EDGE_LINES || index >= count - EDGE_LINES
}

function key(line: PdfLine): string {
  return `${Math.round(line.y / 4)} ${line.text.replace(/\d+/g, '#').toLowerCase()}`
}

/** True when a new paragraph starts at `line`: a wide gap, another font size, a bullet, or a move up (a new column). */
function breaksBefore(previous: PdfLine, line: PdfLine, lines: PdfLine[]): boolean {
  const gap = previous.y - line.y
  if (gap <= 0 || Math.abs(previous.fontSize - line.fontSize) > 0.5 || BULLET.test(line.text)) return true
  return gap > Math.min(typicalGap(lines) * 1.3, line.fontSize * 1.8)
}

const gaps = new WeakMap<PdfLine[], number>()

/** The page's usual distance between lines (the median of the gaps between lines of the same size). */
function typicalGap(lines: PdfLine[]): number {
  let known = gaps.get(lines)
  if (known !== undefined) return known
  const all = lines
    .slice(1)
    .map((line, i) => (Math.abs(line.fontSize - lines[i].fontSize) <= 0.5 ? lines[i].y - line.y : 0))
    .filter((g) => g > 0)
    .sort((a, b) => a - b)
  known = all.length ? all[Math.floor(all.length / 2)] : Infinity
  gaps.set(lines, known)
  return known
}

/** A page's first line continues the last paragraph when that stops mid-sentence and the line starts in lower case. */
function continues(paragraph: string, line: string): boolean {
  return !/[.!?:;)”"]$/.test(paragraph) && /^\p{Ll}/u.test(line) && !BULLET.test(line)
}

/** Two lines of a paragraph as one: a space between them, or a hyphenated word made whole again. */
export function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after
  if (!/[\p{L}\d]-$/u.test(before)) return `${before} ${after}`
  if (/^\p{Ll}/u.test(after) && !/[\p{Lu}\d]-$/u.test(before) && !CONJUNCTION.test(after)) return before.slice(0, -1) + after
  return CONJUNCTION.test(after) ? `${before} ${after}` : before + after
}
