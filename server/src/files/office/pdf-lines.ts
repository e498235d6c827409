/** One piece of text on a PDF page, as pdf.js gives it (y grows upwards from the page's foot). */
export interface PdfItem {
  str: string
  x: number
  y: number
  width: number
  fontSize: number
  hasEOL: boolean
}

/** A line of text on a page: its words, where it stands and its font size. */
export interface PdfLine {
  text: string
  x: number
  y: number
  fontSize: number
}

/**
 * Puts a page's text items together into lines, top to bottom as pdf.js reads them: an item ends
 * its line when pdf.js says so or when the next one stands on another line. Items side by side get
 * a space between them when there is a gap the width of one.
 */
export function pageLines(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: (PdfLine & { end: number }) | undefined
  for (const item of items) {
    if (current && Math.abs(item.y - current.y) > Math.max(item.fontSize, current.fontSize) * 0.5) current = finish(lines, current)
    if (item.str !== '') {
      if (!current) current = { text: item.str, x: item.x, y: item.y, fontSize: item.fontSize, end: item.x + item.width }
      else {
        const gap = item.x - current.end > Math.min(item.fontSize, current.fontSize) * 0.15
        current.text += gap && !/\s$/.test(current.text) && !/^\s/.test(item.str) ? ` ${item.str}` : item.str
        current.end = item.x + item.width
        current.fontSize = Math.max(current.fontSize, item.fontSize)
      }
    }
    if (item.hasEOL && current) current = finish(lines, current)
  }
  if (current) finish(lines, current)
  return lines
}

function finish(lines: PdfLine[], line: PdfLine & { end: number }): undefined {
  const text = line.text.replace(/\s+/g, ' ').trim()
  if (text) lines.push({ text, x: line.x, y: line.y, fontSize: line.fontSize })
  return undefined
}
