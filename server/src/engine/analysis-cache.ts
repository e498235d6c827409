import type { AnalysedBlock } from './types'

/**
 * Remembers the analysis of chunks by their exact text, least recently used out first. A
 * keystroke changes one chunk, so a re-check analyses one paragraph instead of the document.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, AnalysedBlock[]>()

  constructor(private readonly capacity = 4000) {}

  get(key: string): AnalysedBlock[] | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, blocks: AnalysedBlock[]): void {
    this.entries.set(key, blocks)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
  }

  get size(): number {
    return this.entries.size
  }
}
