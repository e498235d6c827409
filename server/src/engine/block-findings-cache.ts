import type { Finding } from './types'

/**
 * Findings of the block rules per paragraph, by the paragraph's text, relative to its start. A
 * keystroke changes one paragraph, so the rules run on that one only. Whoever changes the rules,
 * their settings or the accepted words must clear it (the key holds a spelling signature, so
 * documents with different word lists can share it).
 */
export class BlockFindingsCache {
  private readonly entries = new Map<string, Finding[]>()

  constructor(private readonly capacity = 20_000) {}

  get(key: string): Finding[] | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, findings: Finding[]): void {
    this.entries.set(key, findings)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
  }

  clear(): void {
    this.entries.clear()
  }
}
