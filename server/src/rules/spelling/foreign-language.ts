import type { AnalysedBlock } from '../../engine/types'
import { blockLanguage } from '../../engine/model'

/**
 * The language of a block that is not in Swedish, or undefined. Only a block with unknown words is
 * asked: a declared language counts for one unknown word, detection needs two to be worth asking.
 */
export function foreignLanguage(block: AnalysedBlock, unknownCount: number): string | undefined {
  if (unknownCount === 0 || (unknownCount < 2 && !block.language)) return undefined
  const language = blockLanguage(block)
  return language && language !== 'sv' ? language : undefined
}
