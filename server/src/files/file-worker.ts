import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { SpellingService } from '../spelling/spelling-service'
import { DocumentConfigs } from '../config/document-config'
import type { UserSettings } from '../config/resolve-config'
import { checkOneFile, type CheckedFile, type FileOutcome } from './check-files'

/** What a worker is started with: how to make each file's result and how to read configurations. */
export interface WorkerSettings {
  /** Marks a thread started to check files, so a bundle loaded in it serves files instead of starting up. */
  role: typeof CHECK_WORKER_ROLE
  kind: string
  trusted: boolean
  user: UserSettings
}

export const CHECK_WORKER_ROLE = 'klarsprak-check-worker'

/** True in a thread the pool started to check files (whichever bundle it runs). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSettings> | null)?.role === CHECK_WORKER_ROLE
}

/** A message from the pool to a worker: check the file with this index and path. */
export interface FileTask {
  index: number
  path: string
}

/** A message from a worker to the pool. */
export type WorkerReply =
  /** The dictionary is loaded (or failed: `failure` says why, in Swedish); tasks may come. */
  | { type: 'ready'; failure?: string }
  | { type: 'done'; index: number; outcome: FileOutcome<unknown> }

/**
 * The body of a check worker: loads the dictionary once, keeps its own configurations, and
 * answers each file task with the file's outcome. `keepFor` turns the kind named in the worker's
 * settings into the function that makes a file's result (a closure cannot cross threads).
 */
export async function serveFiles(keepFor: (kind: string) => (file: CheckedFile) => unknown): Promise<void> {
  const port = parentPort
  if (!port) throw new Error('serveFiles runs only in a worker thread')
  const settings = workerData as WorkerSettings
  const keep = keepFor(settings.kind)
  const spelling = new SpellingService()
  const configs = new DocumentConfigs()
  configs.trusted = settings.trusted
  configs.user = settings.user
  const loaded = await spelling.load()
  // tasks that arrive while the dictionary loads wait in the port's queue
  port.on('message', (task: FileTask) => {
    void checkOneFile(task.path, { spelling, configs }, keep).then((outcome) => port.postMessage({ type: 'done', index: task.index, outcome } satisfies WorkerReply))
  })
  port.postMessage({ type: 'ready', ...(loaded ? {} : { failure: spelling.failure }) } satisfies WorkerReply)
}
