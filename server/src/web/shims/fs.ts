/**
 * `node:fs` in a browser's web worker: the few synchronous calls the configuration code makes,
 * over files held in memory. The worker puts the team's .klarsprak.json files here (sent by the
 * VS Code client, or chosen in the writing page); writes (a word added to the team's list) are
 * kept and passed on to whoever listens, who saves them for real.
 */
interface MemoryFile {
  text: string
  mtimeMs: number
}

const files = new Map<string, MemoryFile>()
let clock = 0
let onWrite: ((path: string, text: string) => void) | undefined

/** Puts a file in memory (or replaces it); a new modification time makes caches read it again. */
export function writeMemoryFile(path: string, text: string): void {
  files.set(path, { text, mtimeMs: ++clock })
}

export function removeMemoryFile(path: string): void {
  files.delete(path)
}

/** Every path in memory, for dropping files a client no longer has. */
export function memoryPaths(): string[] {
  return [...files.keys()]
}

/** Who saves a file the server wrote (the client, through its own file system). */
export function onMemoryWrite(listener: (path: string, text: string) => void): void {
  onWrite = listener
}

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

export function existsSync(path: string): boolean {
  return files.has(path)
}

export function readFileSync(path: string): string {
  const file = files.get(path)
  if (!file) throw notFound(path)
  return file.text
}

export function statSync(path: string): { mtimeMs: number; size: number; isFile(): boolean; isDirectory(): boolean } {
  const file = files.get(path)
  if (!file) throw notFound(path)
  return { mtimeMs: file.mtimeMs, size: file.text.length, isFile: () => true, isDirectory: () => false }
}

export function writeFileSync(path: string, text: string): void {
  writeMemoryFile(path, String(text))
  onWrite?.(path, String(text))
}

export default { existsSync, readFileSync, statSync, writeFileSync }
