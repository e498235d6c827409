import { parse, type DefaultTreeAdapterTypes, type ParserError } from 'parse5'
import type { Block, BlockKind, Image, Link } from './types'
import { primaryLanguage } from './declared-language'
import { blankNonProse } from './mask'
import { readable } from './fillers'
import { attr, headingLevel, isBlockLevel, isCode, isHidden, isMain, isPresentational, isSkipped, isSurrounding, kindIn, langOf, type Element } from './html-elements'
import { blankLike, codesOf, fill, fillMarkup, isBlank, LF, mergedRanges, paintText, SPACE, stringOf, visibleExtent } from './html-text'
import { htmlWarnings, MAX_DEPTH, survey, type PageProblems } from './html-problems'

type Node = DefaultTreeAdapterTypes.Node
type TextNode = DefaultTreeAdapterTypes.TextNode

/** What an HTML page gives the engine. */
export interface HtmlDocument {
  blocks: Block[]
  /**
   * The page as a reader sees it, at the source's offsets: character references decoded (see
   * fillers.ts), tags and comments filled. Rules read it as the document's text, so a finding's
   * text is *här*, not `h&auml;r`.
   */
  view: string
  /** What could not be read as intended, in Swedish. */
  warnings: string[]
}


/** Where the walk is: what text found here becomes. */
interface Context {
  kind: BlockKind
  level?: number
  language?: string
  /** The page's own language (`<html lang>`, `<body lang>`): a default detection may override (see Block.documentLanguage). */
  documentLanguage?: string
  /** Inside `<code>` and its kin: text, but not prose. */
  code: boolean
  inMain: boolean
  depth: number
}

/** Inline content between two block-level boundaries, on its way to becoming a block. */
interface Run {
  context: Context
  start: number
  end: number
  /** Tags inside the run: filled as JOIN between two visible characters, else blank. */
  tags: Array<[number, number]>
  breaks: number[]
}

/**
 * Reads an HTML page into blocks with the same contract as Markdown's (markdown-blocks.ts): each
 * block's text is the source slice with everything but prose blanked, so offsets are the source's.
 * Paragraphs, headings (with their level), list items (li, dt, dd), table cells, quotes, figure
 * captions and text directly in div, section, main or article are blocks; `pre` is a code block of
 * blank text. Left out: script, style, template and other non-prose content, hidden elements
 * (`hidden`, aria-hidden, inline display: none), and navigation, header, footer and sidebars
 * outside `<main>` when the page has one. Each block's language is its nearest `lang`.
 * Malformed HTML is read as browsers read it (parse5 follows the HTML standard's parser).
 */
export function htmlBlocks(source: string): HtmlDocument {
  const problems: PageProblems = { errors: [], unclosed: [], tooDeep: false, script: false }
  const tree = parse(source, { sourceCodeLocationInfo: true, onParseError: (e: ParserError) => problems.errors.push(e) })
  const walker = new Walker(source, problems, survey(tree, problems).main)
  walker.walkChildren(tree, { kind: 'paragraph', code: false, inMain: false, depth: 0 })
  const blocks = walker.finish()
  return { blocks, view: stringOf(walker.view), warnings: htmlWarnings(source, blocks, problems) }
}

class Walker {
  readonly view: Uint16Array
  private readonly prose: Uint16Array
  private readonly blocks: Block[] = []
  private readonly links: Link[] = []
  private readonly images: Image[] = []
  /** Links being read: their visible text so far. */
  private readonly openLinks: Array<{ text: string[]; first: number; last: number }> = []
  private run: Run | undefined

  constructor(
    private readonly source: string,
    private readonly problems: PageProblems,
    private readonly pageHasMain: boolean,
  ) {
    this.view = codesOf(source)
    this.prose = blankLike(source)
  }

  walkChildren(node: Node, context: Context): void {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (child.nodeName === '#text') this.text(child as TextNode, context)
      else if (child.nodeName === '#comment' || child.nodeName === '#documentType') this.markup(child)
      else if ('tagName' in child) this.element(child, context)
    }
  }

  private element(el: Element, outer: Context): void {
    const loc = el.sourceCodeLocation
    if (this.leftOut(el, outer)) return
    if (outer.depth >= MAX_DEPTH) {
      this.problems.tooDeep = true
      return
    }
    // in the view, markup between blocks or lines separates; inline markup joins (see fillers.ts);
    // an image stays as written, as in Markdown: a finding on it shows its markup, and a fix to its
    // alt text finds the text where it stands
    const separates = isBlockLevel(el) || el.tagName === 'br'
    for (const tag of [loc?.startTag, loc?.endTag]) {
      if (!tag || el.tagName === 'img') continue
      if (separates) fill(this.view, tag.startOffset, tag.endOffset, SPACE)
      else fillMarkup(this.view, tag.startOffset, tag.endOffset)
    }
    const context = this.contextOf(el, outer)
    // a line break or a block inside a link (a card link around a heading and a paragraph) parts its words
    if (separates) for (const link of this.openLinks) link.text.push(' ')
    if (isBlockLevel(el)) this.blockElement(el, context)
    else this.inlineElement(el, context)
    if (separates) for (const link of this.openLinks) link.text.push(' ')
  }

  private leftOut(el: Element, context: Context): boolean {
    return isSkipped(el) || isHidden(el) || (this.pageHasMain && !context.inMain && isSurrounding(el))
  }

  /**
   * What text inside `el` becomes. Block-level elements decide a block's kind, level and language;
   * an inline element only whether its text is code (a `lang` on a `<span>` is a phrase in another
   * language, not a paragraph in it).
   */
  private contextOf(el: Element, outer: Context): Context {
    const context: Context = { ...outer, depth: outer.depth + 1 }
    if (isCode(el)) context.code = true
    if (!isBlockLevel(el)) return context
    const level = headingLevel(el)
    context.kind = level ? 'heading' : kindIn(el, outer.kind)
    if (level) context.level = level
    const lang = langOf(el)?.trim()
    if (lang !== undefined && (el.tagName === 'html' || el.tagName === 'body')) context.documentLanguage = lang ? primaryLanguage(lang) : undefined
    else if (lang !== undefined) context.language = lang ? primaryLanguage(lang) : undefined
    if (isMain(el)) context.inMain = true
    return context
  }

  private blockElement(el: Element, context: Context): void {
    this.flush()
    const loc = el.sourceCodeLocation
    if (el.tagName === 'pre') {
      if (loc) this.push({ kind: 'code', start: loc.startOffset, end: this.endOf(el) }, context)
      return
    }
    const before = this.blocks.length
    this.walkChildren(el, context)
    this.flush()
    // an empty heading is still a heading: structure rules must see it
    if (context.kind === 'heading' && this.blocks.length === before && loc) this.push({ kind: 'heading', start: loc.startOffset, end: this.endOf(el) }, context)
  }

  private inlineElement(el: Element, context: Context): void {
    const loc = el.sourceCodeLocation
    const startTag = loc?.startTag
    if (el.tagName === 'img') {
      if (startTag) this.image(el, startTag.startOffset, startTag.endOffset, context)
      return
    }
    if (startTag) {
      const run = this.extend(context, startTag.startOffset, startTag.endOffset)
      if (el.tagName === 'br') run.breaks.push(startTag.startOffset)
      else run.tags.push([startTag.startOffset, startTag.endOffset])
    }
    const href = el.tagName === 'a' ? attr(el, 'href') : undefined
    if (href !== undefined) this.openLinks.push({ text: [], first: -1, last: -1 })
    this.walkChildren(el, context)
    const endTag = loc?.endTag
    if (endTag) this.extend(context, endTag.startOffset, endTag.endOffset).tags.push([endTag.startOffset, endTag.endOffset])
    if (href !== undefined && loc) this.link(el, href, startTag?.endOffset ?? loc.startOffset, endTag?.startOffset ?? loc.endOffset, this.endOf(el))
    else if (href !== undefined) this.openLinks.pop()
  }

  private text(node: TextNode, context: Context): void {
    const loc = node.sourceCodeLocation
    if (!loc) return
    const end = Math.min(loc.endOffset, this.source.length)
    paintText(this.source, loc.startOffset, end, node.value, this.view)
    if (context.code) return
    this.prose.set(this.view.subarray(loc.startOffset, end), loc.startOffset)
    const [first, last] = visibleExtent(this.view, loc.startOffset, end)
    if (first === last) return
    this.extend(context, first, last)
    for (const link of this.openLinks) {
      link.text.push(stringOf(this.view.subarray(loc.startOffset, end)))
      if (link.first < 0) link.first = first
      link.last = last
    }
  }

  private markup(node: Node): void {
    const loc = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined
    if (loc) fillMarkup(this.view, loc.startOffset, Math.min(loc.endOffset, this.source.length))
  }

  private image(el: Element, start: number, end: number, context: Context): void {
    this.extend(context, start, end)
    const alt = attr(el, 'alt')
    const image: Image = { alt: (alt ?? '').trim(), source: attr(el, 'src') ?? '', start, end }
    if (alt === undefined) image.altMissing = true
    if ((alt !== undefined && alt.trim() === '') || isPresentational(el)) image.decorative = true
    this.images.push(image)
    for (const link of this.openLinks) link.text.push(image.alt)
  }

  private link(el: Element, target: string, innerStart: number, innerEnd: number, end: number): void {
    const read = this.openLinks.pop()!
    const start = el.sourceCodeLocation!.startOffset
    const text = readable(read.text.join('')).replace(/\s+/g, ' ').trim()
    const link: Link = { text, target, start, end, textStart: read.first >= 0 ? read.first : innerStart, textEnd: read.first >= 0 ? read.last : innerEnd }
    const label = attr(el, 'aria-label')?.trim()
    if (label) link.label = label
    this.links.push(link)
  }

  /** The run for `context`, started if there is none, stretched over [start, end). */
  private extend(context: Context, start: number, end: number): Run {
    const run = (this.run ??= { context, start, end, tags: [], breaks: [] })
    run.start = Math.min(run.start, start)
    run.end = Math.max(run.end, end)
    return run
  }

  /** Makes the run so far a block, if it holds anything a reader sees. */
  private flush(): void {
    const run = this.run
    this.run = undefined
    if (!run) return
    const prose = this.prose
    for (const [start, end] of mergedRanges(run.tags)) {
      const joins = start > run.start && end < run.end && !isBlank(prose[start - 1]) && !isBlank(prose[end])
      if (joins) fillMarkup(prose, start, end)
    }
    for (const at of run.breaks) prose[at] = LF
    this.push({ kind: run.context.kind, start: run.start, end: run.end }, run.context)
  }

  private push(range: { kind: BlockKind; start: number; end: number }, context: Context): void {
    if (range.end <= range.start) return
    // web addresses and e-mail addresses in the text (often a link's own text) are not prose
    const block: Block = { ...range, text: blankNonProse(stringOf(this.prose.subarray(range.start, range.end))) }
    if (range.kind === 'heading' && context.level) block.level = context.level
    if (context.language) block.language = context.language
    if (context.documentLanguage) block.documentLanguage = context.documentLanguage
    this.blocks.push(block)
  }

  private endOf(el: Element): number {
    const loc = el.sourceCodeLocation!
    return Math.min(loc.endTag?.endOffset ?? loc.endOffset, this.source.length)
  }

  /**
   * The blocks in document order, links and images given to the block that holds them; runs that
   * hold nothing (only whitespace, only code) dropped, and so is a block that overlaps an
   * earlier one (text the parser moved out of a broken table).
   */
  finish(): Block[] {
    this.flush()
    const sorted = this.blocks.sort((a, b) => a.start - b.start)
    const kept: Block[] = []
    for (const block of sorted) {
      if (kept.length > 0 && block.start < kept[kept.length - 1].end) continue
      kept.push(block)
    }
    attach(kept, this.links, (l) => l.textStart, (b, l) => (b.links ??= []).push(l))
    attach(kept, this.images, (i) => i.start, (b, i) => (b.images ??= []).push(i))
    return kept.filter((b) => b.kind === 'heading' || b.kind === 'code' || b.links || b.images || /\S/.test(readable(b.text)))
  }
}

/** Gives each item to the block whose range holds `at(item)` (items and blocks in document order). */
function attach<T>(blocks: Block[], items: T[], at: (item: T) => number, give: (block: Block, item: T) => void): void {
  const sorted = [...items].sort((a, b) => at(a) - at(b))
  let k = 0
  for (const item of sorted) {
    const offset = at(item)
    while (k < blocks.length && blocks[k].end <= offset) k++
    if (k < blocks.length && blocks[k].start <= offset) give(blocks[k], item)
  }
}
