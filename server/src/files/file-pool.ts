import { Worker } from 'node:worker_threads'
import type { FileOutcome } from './check-files'
import type { FileTask, WorkerReply, WorkerSettings } from './file-worker'

/** Where a worker's code is: the bundled file, or a TypeScript file run through tsx (tests). */
export interface WorkerEntry {
  path: string
  execArgv: string[]
}

export interface PoolOptions {
  entry: WorkerEntry
  settings: WorkerSettings
  /** Threads to start; never more than there are files. */
  size: number
  /**
   * Called once, before any outcome, when the first worker is ready; `spellingFailure` says why
   * its dictionary could not be loaded (every worker loads the same one).
   */
  onReady?: (spellingFailure: string | undefined) => void
  /** Each file's outcome, in file order, as soon as it and every file before it are done. */
  onOutcome: (outcome: FileOutcome<unknown>, index: number) => void
}

/**
 * Checks files on worker threads, one file per worker at a time, and hands the outcomes on in
 * file order, so the output is the same as on one thread, byte for byte. A worker that dies
 * gives its file an error and is replaced; the run never hangs on it.
 */
export function runPool(files: string[], options: PoolOptions): Promise<void> {
  return new Promise((resolvePool) => {
    const done = new Map<number, FileOutcome<unknown>>()
    let next = 0
    let handed = 0
    let alive = 0
    let ready = false
    const workers = new Set<Worker>()

    const flush = (): void => {
      while (done.has(handed)) {
        const outcome = done.get(handed) as FileOutcome<unknown>
        done.delete(handed)
        options.onOutcome(outcome, handed++)
      }
      if (handed === files.length) {
        for (const w of workers) void w.terminate()
        workers.clear()
        resolvePool()
      }
    }
    const failRemaining = (why: string): void => {
      if (!ready) options.onReady?.(undefined)
      ready = true
      while (next < files.length) done.set(next, crashed(files[next++], why))
      flush()
    }
    const start = (): void => {
      const worker = new Worker(options.entry.path, { workerData: options.settings, execArgv: options.entry.execArgv })
      workers.add(worker)
      alive++
      let current: number | undefined
      const give = (): void => {
        current = next < files.length ? next++ : undefined
        if (current !== undefined) worker.postMessage({ index: current, path: files[current] } satisfies FileTask)
      }
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          if (!ready) options.onReady?.(reply.failure)
          ready = true
        } else {
          done.set(reply.index, reply.outcome)
          flush()
        }
        give()
      })
      let ended = false
      const end = (why: string): void => {
        if (ended || !workers.has(worker)) return
        ended = true
        workers.delete(worker)
        alive--
        void worker.terminate()
        if (current === undefined) {
          // died before taking a file (it could not even start): the others carry on, if any
          if (alive === 0) failRemaining(why)
          return
        }
        done.set(current, crashed(files[current], why))
        current = undefined
        if (next < files.length) start()
        flush()
      }
      worker.on('error', (error) => end(error instanceof Error ? error.message : String(error)))
      worker.on('exit', (code) => end(`tråden avslutades oväntat (kod ${code})`))
    }
    if (files.length === 0) return resolvePool()
    for (let i = 0; i < Math.max(1, Math.min(options.size, files.length)); i++) start()
  })
}

/** The outcome of a file whose worker died: an error line, exit code 2, the run goes on. */
function crashed(path: string, why: string): FileOutcome<unknown> {
  return { problems: [], messages: [`klarsprak: ${path}: granskningen avbröts av ett oväntat fel: ${why}.\n`], usageError: true, hasError: false }
}
