import type { AnalysedBlock } from './types'
import { LruCache } from './lru-cache'

/**
 * Remembers the analysis of chunks by their exact text. A keystroke changes one chunk, so a
 * re-check analyses one paragraph instead of the document.
 */
export class AnalysisCache extends LruCache<AnalysedBlock[]> {
  constructor(capacity = 4000) {
    super(capacity)
  }
}
