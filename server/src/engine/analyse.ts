import type { AnalysedBlock, AnalysedDocument, Block, DocumentFormat } from './types'
import { markdownBlocks } from './markdown-blocks'
import { plainBlocks } from './plain-blocks'
import { tokenize } from './tokenize'
import { segment } from './segment'

/** Reads a document into blocks, sentences and words; offsets point into `text`. */
export function analyse(text: string, format: DocumentFormat): AnalysedDocument {
  const blocks = format === 'markdown' ? markdownBlocks(text) : plainBlocks(text)
  return { text, format, blocks: blocks.map(analyseBlock) }
}

export function analyseBlock(block: Block): AnalysedBlock {
  return { ...block, sentences: segment(tokenize(block.text, block.start)) }
}

/** Picks the format from a file name or LSP language id; anything unknown is plain text. */
export function formatFor(nameOrLanguageId: string): DocumentFormat {
  return /(^markdown$|\.(md|markdown|mdx|mdown|mkd)$)/i.test(nameOrLanguageId) ? 'markdown' : 'plaintext'
}
