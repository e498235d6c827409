import type { DefaultTreeAdapterTypes, ParserError } from 'parse5'
import { isMain, type Element } from './html-elements'
import type { Block } from './types'
import { LineIndex } from './line-index'
import { readable } from './fillers'

/**
 * What a reader of the page's HTML should know about the check: text a browser would not show
 * either (a comment or a tag never closed swallows the rest of the page), parts too deep to read,
 * and a page whose only content is script. Most parse errors change nothing a reader sees (a `</p>` too
 * many) and are left to the validators.
 */

type Node = DefaultTreeAdapterTypes.Node

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'

/** Deeper than this the page is not read: no page people read nests so deep, and the walk must not exhaust the stack. */
export const MAX_DEPTH = 400

/** Elements whose content is read as raw text to their end tag: without one they run to the end of the page. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes'])

/** What the survey before the walk and the walk itself noticed. */
export interface PageProblems {
  errors: ParserError[]
  /** Raw-text elements without an end tag. */
  unclosed: Element[]
  tooDeep: boolean
  script: boolean
}

/** Parse errors after which the rest of the page is not text: what was left open, and how it opens. */
const SWALLOWING: Record<string, { what: string; opener: string }> = {
  'eof-in-comment': { what: 'en kommentar (<!--) som aldrig stängs (-->)', opener: '<!--' },
  'eof-in-tag': { what: 'en tagg som aldrig stängs (>)', opener: '<' },
  'eof-in-cdata': { what: 'ett CDATA-avsnitt som aldrig stängs', opener: '<![CDATA[' },
}

/** The warnings for a page, in Swedish, each at most once. */
export function htmlWarnings(source: string, blocks: readonly Block[], problems: PageProblems): string[] {
  const warnings: string[] = []
  let lines: LineIndex | undefined
  const line = (offset: number): number => (lines ??= new LineIndex(source)).position(offset).line + 1
  for (const error of problems.errors) {
    const open = SWALLOWING[error.code]
    // the parser notices at the end of the page; the reader needs the line where it opened
    const at = open ? source.lastIndexOf(open.opener, error.startOffset) : -1
    if (open) warnings.push(`HTML-koden slutar i ${open.what}, från rad ${line(Math.max(at, 0))}; texten efter den granskas inte, och en webbläsare visar den inte heller.`)
  }
  // raw text ends only at its end tag, so one without an end tag ran to the end of the page
  for (const el of problems.unclosed) {
    warnings.push(`<${el.tagName}> på rad ${line(el.sourceCodeLocation!.startOffset)} stängs aldrig med </${el.tagName}>; resten av sidan läses som dess innehåll och granskas inte.`)
  }
  if (problems.tooDeep) warnings.push(`Delar av sidan är nästlade i mer än ${MAX_DEPTH} nivåer och granskas inte.`)
  if (problems.script && !blocks.some((b) => /\p{L}/u.test(readable(b.text)))) {
    warnings.push('Sidan har ingen text utanför skript: den fylls troligen i av JavaScript i webbläsaren, och i filen finns ingen text att granska.')
  }
  return [...new Set(warnings)]
}

/**
 * One look over the whole tree before the walk, which leaves parts out: whether the page marks its
 * main content (`<main>` or role="main"), has scripts, and has raw-text elements without an end tag.
 */
export function survey(tree: Node, problems: PageProblems): { main: boolean } {
  let main = false
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const n = stack.pop()!
    if ('tagName' in n) {
      if (isMain(n)) main = true
      if (n.tagName === 'script') problems.script = true
      if (RAW_TEXT.has(n.tagName) && n.namespaceURI === HTML_NAMESPACE && n.sourceCodeLocation && !n.sourceCodeLocation.endTag) problems.unclosed.push(n)
    }
    if ('childNodes' in n) for (const child of n.childNodes) stack.push(child)
  }
  problems.unclosed.sort((a, b) => a.sourceCodeLocation!.startOffset - b.sourceCodeLocation!.startOffset)
  return { main }
}
