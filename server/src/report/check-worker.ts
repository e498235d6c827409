import { serveFiles } from '../files/file-worker'
import { keepFor } from './result-kinds'

/**
 * The body of a check worker thread. The bundles (dist/cli.js, dist/server.js) start their own
 * file as the worker and call this when they find themselves in one, so the extension ships no
 * second copy of the engine; under tsx (tests) check-worker-entry.ts is the worker's file.
 */
export function runCheckWorker(): void {
  void serveFiles(keepFor)
}
