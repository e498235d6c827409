import type { Finding } from './types'
import { readable, REFERENCE_TAIL } from './fillers'

/** A character that stood for a reference in the source (it has a tail), or a less-than sign anywhere. */
const UNSAFE = new RegExp(`&${REFERENCE_TAIL}+|<|>${REFERENCE_TAIL}+`, 'g')
/** Tags, comments and blanks only, from a `<` to a `>`. */
const MARKUP_ONLY = /^<(?:[^<>]*>\s*<)*[^<>]*>$/
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * A finding on an HTML page as its reader and its quick fixes need it. Rules read the page's
 * view (html-blocks.ts), so their texts can hold fillers: these go, and the message says *här*
 * where the source has `h&auml;r`. A fix is written into the source, so an ampersand or angle
 * bracket that stood for a reference is written as one again; and a finding whose stretch of the
 * source holds a tag keeps its message but loses its fixes, which would delete the tag with the
 * text around it (only removing markup with no text inside, an empty `<h2></h2>`, is kept).
 */
export function htmlFinding(f: Finding, source: string): Finding {
  const covered = source.slice(f.offset, f.endOffset)
  // removing whole elements with no text in them (an empty heading) leaves the page well formed
  const crossesMarkup = f.expected.length > 0 && covered.includes('<') && !(f.expected.every((e) => e === '') && MARKUP_ONLY.test(covered))
  const cleaned: Finding = {
    ...f,
    message: shown(f.message),
    // a finding on markup alone (an empty <h2></h2>) shows the markup
    actual: shown(f.actual).trim() === '' ? covered : shown(f.actual),
    expected: crossesMarkup ? [] : f.expected.map((e) => shown(e.replace(UNSAFE, (m) => ESCAPED[m[0]]))),
  }
  if (f.note !== undefined) cleaned.note = shown(f.note)
  return cleaned
}

/**
 * Text as the page shows it: fillers out, and the spaces after a blank dropped (they stand for the
 * rest of a reference such as `&nbsp;`, and a browser shows a run of spaces as one anyway).
 */
function shown(text: string): string {
  return readable(text).replace(/(\s) +/g, '$1')
}
