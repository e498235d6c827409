/**
 * A stand-in check worker for the pool's tests: ends its thread on a file whose name holds
 * "krasch" and answers the others with their path as the result. Like the real worker it checks
 * one file at a time, without yielding; a "långsam" file takes long, so later files finish first.
 */
import { parentPort } from 'node:worker_threads'

const port = parentPort
if (!port) throw new Error('a worker only')
port.on('message', (task: { index: number; path: string }) => {
  if (task.path.includes('krasch')) process.exit(3)
  if (task.path.includes('långsam')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300)
  port.postMessage({ type: 'done', index: task.index, outcome: { result: task.path, problems: [], messages: [`rad för ${task.path}\n`], usageError: false, hasError: false } })
})
port.postMessage({ type: 'ready' })
