import type { BlockSummary, Finding } from './types'
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
