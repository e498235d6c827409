import { createHash } from 'node:crypto'
import { relative, resolve, sep } from 'node:path'

/** One part of a run split over machines: part `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** Reads `K/N` (1 ≤ K ≤ N); undefined for anything else, which the caller reports as a usage error. */
export function parseShard(value: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!m) return undefined
  const index = Number(m[1])
  const count = Number(m[2])
  return index >= 1 && index <= count ? { index, count } : undefined
}

/**
 * Whether a file belongs to a shard. The choice hashes the path relative to the current folder,
 * with forward slashes, so every machine of a CI matrix (Linux, macOS or Windows, any checkout
 * folder) puts each file in the same part, and the parts are disjoint and cover every file.
 */
export function inShard(path: string, shard: Shard, cwd = process.cwd()): boolean {
  const key = relative(cwd, resolve(cwd, path)).split(sep).join('/')
  const hash = createHash('sha1').update(key).digest().readUInt32BE(0)
  return hash % shard.count === shard.index - 1
}
