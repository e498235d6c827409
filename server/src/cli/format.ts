import type { FileReport } from './file-report'

/**
 * The output comes in parts, one per file, written one after the other: a folder's output can
 * be many megabytes, and as one string it would be held twice (as text and as bytes) at the end.
 */

/** Compiler style, one finding per line: `path:line:column severity message ruleId`. */
export function formatText(reports: FileReport[]): string[] {
  return reports.map((r) => r.messages.map((m) => `${r.path}:${m.line}:${m.column} ${m.severity} ${m.message} ${m.ruleId}\n`).join(''))
}

/** The same text as JSON.stringify(reports, null, 2), one file at a time. */
export function formatJson(reports: FileReport[]): string[] {
  if (reports.length === 0) return ['[]\n']
  // each file's object as an element of an array, so it is indented one level in; "[\n" and "\n]" cut off
  return reports.map((r, i) => {
    const element = JSON.stringify([r], null, 2).slice(2, -2)
    return `${i === 0 ? '[\n' : ''}${element}${i === reports.length - 1 ? '\n]\n' : ',\n'}`
  })
}

/** A one-line Swedish summary for stderr. */
export function summary(reports: FileReport[]): string {
  const count = reports.reduce((n, r) => n + r.messages.length, 0)
  const files = reports.length
  return `${count} ${count === 1 ? 'fynd' : 'fynd'} i ${files} ${files === 1 ? 'fil' : 'filer'}.`
}
