
/** What a Word file gave: its text as HTML, or why it could not be read (in Swedish). */
export type DocxRead = { ok: true; html: string } | { ok: false; reason: string }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** Word saves a password-protected .docx, like an old .doc, as an OLE compound file. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const NOT_WORD = 'är ingen giltig Word-fil (.docx): den kan vara skadad eller ha fel filändelse'
const LOCKED = 'är lösenordsskyddad eller sparad i det äldre Word-formatet (.doc) och kan inte läsas: spara en kopia utan lösenord som .docx'

/**
 * Reads a Word file into HTML with mammoth, which keeps what the rules need: headings with their
 * level, lists, links, tables and image alternative texts. Images become short placeholders (their
 * bytes would only fill the text), footnote references and their back links are plain text, and
 * every block ends its line, so line numbers follow the paragraphs. Never throws.
 */
export async function readDocx(bytes: Buffer): Promise<DocxRead> {
  if (startsWith(bytes, OLE)) return { ok: false, reason: LOCKED }
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: NOT_WORD }
  let images = 0
  try {
    // loaded on first use: most runs check no Word file, and mammoth costs start-up time
    const { default: mammoth } = await import('mammoth')
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { convertImage: mammoth.images.imgElement(async () => ({ src: `bild-${++images}` })), ignoreEmptyParagraphs: true },
    )
    return { ok: true, html: tidy(result.value) }
  } catch {
    return { ok: false, reason: NOT_WORD }
  }
}

/**
 * Mammoth's HTML in the shape the rules read best: a footnote's number is text, not a link named
 * "[1]", its back link "↑" is dropped, and a line break follows every block.
 */
export function tidy(html: string): string {
  return html
    .replace(/<a href="#(?:foot|end)note-\d+" id="(?:foot|end)note-ref-\d+">(\[\d+\])<\/a>/g, '$1')
    .replace(/ ?<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g, '')
    .replace(/(<\/(?:p|h[1-6]|li|tr|ul|ol|table)>)/g, '$1\n')
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}
