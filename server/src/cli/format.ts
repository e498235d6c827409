import type { CliMessage, FileReport } from '../report/file-report'
import { describePlace } from '../files/office/place'

/**
 * The output comes in small parts, written one after the other as they are made: for a long
 * document or a folder it is many megabytes, and as one string it would be held several times
 * over (as text, as a copy, as bytes) at the very end.
 */

/**
 * Compiler style, one finding per line: `path:line:column severity message ruleId`; for a Word file
 * or PDF the place a reader finds it by instead, `path: stycke 12 (under ”Bakgrund”): ”…erhålla…”`.
 */
export function* formatText(reports: FileReport[]): Generator<string> {
  for (const r of reports) for (const m of r.messages) yield `${where(r.path, m)} ${m.severity} ${m.message} ${m.ruleId}\n`
}

function where(path: string, m: CliMessage): string {
  return m.place ? `${path}: ${describePlace(m.place)}: ”${m.place.context}”` : `${path}:${m.line}:${m.column}`
}

/** Exactly the text of JSON.stringify(reports, null, 2) + "\n", one finding at a time. */
export function* formatJson(reports: FileReport[]): Generator<string> {
  if (reports.length === 0) {
    yield '[]\n'
    return
  }
  yield '[\n'
  for (let i = 0; i < reports.length; i++) {
    const { messages, ...rest } = reports[i]
    const end = i === reports.length - 1 ? '\n' : ',\n'
    // the file's object without its findings ends in "messages": []; the findings go in between
    const head = JSON.stringify({ ...rest, messages: [] }, null, 2)
    if (messages.length === 0) {
      yield indent(head, 2) + end
      continue
    }
    yield indent(head.slice(0, head.lastIndexOf('[]')), 2) + '[\n'
    for (let k = 0; k < messages.length; k++) yield indent(JSON.stringify(messages[k], null, 2), 6) + (k < messages.length - 1 ? ',\n' : '\n')
    yield '    ]\n  }' + end
  }
  yield ']\n'
}

/** Indents every line (JSON text holds no line breaks inside its strings). */
function indent(json: string, spaces: number): string {
  return json.replace(/^/gm, ' '.repeat(spaces))
}

/** A one-line Swedish summary for stderr. */
export function summary(reports: FileReport[]): string {
  const count = reports.reduce((n, r) => n + r.messages.length, 0)
  const files = reports.length
  return `${count} ${count === 1 ? 'fynd' : 'fynd'} i ${files} ${files === 1 ? 'fil' : 'filer'}.`
}
