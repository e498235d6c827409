import { pageLines, type PdfItem } from './pdf-lines'
import { pdfText, type PdfText } from './pdf-paragraphs'

/** What a PDF gave: its text by paragraph with where each page starts, or why it could not be read (in Swedish). */
export type PdfRead = ({ ok: true } & PdfText) | { ok: false; reason: string }

const NOT_PDF = 'är ingen giltig PDF-fil: den kan vara skadad eller ha fel filändelse'
const LOCKED = 'är lösenordsskyddad och kan inte läsas: spara en kopia utan lösenord'
const NO_TEXT = 'har ingen text att läsa, bara bilder (troligen en skannad sida). Kör textigenkänning (OCR) på filen eller granska originaldokumentet'

/**
 * Reads a PDF's text page by page with pdf.js (through unpdf) and joins it into paragraphs (see
 * pdf-paragraphs.ts). A file that is not a PDF, is locked by a password, is damaged or holds no text
 * (a scan) gives a reason instead. Never throws.
 */
export async function readPdf(bytes: Buffer): Promise<PdfRead> {
  if (!bytes.subarray(0, 1024).includes('%PDF-')) return { ok: false, reason: NOT_PDF }
  let pages: PdfItem[][]
  try {
    // loaded on first use: most runs check no PDF, and pdf.js costs start-up time
    const { extractTextItems, getDocumentProxy } = await import('unpdf')
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })
    try {
      pages = (await extractTextItems(pdf)).items
    } finally {
      await pdf.destroy()
    }
  } catch (error) {
    return { ok: false, reason: (error as Error | undefined)?.name === 'PasswordException' ? LOCKED : NOT_PDF }
  }
  const text = pdfText(pages.map(pageLines))
  if (!/\p{L}/u.test(text.text)) return { ok: false, reason: NO_TEXT }
  return { ok: true, ...text }
}
