import type { AnalysedBlock, AnalysedDocument, Block, DocumentFormat } from './types'
import { markdownBlocks } from './markdown-blocks'
import { plainHeading, plainList, plainParagraph } from './plain-markdown'
import { plainBlocks } from './plain-blocks'
import { htmlBlocks } from './html-blocks'
import { tokenize } from './tokenize'
import { segment } from './segment'
import { splitChunks } from './chunks'
import type { ChunkCache } from './chunk-cache'
import { detached } from '../util/detached'
import { shiftBlock } from './block-shift'
import { applyDeclaredLanguages, applyDeclaredPlainLanguages } from './declared-language'
import { applySectionLanguages } from './section-language'
import { quotedSpans } from './quotes'

/** A document's blocks (offsets into `text`), not yet tokenised. */
export interface DocumentBlocks {
  blocks: Block[]
  /** What could not be read as intended (in Swedish), e.g. Markdown nested too deep to parse. */
  warnings: string[]
  /**
   * The document as its reader sees it, at the source's offsets, where that differs from the
   * source: an HTML page with its character references decoded and its tags filled (see
   * html-blocks.ts). Rules read it as the document's text.
   */
  view?: string
}

/**
 * Splits a document into prose blocks, chunk by chunk (see chunks.ts), with an optional cache of
 * each chunk's blocks so that a re-check parses only the chunk that changed.
 */
export function documentBlocks(text: string, format: DocumentFormat, cache?: ChunkCache): DocumentBlocks {
  // an HTML element reaches across blank lines, so a page is parsed whole; the block cache still
  // spares the rules every paragraph a keystroke left alone
  if (format === 'html') {
    const page = htmlBlocks(text)
    applySectionLanguages(page.blocks)
    return page
  }
  const chunks = splitChunks(text, format === 'markdown')
  const chunkTexts = chunks.map((c) => text.slice(c.start, c.end))
  const keys = cache ? chunkTexts.map((t) => format[0] + t) : []
  const known: Array<Block[] | undefined> = cache ? keys.map((k) => cache.get(k)) : []
  const missing = chunks.map((_, i) => i).filter((i) => !known[i])
  const warnings: string[] = []
  const fresh = format === 'markdown' ? markdownChunkBlocks(chunkTexts, missing, warnings) : missing.map((i) => plainBlocks(chunkTexts[i]))
  missing.forEach((chunkIndex, j) => {
    known[chunkIndex] = fresh[j]
    cache?.set(keys[chunkIndex], detached(fresh[j]))
  })
  const blocks: Block[] = []
  chunks.forEach((chunk, i) => {
    for (const block of known[i]!) blocks.push(shiftBlock(block, chunk.start))
  })
  // declared languages reach across chunks (an element around paragraphs), so they come last
  if (format === 'markdown') applyDeclaredLanguages(text, blocks)
  else applyDeclaredPlainLanguages(text, blocks)
  applySectionLanguages(blocks)
  return { blocks, warnings }
}

/** Reads a whole document into blocks, sentences and words; offsets point into `text`. */
export function analyse(text: string, format: DocumentFormat): AnalysedDocument {
  const { blocks, warnings } = documentBlocks(text, format)
  return { text, format, blocks: blocks.map(analyseBlock), ...(warnings.length ? { warnings } : {}) }
}

const TOO_DEEP = /^(?:[ \t]*>){100}|^(?:[ \t]*[-*+][ \t]+){100}/m

/**
 * Blocks of the given Markdown chunks, relative to each chunk. Plain paragraphs and simple lists
 * take the fast paths (plain-markdown.ts); the rest are parsed together, in batches of up to
 * MAX_BATCH_CHARS, by remark (each parse has a fixed cost far larger than a paragraph's). Chunks
 * never share a construct, so parsing them side by side gives each the blocks it would get
 * alone; a blank line in front keeps a later chunk from being read as front matter.
 */
function markdownChunkBlocks(chunkTexts: string[], indexes: number[], warnings?: string[]): Block[][] {
  const result: Block[][] = []
  let batch: Array<{ slot: number; start: number }> = []
  let combined = ''
  const flush = (): void => {
    if (batch.length > 0) parseBatch(combined, batch, result, chunkTexts, indexes, warnings)
    batch = []
    combined = ''
  }
  for (const chunkIndex of indexes) {
    const simple = plainParagraph(chunkTexts[chunkIndex]) ?? plainList(chunkTexts[chunkIndex]) ?? plainHeading(chunkTexts[chunkIndex])
    result.push(simple ?? [])
    if (simple) continue
    if (TOO_DEEP.test(chunkTexts[chunkIndex])) {
      // hundreds of nested quotes or lists cost the parser seconds and gigabytes, then its stack
      warnings?.push('Markdown nästlad i mer än 100 nivåer granskas som ren text.')
      result[result.length - 1] = plainBlocks(chunkTexts[chunkIndex])
      continue
    }
    if (batch.length === 0 && chunkIndex !== 0) combined = '\n'
    batch.push({ slot: result.length - 1, start: combined.length })
    combined += chunkTexts[chunkIndex]
    // test the chunk's own end: a regular expression over the growing batch would be quadratic
    if (!/\n[ \t]*\n$/.test(chunkTexts[chunkIndex].slice(-64))) combined += '\n\n'
    // the parser's working memory is many times its input: bound it, the per-call cost is paid off long before
    if (combined.length >= MAX_BATCH_CHARS) flush()
  }
  flush()
  return result
}

const MAX_BATCH_CHARS = 32_000

function parseBatch(combined: string, batch: Array<{ slot: number; start: number }>, result: Block[][], chunkTexts: string[], indexes: number[], warnings?: string[]): void {
  let parsed: Block[]
  try {
    parsed = markdownBlocks(combined)
  } catch (error) {
    // pathological Markdown (thousands of nested quotes or lists) exhausts the parser's stack:
    // read those chunks as plain text rather than give up on the document
    warnings?.push(`Markdown-strukturen kunde inte läsas (${error instanceof RangeError ? 'för djup nästling' : String(error)}); texten granskas som ren text.`)
    for (const { slot } of batch) result[slot] = plainBlocks(chunkTexts[indexes[slot]])
    return
  }
  let k = 0
  for (const block of parsed) {
    while (k + 1 < batch.length && batch[k + 1].start <= block.start) k++
    const { slot, start } = batch[k]
    result[slot].push(shiftBlock(block, -start))
  }
}

/** A block read down to sentences, tokens and quotations: what block rules see. */
export function analyseBlock(block: Block): AnalysedBlock {
  return { ...block, sentences: segment(tokenize(block.text, block.start)), quotes: quotedSpans(block.text, block.start) }
}

/** Picks the format from a file name or LSP language id; anything unknown is plain text. */
export function formatFor(nameOrLanguageId: string): DocumentFormat {
  if (/(^markdown$|\.(md|markdown|mdx|mdown|mkd)$)/i.test(nameOrLanguageId)) return 'markdown'
  return /(^html$|\.(html|htm)$)/i.test(nameOrLanguageId) ? 'html' : 'plaintext'
}
