import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { applyEdits, modify, parse, type JSONPath, type ParseError } from 'jsonc-parser'

/** One change to a configuration file: set the value at `path` (or insert it into an array). */
export interface ConfigEdit {
  path: JSONPath
  value: unknown
  /** Insert at the array index given as the last path segment instead of replacing it. */
  isArrayInsertion?: boolean
}

/** What an edit did: wrote the file, found nothing to change, or refused (message in Swedish). */
export type ConfigEditResult = 'written' | 'unchanged' | { error: string }

/**
 * The one way commands write `.klarsprak.json`: the file is read, parsed as JSONC and changed in
 * place, so comments, formatting and the file's own line endings (CRLF or LF) are kept; a file
 * that does not exist yet is created with LF. A file that does not parse is left untouched, since
 * an edit could make it worse. `plan` sees the parsed content and returns the changes to make.
 */
export function editConfigFile(path: string, plan: (content: Record<string, unknown>) => ConfigEdit[]): ConfigEditResult {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '{}\n'
  const errors: ParseError[] = []
  const content: unknown = parse(text, errors, { allowTrailingComma: true })
  if (errors.length > 0 || !isObject(content)) return brokenFile(path)
  const edits = plan(content)
  if (edits.length === 0) return 'unchanged'
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: lineEnding(text) }
  let edited = text
  try {
    for (const edit of edits) edited = applyEdits(edited, modify(edited, edit.path, edit.value, { formattingOptions, isArrayInsertion: edit.isArrayInsertion }))
  } catch {
    // jsonc-parser throws when a path runs through a value of the wrong type ("rules": [])
    return brokenFile(path)
  }
  writeFileSync(path, edited)
  return 'written'
}

/** Sets `"rules": {"<id>": "off"}`, so the team no longer sees the rule. */
export function disableRuleInConfigFile(path: string, ruleId: string): ConfigEditResult {
  return editConfigFile(path, (content) => (isObject(content.rules) && content.rules[ruleId] === 'off' ? [] : [{ path: ['rules', ruleId], value: 'off' }]))
}

/**
 * Writes a new configuration file with LF line endings, only where none exists (an existing file,
 * even one created a moment ago by someone else, is never overwritten). True when it was written.
 */
export function writeNewConfigFile(path: string, text: string): boolean {
  try {
    writeFileSync(path, text.replace(/\r\n/g, '\n'), { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/** The file's line ending, from its first line break; LF when it has none. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const at = text.indexOf('\n')
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n'
}

function brokenFile(path: string): { error: string } {
  return { error: `${path} innehåller fel och ändras inte. Rätta filen och försök igen.` }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
