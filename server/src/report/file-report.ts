import type { Finding, Metrics } from '../engine/types'
import { LineIndex } from '../engine/line-index'

/** One finding as the CLI prints it: 1-based lines and columns in UTF-16 units, like editors show. */
export interface CliMessage extends Omit<Finding, 'occurrences' | 'repeat'> {
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Every place of a finding made once per document (an unknown word used several times). */
  occurrences?: Array<{ line: number; column: number; offset: number; endOffset: number }>
}

export interface FileReport {
  path: string
  metrics: Metrics
  messages: CliMessage[]
}

const oneBased = (p: { line: number; character: number }) => ({ line: p.line + 1, column: p.character + 1 })

export function fileReport(path: string, text: string, findings: Finding[], metrics: Metrics): FileReport {
  const lines = new LineIndex(text)
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
      ...(f.occurrences ? { occurrences: f.occurrences.map((o) => ({ ...oneBased(lines.position(o.offset)), offset: o.offset, endOffset: o.endOffset })) } : {}),
    }
  })
  return { path, metrics, messages }
}
