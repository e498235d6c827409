import { detachedString } from './detached'

/**
 * A map that forgets its least recently used entries once their total weight (by default one per
 * entry; for text, its length) passes a limit, so memory stays bounded however long a session runs.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>()
  private total = 0

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (key: string, value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key)
    if (hit === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, hit)
    return hit.value
  }

  set(key: string, value: V): void {
    // a key cut from a document would keep that whole version of the document alive
    key = detachedString(key)
    const old = this.entries.get(key)
    if (old) {
      this.total -= old.weight
      this.entries.delete(key)
    }
    const weight = this.weigh(key, value)
    this.entries.set(key, { value, weight })
    this.total += weight
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxWeight || oldest === key) break
      this.entries.delete(oldest)
      this.total -= entry.weight
    }
  }

  clear(): void {
    this.entries.clear()
    this.total = 0
  }

  get size(): number {
    return this.entries.size
  }
}
