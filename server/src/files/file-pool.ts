import { Worker } from 'node:worker_threads'
import type { FileOutcome } from './check-files'
import type { FileTask, WorkerReply, WorkerSettings } from './file-worker'

/** Where a worker's code is: the bundled file, or a TypeScript file run through tsx (tests). */
export interface WorkerEntry {
  path: string
  /**
   * A module to require before `path` (tsx's CommonJS hook, by absolute path). Node 20 does not
   * apply `--import tsx` in a worker's execArgv to the worker's own file, so it is loaded this way.
   */
  register?: string
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
  /**
   * This thread as one more worker (the CLI, whose thread is otherwise idle): `prepare` loads what
   * it needs and says why spelling is off, if it is; `check` checks one file.
   */
  local?: { prepare: () => Promise<string | undefined>; check: (path: string) => Promise<FileOutcome<unknown>> }
}

/**
 * Files a worker holds at once: the one it checks and the next, so it never waits for the main
 * thread between files (on a busy machine the main thread may not run at once).
 */
const IN_FLIGHT = 2

/**
 * Checks files on worker threads and hands the outcomes on in file order, so the output is the
 * same as on one thread, byte for byte. A worker checks its files one after the other, so when
 * it dies the oldest file it holds is the one that killed it: that file gets an error, the
 * others go to another worker, and a new worker takes its place; the run never hangs on it.
 */
export function runPool(files: string[], options: PoolOptions): Promise<void> {
  return new Promise((resolvePool) => {
    const done = new Map<number, FileOutcome<unknown>>()
    /** Files given back by a worker that died, taken before new ones. */
    const retry: number[] = []
    let next = 0
    let handed = 0
    let alive = 0
    let ready = false
    const workers = new Set<Worker>()
    const take = (): number | undefined => retry.shift() ?? (next < files.length ? next++ : undefined)
    const left = (): boolean => retry.length > 0 || next < files.length

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
      for (let i = take(); i !== undefined; i = take()) done.set(i, crashed(files[i], why))
      flush()
    }
    const start = (): void => {
      const { path, register } = options.entry
      const worker = register
        ? new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(path)})`, { eval: true, workerData: options.settings, execArgv: [] })
        : new Worker(path, { workerData: options.settings, execArgv: [] })
      workers.add(worker)
      alive++
      const holding: number[] = []
      const fill = (): void => {
        while (holding.length < IN_FLIGHT) {
          const index = take()
          if (index === undefined) return
          holding.push(index)
          worker.postMessage({ index, path: files[index] } satisfies FileTask)
        }
      }
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          if (!ready) options.onReady?.(reply.failure)
          ready = true
        } else {
          holding.splice(holding.indexOf(reply.index), 1)
          done.set(reply.index, reply.outcome)
          flush()
        }
        fill()
      })
      const end = (why: string): void => {
        if (!workers.has(worker)) return
        workers.delete(worker)
        alive--
        void worker.terminate()
        const culprit = holding.shift()
        retry.unshift(...holding)
        if (culprit === undefined) {
          // died before taking a file (it could not even start): the others carry on, if any
          if (alive === 0 && !options.local) failRemaining(why)
          return
        }
        done.set(culprit, crashed(files[culprit], why))
        if (left()) start()
        flush()
      }
      worker.on('error', (error) => end(error instanceof Error ? error.message : String(error)))
      worker.on('exit', (code) => end(`tråden avslutades oväntat (kod ${code})`))
    }
    /** Takes files one at a time on this thread, letting the workers' messages in between files. */
    const checkHere = async (local: NonNullable<PoolOptions['local']>): Promise<void> => {
      const failure = await local.prepare()
      if (!ready) options.onReady?.(failure)
      ready = true
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve))
        const index = take()
        if (index === undefined) return
        let outcome: FileOutcome<unknown>
        try {
          outcome = await local.check(files[index])
        } catch (error) {
          outcome = crashed(files[index], error instanceof Error ? error.message : String(error))
        }
        done.set(index, outcome)
        flush()
      }
    }
    if (files.length === 0) return resolvePool()
    const threads = Math.min(options.size, files.length)
    for (let i = 0; i < (options.local ? threads - 1 : Math.max(1, threads)); i++) start()
    if (options.local) void checkHere(options.local)
  })
}

/** The outcome of a file whose worker died: an error line, exit code 2, the run goes on. */
function crashed(path: string, why: string): FileOutcome<unknown> {
  return { problems: [], messages: [`klarsprak: ${path}: granskningen avbröts av ett oväntat fel: ${why}.\n`], usageError: true, hasError: false }
}
