import { readFileSync } from 'node:fs'
import { LineIndex } from '../engine/line-index'
import type { ConfigProblem } from '../config/config-types'

/** `path:line:column fel: message`, like the findings, so editors and CI logs can jump to it. */
export function describeProblem(problem: ConfigProblem): string {
  let line = 1
  let column = 1
  try {
    const position = new LineIndex(readFileSync(problem.path, 'utf8')).position(problem.offset)
    line = position.line + 1
    column = position.character + 1
  } catch {
    // an unreadable file has no positions
  }
  return `${problem.path}:${line}:${column} fel ${problem.message}`
}
