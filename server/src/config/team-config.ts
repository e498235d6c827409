import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { editConfigFile } from './config-file-editor'

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
 * Adds a word to the team's list, creating the file if needed; the configuration editor keeps the
 * file's comments, formatting and line endings, and leaves a file that does not parse untouched.
 */
export function addWordToConfigFile(path: string, word: string): AddWordResult {
  const result = editConfigFile(path, (content) => {
    const words = Array.isArray(content.words) ? content.words : undefined
    if (words?.includes(word)) return []
    return words ? [{ path: ['words', words.length], value: word, isArrayInsertion: true }] : [{ path: ['words'], value: [word] }]
  })
  return result === 'written' ? 'added' : result === 'unchanged' ? 'present' : result
}
