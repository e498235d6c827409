import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { formatFor } from '../engine/analyse'
import type { DocumentFormat } from '../engine/types'
import { readTextFile } from './read-file'
import { readDocx } from './office/read-docx'
import { readPdf } from './office/read-pdf'
import type { DocumentSource } from './office/place'

/** A file read for checking: its text and how to read it, and for Word and PDF what the text came from. */
export type DocumentRead =
  | { ok: true; text: string; format: DocumentFormat; source?: DocumentSource }
  /** `skipped`: left out on purpose (a binary file in a folder), not an error of the run. */
  | { ok: false; skipped: boolean; reason: string }

export { isOfficeFile } from './office-file'

/** Files larger than this are not read at all (bytes on disk). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024


/**
 * Reads any file Klarspråk checks: text (Markdown, HTML, plain text) as it is, a Word file
 * (.docx) as HTML, a PDF as plain text by paragraph. A file over the size limit, a locked or
 * damaged Word file or PDF and a PDF without text give a reason in Swedish. Never throws.
 */
export async function readDocument(path: string): Promise<DocumentRead> {
  const ext = extname(path).toLowerCase()
  try {
    const size = (await stat(path)).size
    if (size > MAX_FILE_BYTES) return { ok: false, skipped: false, reason: `är för stor (${megabytes(size)} MB) och granskas inte; gränsen är ${megabytes(MAX_FILE_BYTES)} MB` }
  } catch {
    // readTextFile says why the file cannot be read
  }
  if (ext === '.doc') return { ok: false, skipped: false, reason: 'är sparad i det äldre Word-formatet (.doc), som inte kan läsas: spara den som .docx' }
  if (ext !== '.docx' && ext !== '.pdf') {
    const read = readTextFile(path)
    return read.ok ? { ...read, format: formatFor(path) } : read
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch {
    const read = readTextFile(path)
    return read.ok ? { ok: false, skipped: false, reason: 'kan inte läsas' } : read
  }
  return readOfficeBytes(path, bytes)
}

/**
 * A Word file or PDF read from its bytes (`path` only says which): what readDocument does after
 * reading the file, and what `--compare` does with a file's bytes from an earlier git version.
 */
export async function readOfficeBytes(path: string, bytes: Buffer): Promise<DocumentRead> {
  if (extname(path).toLowerCase() === '.docx') {
    const docx = await readDocx(bytes)
    return docx.ok ? { ok: true, text: docx.html, format: 'html', source: { kind: 'docx' } } : { ok: false, skipped: false, reason: docx.reason }
  }
  const pdf = await readPdf(bytes)
  return pdf.ok ? { ok: true, text: pdf.text, format: 'plaintext', source: { kind: 'pdf', pageStarts: pdf.pageStarts } } : { ok: false, skipped: false, reason: pdf.reason }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 0 })
}
