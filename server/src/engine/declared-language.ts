import type { Block } from './types'
import { attribute } from './markdown-inline'

/**
 * Languages a document declares: for the whole document in its front matter (`lang: en`), from a
 * comment on to the next such comment (`<!-- klarsprak-language: en -->`, `sv` switches back), or
 * for a stretch of it by an HTML element with a `lang` attribute (`<div lang="en">` … `</div>`),
 * which may enclose several paragraphs and so several chunks. The narrower wins: an element over
 * a comment, a comment over the front matter. All are read over the whole text after the chunks
 * are parsed, and only when the text mentions `lang` at all.
 */

/** A stretch of the document in a declared language. */
interface LanguageRange {
  start: number
  end: number
  language: string
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_LANG = /^lang(?:uage)?[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)["']?[ \t]*$/m
/** `<!-- klarsprak-language: en -->`: the blocks after it are in that language, up to the next one. */
const LANGUAGE_COMMENT = /<!--[ \t]*klarsprak-language[ \t]*:?[ \t]*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)[ \t]*-->/g
/** The same on a line of its own in plain text, like the other directives there. */
const LANGUAGE_LINE = /^[ \t]*klarsprak-language[ \t]*:?[ \t]*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)[ \t]*$/gm
/** An HTML start or end tag (its name in group 2, a slash for an end tag in group 1). */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/g
/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** A language tag's primary subtag in lower case: 'en-GB' → 'en', 'SV_se' → 'sv'. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase()
}

/** Sets `language` on the blocks a Markdown document declares a language for (in place). */
export function applyDeclaredLanguages(text: string, blocks: Block[]): void {
  if (!text.includes('lang')) return
  const whole = frontMatterLanguage(text)
  const ranges = htmlLanguageRanges(text)
  const comments = commentLanguages(text, LANGUAGE_COMMENT)
  if (!whole && ranges.length === 0 && comments.length === 0) return
  for (const block of blocks) {
    // the front matter's language is the document's default; the last comment before the block,
    // then the innermost element, override it: ranges are sorted by start, so the last one that holds the block
    if (whole) block.documentLanguage = whole
    let language: string | undefined
    for (const c of comments) {
      if (c.start > block.start) break
      language = c.language
    }
    for (const r of ranges) {
      if (r.start > block.start) break
      if (block.end <= r.end) language = r.language
    }
    if (language) block.language = language
  }
}

/** Sets `language` on the blocks after a `klarsprak-language: en` line in plain text (in place). */
export function applyDeclaredPlainLanguages(text: string, blocks: Block[]): void {
  if (!text.includes('klarsprak-language')) return
  const lines = commentLanguages(text, LANGUAGE_LINE)
  let k = -1
  for (const block of blocks) {
    while (k + 1 < lines.length && lines[k + 1].start <= block.start) k++
    if (k >= 0) block.language = lines[k].language
  }
}

/** Every language directive, where it ends and what it declares, in order. */
function commentLanguages(text: string, pattern: RegExp): Array<{ start: number; language: string }> {
  if (!text.includes('klarsprak-language')) return []
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index + m[0].length, language: primaryLanguage(m[1]) }))
}

function frontMatterLanguage(text: string): string | undefined {
  const front = FRONT_MATTER.exec(text)
  const lang = front ? FRONT_MATTER_LANG.exec(front[1]) : null
  return lang ? primaryLanguage(lang[1]) : undefined
}

/**
 * The inside of every element with a `lang` attribute, to its end tag (or the end of the text),
 * sorted by start. One pass over the tags with a stack of open elements: an end tag closes the
 * innermost open element of its name and whatever was left open inside it, as browsers do.
 */
function htmlLanguageRanges(text: string): LanguageRange[] {
  const ranges: LanguageRange[] = []
  const open: Array<{ name: string; start: number; language?: string }> = []
  const close = (entry: { start: number; language?: string }, end: number): void => {
    if (entry.language) ranges.push({ start: entry.start, end, language: entry.language })
  }
  for (const m of text.matchAll(TAG)) {
    const name = m[2].toLowerCase()
    if (m[1]) {
      const at = open.findLastIndex((e) => e.name === name)
      if (at < 0) continue
      for (const entry of open.splice(at)) close(entry, m.index)
    } else if (!VOID.has(name) && !m[0].endsWith('/>')) {
      const value = attribute(m[0], 'lang')
      open.push({ name, start: m.index + m[0].length, ...(value ? { language: primaryLanguage(value) } : {}) })
    }
  }
  for (const entry of open) close(entry, text.length)
  return ranges.sort((a, b) => a.start - b.start)
}
