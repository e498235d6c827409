/** `node:fs/promises` in a web worker: reads from the files in memory (see fs.ts). */
import { readFileSync } from './fs'

export async function readFile(path: string): Promise<Uint8Array> {
  return new TextEncoder().encode(readFileSync(path))
}

export default { readFile }
