import type { DocumentOverview, Finding, Metrics } from '../engine/types'
import { LineIndex } from '../engine/line-index'
import { placeFinder, type DocumentSource, type Place } from '../files/office/place'

/** One finding as the CLI prints it: 1-based lines and columns in UTF-16 units, like editors show. */
export interface CliMessage extends Omit<Finding, 'occurrences' | 'repeat'> {
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Every place of a finding made once per document (an unknown word used several times). */
  occurrences?: Array<{ line: number; column: number; offset: number; endOffset: number; place?: Place }>
  /**
   * In a Word file or PDF: the paragraph, heading, page and quoted context a reader finds the
   * finding by; line and column then count in the text Klarspråk read out of the file.
   */
  place?: Place
}

export interface FileReport {
  path: string
  /** Set for a Word file (`docx`) or PDF (`pdf`): the findings carry a `place`. */
  source?: DocumentSource['kind']
  metrics: Metrics
  messages: CliMessage[]
}

const oneBased = (p: { line: number; character: number }) => ({ line: p.line + 1, column: p.character + 1 })

/** With `source` (a Word file or PDF), each finding also gets its place in the reader's terms. */
export function fileReport(path: string, text: string, findings: Finding[], metrics: Metrics, overview?: DocumentOverview, source?: DocumentSource): FileReport {
  const lines = new LineIndex(text)
  const placeOf = source && overview ? placeFinder(overview, source) : undefined
  const messages = findings.map((f): CliMessage => {
    const start = lines.position(f.offset)
    const end = lines.position(f.endOffset)
    return {
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      actual: f.actual,
      expected: f.expected,
      ...(f.note ? { note: f.note } : {}),
      ...(f.source ? { source: f.source } : {}),
      ...(f.url ? { url: f.url } : {}),
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      offset: f.offset,
      endOffset: f.endOffset,
      ...(f.occurrences ? { occurrences: f.occurrences.map((o) => ({ ...oneBased(lines.position(o.offset)), offset: o.offset, endOffset: o.endOffset, ...(placeOf ? { place: placeOf(o.offset, o.endOffset) } : {}) })) } : {}),
      ...(placeOf ? { place: placeOf(f.offset, f.endOffset) } : {}),
    }
  })
  return { path, ...(source ? { source: source.kind } : {}), metrics, messages }
}
