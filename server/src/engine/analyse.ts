import type { AnalysedBlock, AnalysedDocument, Block, DocumentFormat, Sentence, Token } from './types'
import { markdownBlocks, plainParagraph } from './markdown-blocks'
import { plainBlocks } from './plain-blocks'
import { tokenize } from './tokenize'
import { segment } from './segment'
import { splitChunks } from './chunks'
import type { AnalysisCache } from './analysis-cache'

/**
 * Reads a document into blocks, sentences and words; offsets point into `text`. The document
 * is analysed chunk by chunk (see chunks.ts), with an optional cache of chunk analyses.
 */
export function analyse(text: string, format: DocumentFormat, cache?: AnalysisCache): AnalysedDocument {
  const chunks = splitChunks(text, format === 'markdown')
  const chunkTexts = chunks.map((c) => text.slice(c.start, c.end))
  const keys = cache ? chunkTexts.map((t) => format[0] + t) : []
  const analysed: Array<AnalysedBlock[] | undefined> = cache ? keys.map((k) => cache.get(k)) : []
  const missing = chunks.map((_, i) => i).filter((i) => !cache || !analysed[i])
  const warnings: string[] = []
  const fresh = format === 'markdown' ? markdownChunkBlocks(chunkTexts, missing, warnings) : missing.map((i) => plainBlocks(chunkTexts[i]))
  const blocks: AnalysedBlock[] = []
  if (!cache) {
    // nothing to re-use later: analyse at the final offsets instead of shifting every token afterwards
    missing.forEach((chunkIndex, j) => {
      const base = chunks[chunkIndex].start
      for (const block of fresh[j]) blocks.push(analyseBlock({ ...block, start: block.start + base, end: block.end + base }))
    })
    return { text, format, blocks, ...(warnings.length ? { warnings } : {}) }
  }
  missing.forEach((chunkIndex, j) => {
    analysed[chunkIndex] = fresh[j].map(analyseBlock)
    cache.set(keys[chunkIndex], analysed[chunkIndex]!)
  })
  chunks.forEach((chunk, i) => {
    for (const block of analysed[i]!) blocks.push(chunk.start === 0 ? block : shiftBlock(block, chunk.start))
  })
  return { text, format, blocks, ...(warnings.length ? { warnings } : {}) }
}

/**
 * Blocks of the given Markdown chunks, relative to each chunk. Plain paragraphs take the fast
 * path; the rest are parsed together in one remark call (each parse has a fixed cost far larger
 * than a paragraph's). Chunks never share a construct, so parsing them side by side gives each
 * the blocks it would get alone; a blank line in front keeps a later chunk from being read as
 * front matter.
 */
const TOO_DEEP = /^(?:[ \t]*>){100}|^(?:[ \t]*[-*+][ \t]+){100}/m

function markdownChunkBlocks(chunkTexts: string[], indexes: number[], warnings?: string[]): Block[][] {
  const result: Block[][] = []
  const batch: Array<{ slot: number; start: number }> = []
  let combined = ''
  for (const chunkIndex of indexes) {
    const simple = plainParagraph(chunkTexts[chunkIndex])
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
  }
  if (batch.length === 0) return result
  let parsed: Block[]
  try {
    parsed = markdownBlocks(combined)
  } catch (error) {
    // pathological Markdown (thousands of nested quotes or lists) exhausts the parser's stack:
    // read those chunks as plain text rather than give up on the document
    warnings?.push(`Markdown-strukturen kunde inte läsas (${error instanceof RangeError ? 'för djup nästling' : String(error)}); texten granskas som ren text.`)
    for (const { slot } of batch) result[slot] = plainBlocks(chunkTexts[indexes[slot]])
    return result
  }
  let k = 0
  for (const block of parsed) {
    while (k + 1 < batch.length && batch[k + 1].start <= block.start) k++
    const { slot, start } = batch[k]
    result[slot].push({ ...block, start: block.start - start, end: block.end - start })
  }
  return result
}

export function analyseBlock(block: Block): AnalysedBlock {
  return { ...block, sentences: segment(tokenize(block.text, block.start)) }
}

function shiftBlock(block: AnalysedBlock, by: number): AnalysedBlock {
  const shiftToken = (t: Token): Token => ({ kind: t.kind, text: t.text, start: t.start + by, end: t.end + by })
  const shiftSentence = (s: Sentence): Sentence => {
    const tokens = s.tokens.map(shiftToken)
    return { start: s.start + by, end: s.end + by, tokens, words: tokens.filter((t) => t.kind === 'word') }
  }
  return { ...block, start: block.start + by, end: block.end + by, sentences: block.sentences.map(shiftSentence) }
}

/** Picks the format from a file name or LSP language id; anything unknown is plain text. */
export function formatFor(nameOrLanguageId: string): DocumentFormat {
  return /(^markdown$|\.(md|markdown|mdx|mdown|mkd)$)/i.test(nameOrLanguageId) ? 'markdown' : 'plaintext'
}
