/**
 * The document model as rules read it, in one place. One parse (engine/analyse.ts) gives blocks
 * with their kind, a heading's level, the declared language, links and images; each block is
 * read into sentences, tokens and quotations before the block rules see it. What costs more and
 * is seldom needed is computed on request and remembered: a block's language (declared, else
 * detected) and a sentence's part-of-speech tags. Nothing here names a source format, so the
 * same model can come from Markdown, plain text, and later HTML or Word files.
 */
export type { AnalysedBlock, Block, BlockKind, Image, Link, QuotedSpan, Sentence, Token } from './types'
export { blockLanguage, detectLanguage, languageName } from './language'
export { tagsOf } from './tags'
export { isQuoted } from './quotes'
