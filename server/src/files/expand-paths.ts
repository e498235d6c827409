import { statSync } from 'node:fs'
import { join, normalize } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'

const TEXT_FILES = '**/*.{md,markdown,mdx,txt,text,html,htm,docx,pdf}'
const IGNORE = ['**/node_modules/**', '**/.git/**']

export interface Expanded {
  files: string[]
  /** Arguments that named nothing: a missing file or a glob without matches. */
  unmatched: string[]
}

/** Turns CLI arguments (files, folders, globs) into a sorted list of files, each once. */
export function expandPaths(args: string[]): Expanded {
  const files = new Set<string>()
  const unmatched: string[] = []
  for (const arg of args) {
    const stat = statOrUndefined(arg)
    let found: string[]
    if (stat?.isDirectory()) found = globSync(TEXT_FILES, { cwd: arg, ignore: IGNORE }).map((f) => join(arg, f))
    else if (stat || !isDynamicPattern(arg)) found = [arg]
    else found = globSync(arg, { ignore: IGNORE })
    if (found.length === 0) unmatched.push(arg)
    for (const f of found.sort()) files.add(normalize(f))
  }
  return { files: [...files], unmatched }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
