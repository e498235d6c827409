import { availableParallelism } from 'node:os'

/**
 * Threads that check files in `check` and `report`, the main thread included: one per core.
 * KLARSPRAK_THREADS sets the number (0 or 1 = everything on the main thread), for machines that
 * share their cores and for tests.
 */
export function cliThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.KLARSPRAK_THREADS)
  return env.KLARSPRAK_THREADS !== undefined && Number.isInteger(set) && set >= 0 ? set : availableParallelism()
}
