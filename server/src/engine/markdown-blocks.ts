import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import type { Block, BlockKind, Image, Link } from './types'
import { blankNonProse, blankQuoteMarkers } from './mask'
import { collectDefinitions, htmlImages, readInline, type MdNode } from './markdown-inline'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** What a walk over one parse shares: the text and the definitions, collected only if a reference asks. */
interface Walk {
  text: string
  definitions(): Map<string, string>
}

/**
 * Splits Markdown into blocks (paragraphs, headings with their level, list items, table cells,
 * code) with their links and images. HTML, front matter, link targets and markup characters
 * never reach the rules; code blocks are blocks of blank text, so they hold no prose.
 */
export function markdownBlocks(text: string): Block[] {
  const tree = parser.parse(text) as MdNode
  const blocks: Block[] = []
  let definitions: Map<string, string> | undefined
  walkBlocks(tree, { text, definitions: () => (definitions ??= collectDefinitions(tree)) }, blocks, 'paragraph')
  return blocks
}

function walkBlocks(node: MdNode, walk: Walk, out: Block[], context: BlockKind): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'paragraph':
        pushBlock(child, walk, out, context)
        break
      case 'heading':
        pushBlock(child, walk, out, 'heading', child.depth)
        break
      case 'tableCell':
        pushBlock(child, walk, out, 'table-cell')
        break
      case 'code':
        pushEmpty(child, walk.text, out, 'code', [])
        break
      case 'html':
        pushHtmlImages(child, walk.text, out, context)
        break
      case 'blockquote':
        walkBlocks(child, walk, out, 'quote')
        break
      case 'listItem':
        walkBlocks(child, walk, out, 'list-item')
        break
      case 'list':
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition':
        walkBlocks(child, walk, out, context)
        break
      default:
        // yaml/toml front matter, definitions, thematic breaks: not prose
        break
    }
  }
}

function pushBlock(node: MdNode, walk: Walk, out: Block[], kind: BlockKind, level?: number): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return
  const links: Link[] = []
  const images: Image[] = []
  const chars = blankedCopy(walk.text, start, end)
  readInline(node, { text: walk.text, base: start, chars, links, images, definitions: walk.definitions })
  const explicit = links.length
  // bare addresses join the list; an autolink's own URL is found a second time and dropped
  const text = blankNonProse(blankQuoteMarkers(chars.join('')), links, start)
  const block: Block = { kind, start, end, text }
  if (level !== undefined) block.level = level
  if (links.length > 0) block.links = explicit > 0 && links.length > explicit ? mergeLinks(links, explicit) : links
  if (images.length > 0) block.images = images
  out.push(block)
}

/** A block with no prose (code, an HTML image): its text all blank, so rules and counts find nothing. */
function pushEmpty(node: MdNode, text: string, out: Block[], kind: BlockKind, images: Image[]): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return
  const block: Block = { kind, start, end, text: blankedCopy(text, start, end).join('') }
  if (images.length > 0) block.images = images
  out.push(block)
}

/** An HTML block holding images becomes a block of its own, so alt-text checks see them. */
function pushHtmlImages(node: MdNode, text: string, out: Block[], context: BlockKind): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  const images: Image[] = []
  htmlImages(text, start, end, images)
  if (images.length > 0) pushEmpty(node, text, out, context, images)
}

/** Explicit links (the first `explicit`) and the bare addresses outside them, in order. */
function mergeLinks(links: Link[], explicit: number): Link[] {
  const own = links.slice(0, explicit)
  const outside = links.slice(explicit).filter((b) => !own.some((l) => l.start <= b.start && b.end <= l.end))
  return [...own, ...outside].sort((a, b) => a.start - b.start)
}

/** A same-length copy of text[start, end) with every character but line breaks turned to spaces. */
function blankedCopy(text: string, start: number, end: number): string[] {
  const chars = new Array<string>(end - start)
  for (let i = start; i < end; i++) {
    const c = text[i]
    chars[i - start] = c === '\n' || c === '\r' ? c : ' '
  }
  return chars
}
