import type { Block } from './types'
import { LruCache } from '../util/lru-cache'

/**
 * Remembers the prose blocks of chunks by their exact text (offsets relative to the chunk), up to
 * about 600,000 characters in all (a 10,000-word document is about 70,000). A keystroke changes
 * one chunk, so a re-check parses one paragraph's Markdown, not the document's. The blocks hold
 * no tokens: they cost about as much as the text itself.
 */
export class ChunkCache extends LruCache<Block[]> {
  constructor(maxCharacters = 600_000) {
    super(maxCharacters, (key) => key.length)
  }
}
