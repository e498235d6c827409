import type { Block, BlockSummary, Finding } from './types'
import { LruCache } from '../util/lru-cache'

/** One checked block as the cache keeps it: offsets relative to the block's start. */
export interface CachedBlock {
  findings: Finding[]
  summary: BlockSummary
}

/**
 * The block rules' findings and the summary of each paragraph, by the paragraph's text (up to
 * about a million characters of keys). A keystroke changes one paragraph, so only that one is
 * tokenised and checked. The key holds a signature of the rules in force, the accepted words and
 * the team's terms, so documents with different settings can share the cache; whoever changes
 * those lists in place must clear it.
 */
export class BlockFindingsCache extends LruCache<CachedBlock> {
  constructor(maxCharacters = 1_000_000) {
    super(maxCharacters, (key) => key.length)
  }
}

/**
 * A block's cache key: the check's signature, then everything a rule can read of the block
 * beyond its text (kind, heading level, declared language, the language of the section a short
 * heading opens, links, images, with offsets relative to the block), then the text. Quotations
 * and the detected language follow from the text, so they need no place of their own. Two blocks
 * with the same words but another link target, heading level or section language never share findings.
 */
export function blockCacheKey(signature: string, block: Block): string {
  const head = signature + '\u0000' + block.kind + '\u0000' + (block.level ?? '') + '\u0000' + (block.language ?? '') + '\u0000' + (block.sectionLanguage ?? '') + '\u0000' + (block.documentLanguage ?? '')
  return (block.links || block.images ? head + structureKey(block) : head) + '\u0000' + block.text
}

/** The links and images of a block, offsets relative to its start. */
function structureKey(block: Block): string {
  const at = block.start
  let key = ''
  for (const l of block.links ?? []) key += `\u0000L${l.start - at},${l.end - at},${l.textStart - at},${l.textEnd - at}\u0001${l.target}\u0001${l.text}\u0001${l.label ?? ''}`
  for (const i of block.images ?? []) key += `\u0000I${i.start - at},${i.end - at},${i.altMissing ? 'm' : ''}${i.decorative ? 'd' : ''}\u0001${i.source}\u0001${i.alt}`
  return key
}
