import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import type { Block, BlockKind } from './types'
import { blankNonProse, blankQuoteMarkers } from './mask'

/** Minimal view of the mdast nodes we read; avoids a dependency on @types/mdast. */
interface MdNode {
  type: string
  children?: MdNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Inline nodes whose source text is prose; everything else inside a block is blanked. */
const PROSE_INLINE = new Set(['text'])
/** Inline containers whose children may hold prose (emphasis, links, ...). */
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/**
 * Splits Markdown into prose blocks (paragraphs, headings, list items, table cells).
 * Code, HTML, front matter, link targets and markup characters never reach the rules.
 */
export function markdownBlocks(text: string): Block[] {
  const tree = parser.parse(text) as MdNode
  const blocks: Block[] = []
  walkBlocks(tree, text, blocks, 'paragraph')
  return blocks
}

function walkBlocks(node: MdNode, text: string, out: Block[], context: BlockKind): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'paragraph':
        pushBlock(child, text, out, context)
        break
      case 'heading':
        pushBlock(child, text, out, 'heading')
        break
      case 'tableCell':
        pushBlock(child, text, out, 'table-cell')
        break
      case 'blockquote':
        walkBlocks(child, text, out, 'quote')
        break
      case 'listItem':
        walkBlocks(child, text, out, 'list-item')
        break
      case 'list':
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition':
        walkBlocks(child, text, out, context)
        break
      default:
        // code, html, yaml/toml front matter, definitions, thematic breaks: not prose
        break
    }
  }
}

function pushBlock(node: MdNode, text: string, out: Block[], kind: BlockKind): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return
  const chars = blankedCopy(text, start, end)
  copyProse(node, text, start, chars)
  const masked = blankNonProse(blankQuoteMarkers(chars.join('')))
  out.push({ kind, start, end, text: masked })
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

function copyProse(node: MdNode, text: string, base: number, chars: string[]): void {
  for (const child of node.children ?? []) {
    if (PROSE_INLINE.has(child.type)) {
      const s = child.position?.start.offset
      const e = child.position?.end.offset
      if (s === undefined || e === undefined) continue
      for (let i = s; i < e; i++) chars[i - base] = text[i]
    } else if (INLINE_CONTAINERS.has(child.type)) {
      copyProse(child, text, base, chars)
    }
  }
}
