import type { Block } from './types'
import { attribute } from './markdown-inline'

/**
 * Languages a document declares: for the whole document in its front matter (`lang: en`), or
 * for a stretch of it by an HTML element with a `lang` attribute (`<div lang="en">` … `</div>`),
 * which may enclose several paragraphs and so several chunks. Both are read over the whole text
 * after the chunks are parsed, and only when the text mentions `lang` at all.
 */

/** A stretch of the document in a declared language. */
interface LanguageRange {
  start: number
  end: number
  language: string
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_LANG = /^lang(?:uage)?[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)["']?[ \t]*$/m
const LANG_TAG = /<([A-Za-z][A-Za-z0-9-]*)\b[^>]*?\slang\s*=[^>]*>/g

/** A language tag's primary subtag in lower case: 'en-GB' → 'en', 'SV_se' → 'sv'. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase()
}

/** Sets `language` on the blocks a Markdown document declares a language for (in place). */
export function applyDeclaredLanguages(text: string, blocks: Block[]): void {
  if (!text.includes('lang')) return
  const whole = frontMatterLanguage(text)
  const ranges = htmlLanguageRanges(text)
  if (!whole && ranges.length === 0) return
  for (const block of blocks) {
    // the innermost element wins: ranges are sorted by start, so the last one that holds the block
    let language = whole
    for (const r of ranges) {
      if (r.start > block.start) break
      if (block.end <= r.end) language = r.language
    }
    if (language) block.language = language
  }
}

function frontMatterLanguage(text: string): string | undefined {
  const front = FRONT_MATTER.exec(text)
  const lang = front ? FRONT_MATTER_LANG.exec(front[1]) : null
  return lang ? primaryLanguage(lang[1]) : undefined
}

/** The inside of every element with a `lang` attribute, to its matching end tag (or the end of the text). */
function htmlLanguageRanges(text: string): LanguageRange[] {
  const ranges: LanguageRange[] = []
  for (const m of text.matchAll(LANG_TAG)) {
    const value = attribute(m[0], 'lang')
    if (!value) continue
    const start = m.index + m[0].length
    ranges.push({ start, end: closingTag(text, m[1], start), language: primaryLanguage(value) })
  }
  return ranges
}

/** Where the element named `tag` that opens before `from` ends, counting nested elements of the same name. */
function closingTag(text: string, tag: string, from: number): number {
  const re = new RegExp(String.raw`<(/?)${tag}\b[^>]*>`, 'gi')
  re.lastIndex = from
  let depth = 1
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].endsWith('/>')) continue
    depth += m[1] ? -1 : 1
    if (depth === 0) return m.index
  }
  return text.length
}
