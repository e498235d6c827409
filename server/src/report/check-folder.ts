import { statSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { expandPaths } from '../files/expand-paths'
import { checkOneFile, OutcomeCollector, type CheckedFiles, type FileOutcome, type FileServices } from '../files/check-files'
import { runPool, type WorkerEntry } from '../files/file-pool'
import { CHECK_WORKER_ROLE } from '../files/file-worker'
import { inShard, type Shard } from '../files/shard'
import { RESULT_KINDS, type ResultKind, type ResultOf } from './result-kinds'

export interface FolderCheckOptions {
  /** Lines for stderr (or the log), in file order. */
  err: (s: string) => void
  /** Threads that check files, this one included when `useThisThread`; 0 checks every file here. */
  threads: number
  /** Used on this thread only; the dictionary is loaded only when a file is checked here. */
  services: FileServices
  /** Said once, before any file, when the dictionary could not be loaded. */
  onSpellingFailure?: (failure: string) => void
  /** Only this part of the files (`--shard K/N`). */
  shard?: Shard
  /**
   * This thread checks files too (the CLI, whose thread would otherwise only wait; never the
   * server, whose thread answers keystrokes).
   */
  useThisThread?: boolean
  /** Check a few small files on this thread rather than start workers. */
  inlineWhenSmall?: boolean
  onProgress?: (done: number, total: number) => void
}

/**
 * Below this much text in total, starting workers costs more than it saves. Measured with
 * `klarsprak check` on folders of corpus documents (2 cores): a second thread adds about 0.9 s of
 * CPU on a busy machine (0.3 s idle) for its own bundle, dictionary, JIT and word caches, while
 * one thread checks 40 KB in about 0.3 s of CPU (idle) and 1 MB in about 1.7 s. Two threads halve
 * the checking, so they pay off from a few hundred KB on; a single file always runs here.
 * (CPU seconds on 40 KB, 200 KB, 400 KB: one thread 1.9, 2.8, 4.6; two workers 2.8, 4.5, 7.0.)
 */
const INLINE_BYTES = 256 * 1024

/**
 * Checks the files the arguments name (expanded as `expandPaths` does, cut to a shard if asked)
 * and keeps each file's result of the given kind, on worker threads when there is enough to do.
 * The lines for `err` and the results come in file order, exactly as on one thread.
 */
export async function checkFolder<K extends ResultKind>(paths: string[], kind: K, options: FolderCheckOptions): Promise<CheckedFiles<ResultOf<K>>> {
  const expanded = expandPaths(paths)
  const files = options.shard ? expanded.files.filter((f) => inShard(f, options.shard as Shard)) : expanded.files
  const collector = new OutcomeCollector<ResultOf<K>>(options.err)
  const unmatched = (): void => expanded.unmatched.forEach((arg) => collector.fail(`klarsprak: ${arg}: inga filer hittades.\n`))
  const total = files.length
  const add = (outcome: FileOutcome<unknown>, index: number): void => {
    collector.add(outcome as FileOutcome<ResultOf<K>>)
    // the last file's progress is said once, after the run
    if (index + 1 < total) options.onProgress?.(index + 1, total)
  }
  if (runsHere(files, options)) {
    const failure = await loadSpelling(options.services)
    if (failure !== undefined) options.onSpellingFailure?.(failure)
    unmatched()
    for (const [i, path] of files.entries()) add(await checkOneFile(path, options.services, keepOf(kind)), i)
  } else {
    await runPool(files, {
      entry: workerEntry(),
      settings: { role: CHECK_WORKER_ROLE, kind, trusted: options.services.configs.trusted, user: options.services.configs.user },
      size: options.threads,
      onReady: (failure) => {
        if (failure) options.onSpellingFailure?.(failure)
        unmatched()
      },
      onOutcome: add,
      ...(options.useThisThread ? { local: { prepare: () => loadSpelling(options.services), check: (path: string) => checkOneFile(path, options.services, keepOf(kind)) } } : {}),
    })
  }
  options.onProgress?.(total, total)
  return collector.finish()
}

/** Loads the dictionary on this thread; says why spelling is off when it could not be loaded. */
async function loadSpelling(services: FileServices): Promise<string | undefined> {
  return (await services.spelling.load()) ? undefined : (services.spelling.failure ?? '')
}

function keepOf<K extends ResultKind>(kind: K): (f: Parameters<(typeof RESULT_KINDS)[K]>[0]) => ResultOf<K> {
  return RESULT_KINDS[kind] as (f: Parameters<(typeof RESULT_KINDS)[K]>[0]) => ResultOf<K>
}

function runsHere(files: string[], options: FolderCheckOptions): boolean {
  if (options.threads <= (options.useThisThread ? 1 : 0) || files.length === 0) return true
  if (!options.inlineWhenSmall) return false
  if (files.length === 1) return true
  let bytes = 0
  for (const f of files) {
    bytes += sizeOf(f)
    if (bytes >= INLINE_BYTES) return false
  }
  return true
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** The worker's code beside the running bundle (dist/), or beside this file when run by tsx. */
function workerEntry(): WorkerEntry {
  // in a bundle, __filename is the bundle itself, which serves files when started as a worker
  if (__filename.endsWith('.js')) return { path: __filename }
  return { path: join(__dirname, 'check-worker-entry.ts'), register: createRequire(__filename).resolve('tsx/cjs') }
}
