import type { AnalysedBlock } from './types'
import { LruCache } from './lru-cache'

/**
 * Remembers the analysis of chunks by their exact text, up to about 600,000 characters of
 * text in all (a 10,000-word document is about 70,000). A keystroke changes one chunk, so a re-check analyses one paragraph, not the document.
 */
export class AnalysisCache extends LruCache<AnalysedBlock[]> {
  constructor(maxCharacters = 600_000) {
    super(maxCharacters, (key) => key.length)
  }
}
