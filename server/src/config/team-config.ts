import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser'

export const CONFIG_FILE = '.klarsprak.json'

/** The part of `.klarsprak.json` read so far: the team's accepted words. */
export interface TeamConfig {
  path: string
  words: string[]
  /** Swedish descriptions of what is wrong in the file; the rest of it is still used. */
  problems: string[]
}

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

/** Reads a configuration file; comments and trailing commas are allowed. */
export function readTeamConfig(path: string): TeamConfig {
  const problems: string[] = []
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return { path, words: [], problems: [`kan inte läsas (${(error as NodeJS.ErrnoException).code ?? String(error)})`] }
  }
  const errors: ParseError[] = []
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false })
  for (const e of errors.slice(0, 3)) problems.push(`${printParseErrorCode(e.error)} vid tecken ${e.offset}`)
  const words: string[] = []
  const given = (data as { words?: unknown } | undefined)?.words
  if (given !== undefined) {
    if (!Array.isArray(given)) problems.push('”words” ska vara en lista med ord')
    else for (const w of given) typeof w === 'string' ? words.push(w) : problems.push(`”words” innehåller ${JSON.stringify(w)}, som inte är ett ord`)
  }
  return { path, words, problems }
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

/**
 * Reads configuration files once per change: files are re-read when their modification time
 * changes, so the CLI and the server pick up edits without a restart.
 */
export class TeamConfigCache {
  private readonly files = new Map<string, { mtimeMs: number; config: TeamConfig }>()

  forDocument(documentPath: string, stopAt?: string): TeamConfig | undefined {
    const path = findConfigFile(dirname(documentPath), stopAt)
    return path ? this.read(path) : undefined
  }

  read(path: string): TeamConfig {
    let mtimeMs = -1
    try {
      mtimeMs = statSync(path).mtimeMs
    } catch {
      // a missing file reads as an error below
    }
    const cached = this.files.get(path)
    if (cached && cached.mtimeMs === mtimeMs) return cached.config
    const config = readTeamConfig(path)
    this.files.set(path, { mtimeMs, config })
    return config
  }

  clear(): void {
    this.files.clear()
  }
}
