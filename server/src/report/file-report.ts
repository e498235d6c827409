import type { Finding, Metrics } from '../engine/types'
import { LineIndex } from '../engine/line-index'

/** One finding as the CLI prints it: 1-based lines and columns in UTF-16 units, like editors show. */
export interface CliMessage extends Finding {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface FileReport {
  path: string
  metrics: Metrics
  messages: CliMessage[]
}

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
    }
  })
  return { path, metrics, messages }
}
