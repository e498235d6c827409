import { readFileSync } from 'node:fs'

export type ReadResult = { ok: true; text: string } | { ok: false; skipped: boolean; reason: string }

const SNIFF = 8192

/**
 * Reads a text file as UTF-8 (or UTF-16 with a byte order mark). Binary files and files that are
 * not valid UTF-8 are skipped with a reason instead of being checked as garbage.
 */
export function readTextFile(path: string): ReadResult {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'filen finns inte' : code === 'EISDIR' ? 'är en mapp' : `kan inte läsas (${code ?? String(error)})`
    return { ok: false, skipped: false, reason }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes)
  if (bytes.subarray(0, SNIFF).includes(0)) return { ok: false, skipped: true, reason: 'ser ut att vara en binärfil och hoppas över' }
  return decode('utf-8', bytes)
}

function decode(encoding: string, bytes: Buffer): ReadResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, skipped: true, reason: `är inte giltig ${encoding.toUpperCase()}-text och hoppas över (spara filen som UTF-8)` }
  }
}
