import { readFileSync } from 'node:fs'
import { checkText } from '../../src/engine/check'
import { formatFor } from '../../src/engine/analyse'
import { resolveRules } from '../../src/rules/rule-settings'
import type { DocumentFormat, Finding } from '../../src/engine/types'
import type { SpellingContext } from '../../src/spelling/speller'

/**
 * Annotated fixtures: a caret line marks what the line above must produce.
 *
 *     Du kan erhålla stöd.
 *            ^^^^^^^ plain-words => få
 *
 * `=> a | b` also checks the fixes (`=> -` means none). Every other finding of the rules under
 * test is unexpected. Caret lines are removed before checking, so offsets are those of the text
 * without them.
 */
const CARET_LINE = /^(\s*)(\^+)\s+([a-z-]+)(?:\s*=>\s*(.*))?\s*$/

interface Expectation {
  line: number
  column: number
  length: number
  ruleId: string
  fixes?: string[]
}

export interface FixtureResult {
  /** Human-readable differences; empty when the fixture passes. */
  problems: string[]
  findings: Finding[]
}

export function checkFixtureFile(path: string, ruleIds: string[], settings: Record<string, unknown> = {}, spelling?: SpellingContext): FixtureResult {
  const format = formatFor(path)
  return checkAnnotated(readFileSync(path, 'utf8'), format, ruleIds, settings, spelling)
}

export function checkAnnotated(annotated: string, format: DocumentFormat, ruleIds: string[], settings: Record<string, unknown> = {}, spelling?: SpellingContext): FixtureResult {
  const { text, expectations } = parseAnnotated(annotated)
  const { rules } = resolveRules(settings)
  const findings = checkText(text, format, { rules: rules.filter((r) => ruleIds.includes(r.rule.id)), spelling }).findings
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const lines = text.split('\n')
  const describe = (e: Expectation, what: string): string =>
    `${what} ${e.ruleId} at ${e.line + 1}:${e.column + 1} ”${lines[e.line].slice(e.column, e.column + e.length)}”` +
    (e.fixes ? ` => ${e.fixes.join(' | ') || '-'}` : '')
  const actual: Expectation[] = findings.map((f) => {
    let line = 0
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= f.offset) line++
    const column = f.offset - lineStarts[line]
    const length = Math.min(f.endOffset, lineStarts[line] + lines[line].length) - f.offset
    return { line, column, length, ruleId: f.ruleId, fixes: f.expected }
  })
  const problems: string[] = []
  const unmatched = [...actual]
  for (const e of expectations) {
    const i = unmatched.findIndex((a) => a.line === e.line && a.column === e.column && a.length === e.length && a.ruleId === e.ruleId)
    if (i < 0) {
      problems.push(describe(e, 'missing'))
      continue
    }
    const [a] = unmatched.splice(i, 1)
    if (e.fixes && JSON.stringify(e.fixes) !== JSON.stringify(a.fixes)) {
      problems.push(`${describe(e, 'wrong fixes for')}, got ${a.fixes?.join(' | ') || '-'}`)
    }
  }
  for (const a of unmatched) problems.push(describe(a, 'unexpected'))
  return { problems, findings }
}

function parseAnnotated(annotated: string): { text: string; expectations: Expectation[] } {
  const kept: string[] = []
  const expectations: Expectation[] = []
  for (const line of annotated.split('\n')) {
    const m = CARET_LINE.exec(line)
    if (!m) {
      kept.push(line)
      continue
    }
    const fixes = m[4] === undefined ? undefined : m[4].trim() === '-' ? [] : m[4].split('|').map((s) => s.trim())
    expectations.push({ line: kept.length - 1, column: m[1].length, length: m[2].length, ruleId: m[3], fixes })
  }
  return { text: kept.join('\n'), expectations }
}
