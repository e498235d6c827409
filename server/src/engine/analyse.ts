import type { AnalysedBlock, AnalysedDocument, Block, DocumentFormat, Sentence, Token } from './types'
import { markdownBlocks } from './markdown-blocks'
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
  const blocks: AnalysedBlock[] = []
  for (const chunk of splitChunks(text, format === 'markdown')) {
    const chunkText = text.slice(chunk.start, chunk.end)
    const key = format[0] + chunkText
    let relative = cache?.get(key)
    if (!relative) {
      relative = analyseChunk(chunkText, format)
      cache?.set(key, relative)
    }
    for (const block of relative) blocks.push(chunk.start === 0 ? block : shiftBlock(block, chunk.start))
  }
  return { text, format, blocks }
}

function analyseChunk(text: string, format: DocumentFormat): AnalysedBlock[] {
  const blocks = format === 'markdown' ? markdownBlocks(text) : plainBlocks(text)
  return blocks.map(analyseBlock)
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
