import type { FileReport } from './file-report'

/** Compiler style, one finding per line: `path:line:column severity message ruleId`. */
export function formatText(reports: FileReport[]): string {
  const lines: string[] = []
  for (const r of reports) {
    for (const m of r.messages) lines.push(`${r.path}:${m.line}:${m.column} ${m.severity} ${m.message} ${m.ruleId}`)
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n'
}

/** A one-line Swedish summary for stderr. */
export function summary(reports: FileReport[]): string {
  const count = reports.reduce((n, r) => n + r.messages.length, 0)
  const files = reports.length
  return `${count} ${count === 1 ? 'fynd' : 'fynd'} i ${files} ${files === 1 ? 'fil' : 'filer'}.`
}
