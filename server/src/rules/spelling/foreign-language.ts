import type { AnalysedBlock } from '../../engine/types'
import { blockLanguage } from '../../engine/model'
import { strangerCount, type UnknownWord } from './unknown-words'

/**
 * The language of a block that is not in Swedish, or undefined. Only a block with unknown words is
 * asked: a declared language, or the language of the section a short heading opens, counts for
 * one unknown word; detection needs two different lowercase ones (names say nothing of the language).
 */
export function foreignLanguage(block: AnalysedBlock, unknown: readonly UnknownWord[]): string | undefined {
  if (unknown.length === 0 || (strangerCount(unknown) < 2 && !block.language && !block.sectionLanguage)) return undefined
  const language = blockLanguage(block)
  return language && language !== 'sv' ? language : undefined
}
