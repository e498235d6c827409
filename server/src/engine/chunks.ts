/**
 * Splits a document into chunks that can be parsed on their own: runs of lines between blank
 * lines, never splitting inside front matter, a fenced code block, an HTML comment or a raw
 * HTML block, and never before an indented line (list continuations, indented code belong
 * to what precedes them). Parsing chunk by chunk lets a cache re-use everything but the
 * paragraph being edited.
 */
export interface Chunk {
  start: number
  end: number
}

const FENCE = /^\s*(`{3,}|~{3,})/
const RAW_HTML_OPEN = /<(pre|script|style|textarea)\b/i
const BLANK = /^[ \t]*$/

/** Reference-style link definitions reach across the document, so such documents are one chunk. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m

export function splitChunks(text: string, markdown: boolean): Chunk[] {
  if (markdown && REFERENCE_DEFINITION.test(text)) return [{ start: 0, end: text.length }]
  const chunks: Chunk[] = []
  let chunkStart = 0
  let fence: string | undefined
  let closer: RegExp | undefined
  let sawBlank = false
  let pos = 0
  let lineNo = 0
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(pos, end)
    if (markdown) {
      if (lineNo === 0 && /^(---|\+\+\+)\s*$/.test(line)) closer = line.startsWith('-') ? /^(---|\.\.\.)\s*$/ : /^\+\+\+\s*$/
      else if (closer) {
        if (closer.test(line)) closer = undefined
      } else if (fence) {
        const m = FENCE.exec(line)
        if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined
      } else {
        const m = FENCE.exec(line)
        if (m) fence = m[1]
        else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) closer = /-->/
        else {
          const raw = RAW_HTML_OPEN.exec(line)
          if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) closer = new RegExp(`</${raw[1]}>`, 'i')
        }
      }
    }
    const open = fence !== undefined || closer !== undefined
    if (BLANK.test(line)) {
      if (!open) sawBlank = true
    } else if (sawBlank && !/^[ \t]/.test(line) && pos > chunkStart) {
      chunks.push({ start: chunkStart, end: pos })
      chunkStart = pos
      sawBlank = false
    } else {
      sawBlank = false
    }
    if (nl < 0) break
    pos = nl + 1
    lineNo++
  }
  chunks.push({ start: chunkStart, end: text.length })
  return chunks
}
