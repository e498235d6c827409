/**
 * Word and PDF versions of a Markdown text, for the tests, the e2e screenshots and the bench:
 * the same words as the Markdown, so a check of the Word file or PDF can be held against a check
 * of the Markdown. Word files get headings, lists, links, images (with their alternative text, if
 * any) and tables; PDFs get pages with a running header, page numbers in the footer and words
 * hyphenated at a line's end, as a word processor's export has them.
 */
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'

/** The part of a Markdown syntax tree node this module reads. */
interface Node {
  type: string
  value?: string
  depth?: number
  url?: string
  alt?: string | null
  children?: Node[]
}

/** A one-pixel PNG: every image of a generated Word file. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

function parse(markdown: string): Node[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(markdown) as Node
  return tree.children ?? []
}

/** A Word file with the Markdown's headings, paragraphs, lists, links, images and tables. */
export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const children = parse(markdown).flatMap((node) => docxBlocks(node, 0))
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

function docxBlocks(node: Node, listLevel: number): Array<Paragraph | Table> {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[(node.depth ?? 1) - 1], children: docxInline(node.children ?? []) })]
    case 'paragraph':
      return [new Paragraph({ children: docxInline(node.children ?? []) })]
    case 'list':
      return (node.children ?? []).flatMap((item) =>
        (item.children ?? []).flatMap((child) => (child.type === 'paragraph' ? [new Paragraph({ bullet: { level: listLevel }, children: docxInline(child.children ?? []) })] : docxBlocks(child, listLevel + 1))),
      )
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: (node.children ?? []).map((row) => new TableRow({ children: (row.children ?? []).map((cell) => new TableCell({ children: [new Paragraph({ children: docxInline(cell.children ?? []) })] })) })),
        }),
      ]
    case 'blockquote':
      return (node.children ?? []).flatMap((child) => docxBlocks(child, listLevel))
    case 'code':
      return [new Paragraph({ children: [new TextRun({ text: node.value ?? '', font: 'Courier New' })] })]
    default:
      return []
  }
}

type Inline = TextRun | ExternalHyperlink | ImageRun

function docxInline(nodes: Node[], style: { bold?: boolean; italics?: boolean } = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [new TextRun({ text: node.value ?? '', ...style })]
      case 'strong':
        return docxInline(node.children ?? [], { ...style, bold: true })
      case 'emphasis':
        return docxInline(node.children ?? [], { ...style, italics: true })
      case 'link':
        return [new ExternalHyperlink({ link: node.url ?? '', children: [new TextRun({ text: plainText(node), style: 'Hyperlink' })] })]
      case 'image':
        return [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 40, height: 40 }, ...(node.alt ? { altText: { name: node.alt, description: node.alt, title: node.alt } } : {}) })]
      case 'break':
        return [new TextRun({ text: '', break: 1 })]
      default:
        return node.children ? docxInline(node.children, style) : []
    }
  })
}

/** The reader's text of a node: its words, without images. */
function plainText(node: Node): string {
  if (node.type === 'image') return ''
  if (node.type === 'break') return ' '
  if (node.value !== undefined && node.type !== 'html') return node.value
  return (node.children ?? []).map(plainText).join('')
}

export interface PdfOptions {
  /** A line at the top of every page. */
  header?: string
  /** Points; a narrow page makes more lines, line ends and hyphens. */
  width?: number
}

/** A PDF and the words it split with a hyphen at a line's end (`kommunikations-` + `programmet`). */
export interface GeneratedPdf {
  bytes: Uint8Array
  hyphenated: string[]
  pages: number
}

const PAGE_HEIGHT = 842
const MARGIN = 60
const TOP = 770
const BOTTOM = 80

interface Line {
  text: string
  size: number
  bold: boolean
  /** Extra space above the line: a new paragraph. */
  gapBefore: number
}

/**
 * A PDF of the Markdown's text: headings in bold and larger, paragraphs and list items (with a
 * bullet) wrapped to the page, a running header and "Sida N av M" at the foot of every page. Long
 * words that do not fit are hyphenated, as word processors do. Images and link targets are not in
 * a PDF's text, so they are left out.
 */
export async function markdownToPdf(markdown: string, options: PdfOptions = {}): Promise<GeneratedPdf> {
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const width = options.width ?? 595
  const hyphenated: string[] = []
  const lines: Line[] = []
  for (const block of pdfBlocks(parse(markdown))) {
    const size = block.heading ? 16 - Math.min(block.heading, 3) * 1.5 : 11
    const font = block.heading ? bold : regular
    const wrapped = wrap(supported(block.text, font), font, size, width - 2 * MARGIN, hyphenated)
    wrapped.forEach((text, i) => lines.push({ text, size, bold: Boolean(block.heading), gapBefore: i === 0 ? size * 0.9 : 0 }))
  }
  const pages: Line[][] = [[]]
  let y = TOP
  for (const line of lines) {
    const height = line.size * 1.35 + line.gapBefore
    if (y - height < BOTTOM && pages[pages.length - 1].length > 0) {
      pages.push([])
      y = TOP
    }
    y -= height
    pages[pages.length - 1].push(line)
  }
  pages.forEach((pageLines, index) => {
    const page = pdf.addPage([width, PAGE_HEIGHT])
    if (options.header) page.drawText(supported(options.header, regular), { x: MARGIN, y: PAGE_HEIGHT - 40, size: 9, font: regular })
    let at = TOP
    for (const line of pageLines) {
      at -= line.size * 1.35 + (at === TOP ? 0 : line.gapBefore)
      page.drawText(line.text, { x: MARGIN, y: at, size: line.size, font: line.bold ? bold : regular })
    }
    page.drawText(`Sida ${index + 1} av ${pages.length}`, { x: width / 2 - 25, y: 40, size: 9, font: regular })
  })
  return { bytes: await pdf.save(), hyphenated, pages: pages.length }
}

function pdfBlocks(nodes: Node[]): Array<{ text: string; heading?: number }> {
  return nodes.flatMap((node): Array<{ text: string; heading?: number }> => {
    switch (node.type) {
      case 'heading':
        return [{ text: plainText(node), heading: node.depth }]
      case 'paragraph':
      case 'code':
        return plainText(node).trim() ? [{ text: plainText(node).replace(/\s+/g, ' ') }] : []
      case 'list':
        return (node.children ?? []).flatMap((item) => pdfBlocks(item.children ?? []).map((b, i) => (i === 0 && b.heading === undefined ? { text: `• ${b.text}` } : b)))
      case 'blockquote':
        return pdfBlocks(node.children ?? [])
      case 'table':
        return (node.children ?? []).flatMap((row) => (row.children ?? []).map((cell) => ({ text: plainText(cell) })))
      default:
        return []
    }
  })
}

/** Lines of at most `max` points; a long word that does not fit is split with a hyphen when both halves are long enough. */
function wrap(text: string, font: PDFFont, size: number, max: number, hyphenated: string[]): string[] {
  const lines: string[] = []
  let line = ''
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= max
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    const split = line ? hyphenation(word, (head) => fits(`${line} ${head}-`)) : -1
    if (split > 0) {
      lines.push(`${line} ${word.slice(0, split)}-`)
      hyphenated.push(word)
      line = word.slice(split)
    } else {
      if (line) lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Where to split a word at a line's end: the longest head that fits, keeping five letters on each side; -1 for none. */
function hyphenation(word: string, fits: (head: string) => boolean): number {
  if (!/^\p{Ll}+[.,]?$/u.test(word.replace(/^\p{Lu}/u, 'a'))) return -1
  for (let split = word.length - 5; split >= 5; split--) if (fits(word.slice(0, split))) return split
  return -1
}

/** The text with characters the standard font cannot draw replaced by '?'. */
function supported(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet())
  return [...text].map((c) => (known.has(c.codePointAt(0)!) ? c : '?')).join('')
}
