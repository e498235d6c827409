import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser'

export const CONFIG_FILE = '.klarsprak.json'

/**
 * Finds the team's configuration file by walking up from a folder: the nearest `.klarsprak.json`,
 * stopping at `stopAt` (the workspace folder), at a repository root (a folder with `.git`) or at
 * the file system root.
 */
export function findConfigFile(fromDir: string, stopAt?: string): string | undefined {
  let dir = resolve(fromDir)
  const stop = stopAt ? resolve(stopAt) : undefined
  for (;;) {
    const candidate = join(dir, CONFIG_FILE)
    if (existsSync(candidate)) return candidate
    if (dir === stop || existsSync(join(dir, '.git'))) return undefined
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

export type AddWordResult = 'added' | 'present' | { error: string }

/**
 * Adds a word to the team's list, creating the file if needed and keeping its comments and
 * formatting. A file that does not parse is left untouched: an edit could make it worse.
 */
export function addWordToConfigFile(path: string, word: string): AddWordResult {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '{}\n'
  const errors: ParseError[] = []
  const data = parse(text, errors, { allowTrailingComma: true }) as { words?: unknown } | undefined
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { error: `${path} innehåller fel och ändras inte. Rätta filen och försök igen.` }
  }
  const words = Array.isArray(data.words) ? data.words : undefined
  if (words?.includes(word)) return 'present'
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' }
  const edits = words
    ? modify(text, ['words', words.length], word, { formattingOptions, isArrayInsertion: true })
    : modify(text, ['words'], [word], { formattingOptions })
  writeFileSync(path, applyEdits(text, edits))
  return 'added'
}
