import type { AnalysedBlock, AnalysedDocument, BlockSummary, DocumentOverview } from './types'
import { isLongWord } from './metrics'
import { metricsLanguage } from './language'
import { addSentenceSides } from '../morphology'

/**
 * The figures of one analysed block (offsets as in the block); `ruleData` is filled in by the check.
 * `language` is the block's as the metrics read it; the check has it already and passes it on.
 */
export function summarizeBlock(block: AnalysedBlock, language: string | undefined = metricsLanguage(block)): BlockSummary {
  const summary: BlockSummary = { kind: block.kind, start: block.start, end: block.end, sentences: [], words: 0, longWords: 0, types: [], nominal: 0, verbal: 0, ruleData: {} }
  const types = new Set<string>()
  for (const sentence of block.sentences) {
    if (sentence.words.length === 0) continue
    summary.sentences.push({ start: sentence.start, end: sentence.end, words: sentence.words.length })
    const texts = sentence.words.map((w) => w.text)
    for (const word of texts) {
      summary.words++
      if (isLongWord(word)) summary.longWords++
      types.add(word.toLowerCase())
    }
    addSentenceSides(texts, summary)
  }
  summary.types = [...types]
  // only a block with words has a language worth counting
  if (language && summary.words > 0) summary.language = language
  return summary
}

/** The same summary with every offset moved by `by` (cached summaries are kept relative to their block). */
export function shiftSummary(summary: BlockSummary, by: number): BlockSummary {
  return {
    ...summary,
    start: summary.start + by,
    end: summary.end + by,
    sentences: summary.sentences.map((s) => ({ start: s.start + by, end: s.end + by, words: s.words })),
  }
}

/** The overview of a fully analysed document (for tools and tests that analyse without checking). */
export function summarize(doc: AnalysedDocument): DocumentOverview {
  return { text: doc.text, format: doc.format, blocks: doc.blocks.map((block) => summarizeBlock(block)), ...(doc.warnings ? { warnings: doc.warnings } : {}) }
}
