import type { DefaultTreeAdapterTypes } from 'parse5'
import type { BlockKind } from './types'

/** What an HTML element is to a reader of the page's text: the tables html-blocks.ts walks by. */

export type Element = DefaultTreeAdapterTypes.Element

/** Elements whose content is no prose of the page: code, data, embedded content, fallbacks. */
const SKIPPED = new Set([
  'head', 'title', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'textarea', 'select', 'datalist', 'map', 'frameset', 'xmp', 'plaintext',
])

/** Elements that start a new line of text (a block box): text on either side of them is never one paragraph. */
const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option',
  'p', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Inline elements whose text is code or input, blanked like Markdown's `code`. */
const CODE = new Set(['code', 'kbd', 'samp', 'var', 'tt'])

/** The kind of block the text directly inside an element makes; other elements pass on their parent's. */
const KIND: Record<string, BlockKind> = { li: 'list-item', dt: 'list-item', dd: 'list-item', td: 'table-cell', th: 'table-cell', blockquote: 'quote' }

/** Page landmarks that are not the page's own text: left out when the page marks its main content. */
const SURROUNDINGS = new Set(['nav', 'header', 'footer', 'aside'])
const SURROUNDING_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary'])

/** An attribute's value (decoded by the parser), or undefined when the element lacks it. */
export function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value
  return undefined
}

function role(el: Element): string {
  return (attr(el, 'role') ?? '').trim().toLowerCase()
}

export function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName)
}

export function isBlockLevel(el: Element): boolean {
  return BLOCK_LEVEL.has(el.tagName)
}

export function isCode(el: Element): boolean {
  return CODE.has(el.tagName)
}

/** h1–h6: the heading level, else undefined. */
export function headingLevel(el: Element): number | undefined {
  const m = /^h([1-6])$/.exec(el.tagName)
  return m ? Number(m[1]) : undefined
}

/** The kind of block text directly in `el` makes, given the kind its parent passes on. */
export function kindIn(el: Element, inherited: BlockKind): BlockKind {
  return KIND[el.tagName] ?? inherited
}

const DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i

/** Hidden from every reader: the `hidden` attribute, `aria-hidden="true"` or an inline `display: none`. */
export function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true
  if (attr(el, 'aria-hidden')?.trim().toLowerCase() === 'true') return true
  const style = attr(el, 'style')
  return style !== undefined && DISPLAY_NONE.test(style)
}

/** The page's main content (`<main>` or role="main"). */
export function isMain(el: Element): boolean {
  return el.tagName === 'main' || role(el) === 'main'
}

/** Navigation, a site header or footer, a sidebar: what surrounds the main content. */
export function isSurrounding(el: Element): boolean {
  return SURROUNDINGS.has(el.tagName) || SURROUNDING_ROLES.has(role(el))
}

/** role="presentation" or role="none": the element is decoration. */
export function isPresentational(el: Element): boolean {
  const r = role(el)
  return r === 'presentation' || r === 'none'
}

/** The element's `lang` (or `xml:lang`): '' when it says the language is unknown, undefined when it says nothing. */
export function langOf(el: Element): string | undefined {
  return attr(el, 'lang') ?? attr(el, 'xml:lang')
}
