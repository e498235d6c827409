import type { Image, Link } from './types'

/** Minimal view of the mdast nodes we read; avoids a dependency on @types/mdast. */
export interface MdNode {
  type: string
  children?: MdNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
  value?: string
  url?: string
  alt?: string | null
  depth?: number
  identifier?: string
}

/** What reading a block's inline nodes fills in: its prose characters, links and images. */
export interface InlineTarget {
  /** The document (or batch) text the node offsets point into. */
  text: string
  /** The block's start: `chars[i]` is the character at `base + i`. */
  base: number
  chars: string[]
  links: Link[]
  images: Image[]
  /** Link and image definitions by identifier, for references (collected on first use). */
  definitions(): Map<string, string>
}

/** Inline containers whose children may hold prose. */
const CONTAINERS = new Set(['emphasis', 'strong', 'delete'])

/**
 * Copies the prose of a block's inline nodes into `chars` (everything else stays blank) and
 * collects the links and images on the way: one walk gives the text and the structure.
 */
export function readInline(node: MdNode, into: InlineTarget): void {
  for (const child of node.children ?? []) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (child.type === 'text') {
      for (let i = start; i < end; i++) into.chars[i - into.base] = into.text[i]
    } else if (CONTAINERS.has(child.type)) {
      readInline(child, into)
    } else if (child.type === 'link' || child.type === 'linkReference') {
      readInline(child, into)
      // a bare URL or address (GFM's literal autolink) is found by the mask, as in every format
      const opener = into.text[start]
      if (child.type === 'link' && opener !== '[' && opener !== '<') continue
      const target = child.type === 'link' ? (child.url ?? '') : (into.definitions().get(child.identifier ?? '') ?? '')
      into.links.push({ text: visibleText(child), target, start, end, ...textRange(child, start) })
    } else if (child.type === 'image' || child.type === 'imageReference') {
      const source = child.type === 'image' ? (child.url ?? '') : (into.definitions().get(child.identifier ?? '') ?? '')
      into.images.push({ alt: child.alt ?? '', source, start, end })
    } else if (child.type === 'html') {
      htmlImages(into.text, start, end, into.images)
    }
  }
}

/** What a reader (or a screen reader) takes as a link's text: its words, and the alt text of images in it. */
function visibleText(node: MdNode): string {
  let out = ''
  for (const child of node.children ?? []) {
    if (child.type === 'text' || child.type === 'inlineCode') out += child.value ?? ''
    else if (child.type === 'image' || child.type === 'imageReference') out += child.alt ?? ''
    else out += visibleText(child)
  }
  return out
}

function textRange(node: MdNode, start: number): { textStart: number; textEnd: number } {
  const children = node.children ?? []
  const first = children[0]?.position?.start.offset
  const last = children[children.length - 1]?.position?.end.offset
  if (first === undefined || last === undefined) return { textStart: start + 1, textEnd: start + 1 }
  return { textStart: first, textEnd: last }
}

const IMG_TAG = /<img\b[^<>]*>/gi

/**
 * Images written as HTML `<img … alt="…" src="…">` in text[start, end), read as HTML files are:
 * no `alt` attribute is a missing alternative text; an empty `alt=""`, `role="presentation"` or
 * `"none"`, or `aria-hidden="true"` marks the image as decoration.
 */
export function htmlImages(text: string, start: number, end: number, out: Image[]): void {
  const slice = text.slice(start, end)
  for (const m of slice.matchAll(IMG_TAG)) {
    const at = start + m.index
    // a bare `alt` (no value) is an empty one, as in HTML
    const alt = attribute(m[0], 'alt') ?? (/\salt(?=[\s/>])/i.test(m[0]) ? '' : undefined)
    const image: Image = { alt: alt ?? '', source: attribute(m[0], 'src') ?? '', start: at, end: at + m[0].length }
    if (alt === undefined) image.altMissing = true
    if ((alt !== undefined && alt.trim() === '') || markedDecorative(m[0])) image.decorative = true
    out.push(image)
  }
}

/** role="presentation" or "none", or aria-hidden="true": the tag hides the image from assistive technology. */
function markedDecorative(tag: string): boolean {
  const role = attribute(tag, 'role')?.trim().toLowerCase()
  return role === 'presentation' || role === 'none' || attribute(tag, 'aria-hidden')?.trim().toLowerCase() === 'true'
}

/** An attribute's value in an HTML start tag, quoted or not; undefined when the tag lacks it. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`, 'i').exec(tag)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

/** The tree's link and image definitions (`[id]: url`), by the identifier references use. */
export function collectDefinitions(node: MdNode, out = new Map<string, string>()): Map<string, string> {
  for (const child of node.children ?? []) {
    if (child.type === 'definition' && child.identifier !== undefined && !out.has(child.identifier)) out.set(child.identifier, child.url ?? '')
    else if (child.children) collectDefinitions(child, out)
  }
  return out
}
