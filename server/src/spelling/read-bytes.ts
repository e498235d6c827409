import { readFile } from 'node:fs/promises'

/**
 * Reads a dictionary file's bytes. From disk in Node; a web worker passes its own reader, which
 * fetches the files from beside the worker's script (see web/worker-main.ts).
 */
export type ReadBytes = (path: string) => Promise<Uint8Array>

export const readBytesFromDisk: ReadBytes = (path) => readFile(path)
