import type { Finding } from './types'
import { LruCache } from './lru-cache'

/**
 * Findings of the block rules per paragraph, by the paragraph's text, relative to its start (up to
 * about a million characters of keys). A keystroke changes one paragraph, so the rules run on
 * that one only. Whoever changes the rules, their settings or the accepted words must clear it (the
 * key holds a signature of the accepted words and team terms, so documents with different lists
 * can share it).
 */
export class BlockFindingsCache extends LruCache<Finding[]> {
  constructor(maxCharacters = 1_000_000) {
    super(maxCharacters, (key) => key.length)
  }
}
