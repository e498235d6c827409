import { ParseLatin } from 'parse-latin'
import type { Token, TokenKind } from './types'
import { isAbbreviation } from './abbreviations'
import { hasFillers, REFERENCE_TAIL, visibleWithPlaces } from './fillers'

interface NlcstNode {
  type: string
  value?: string
  children?: NlcstNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

const KIND: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'symbol',
}

const parser = new ParseLatin()
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/
const ZERO_WIDTH_ALL = /[\u200B\u2060\uFEFF]/g

/**
 * Tokenises one block with parse-latin and flattens its tree into tokens whose offsets are
 * absolute (`base` is the block's offset in the document). Words keep their inner hyphens
 * (EU-bidrag), a suspended compound keeps its hyphen (Miljö-), and a full stop that belongs to
 * a known abbreviation (enl., kap.) is joined to its word.
 */
export function tokenize(text: string, base: number): Token[] {
  if (hasFillers(text)) return tokenizeAroundFillers(text, base)
  const tokens: Token[] = []
  // parse-latin splits words at zero-width spaces; read them like soft hyphens (same length, so
  // offsets hold), while token texts still come from the real text
  const forParsing = ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '\u00AD') : text
  flatten(parser.parse(forParsing) as NlcstNode, text, base, tokens)
  return joinAbbreviationStops(tokens)
}

/**
 * Tokenises the text a reader sees (fillers left out, see fillers.ts) and maps each token back
 * onto the source: it runs from its first to its last visible character, fillers inside it
 * included, and takes the tail of a character reference it ends on. Its text is the visible
 * text: `h&auml;r` is one word, *här*, covering all eight characters.
 */
function tokenizeAroundFillers(text: string, base: number): Token[] {
  const { visible, at } = visibleWithPlaces(text)
  const tail = REFERENCE_TAIL.charCodeAt(0)
  return tokenize(visible, 0).map((t) => {
    let end = at[t.end - 1] + 1
    while (text.charCodeAt(end) === tail) end++
    return { kind: t.kind, text: t.text, start: at[t.start] + base, end: end + base }
  })
}

function flatten(node: NlcstNode, text: string, base: number, out: Token[]): void {
  const kind = KIND[node.type]
  if (kind) {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    out.push({ kind, text: text.slice(start, end), start: start + base, end: end + base })
    return
  }
  for (const child of node.children ?? []) flatten(child, text, base, out)
}

function joinAbbreviationStops(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const next = tokens[i + 1]
    if (
      t.kind === 'word' &&
      next?.kind === 'punctuation' &&
      next.text === '.' &&
      next.start === t.end &&
      !t.text.endsWith('.') &&
      isAbbreviation(t.text.toLowerCase() + '.')
    ) {
      out.push({ kind: 'word', text: t.text + '.', start: t.start, end: next.end })
      i++
    } else {
      out.push(t)
    }
  }
  return out
}
