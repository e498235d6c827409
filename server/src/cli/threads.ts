import { availableParallelism } from 'node:os'

/**
 * Worker threads for `check` and `report`: one per core. KLARSPRAK_THREADS sets the number
 * (0 = everything on the main thread), for machines that share their cores and for tests.
 */
export function cliThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.KLARSPRAK_THREADS)
  return env.KLARSPRAK_THREADS !== undefined && Number.isInteger(set) && set >= 0 ? set : availableParallelism()
}
