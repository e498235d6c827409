import type { ReadBytes } from '../spelling/read-bytes'
import { DICTIONARY_SUBDIR, ENGLISH_DICTIONARY_SUBDIR } from '../spelling/dictionary-location'
import type { WebInitializationOptions } from '../protocol'

/** The files of both dictionaries, as the build puts them beside the worker (scripts/build-web.mjs). */
const SWEDISH_FILES = ['index.aff', 'index.dic', 'compound-parts.json'].map((f) => `${DICTIONARY_SUBDIR}/${f}`)
const ENGLISH_FILES = ['index.aff', 'en-US.dic', 'en-GB.dic'].map((f) => `${ENGLISH_DICTIONARY_SUBDIR}/${f}`)

/**
 * Reads dictionary files over HTTP, relative to a base URL: the worker's own folder unless the
 * client names another. Each file is fetched once; with `preloadEnglish` the English lists are
 * fetched at start too, so that writing English later sends no request.
 */
export function fetchingReader(workerUrl: string): { read: ReadBytes; configure(options: WebInitializationOptions | undefined): void } {
  let base = new URL('./', workerUrl).href
  const fetched = new Map<string, Promise<Uint8Array>>()
  const read: ReadBytes = (path) => {
    let bytes = fetched.get(path)
    if (!bytes) {
      bytes = fetchBytes(new URL(path.replace(/^\/+/, ''), base).href)
      fetched.set(path, bytes)
    }
    return bytes
  }
  return {
    read,
    configure(options) {
      if (options?.dictionaryBase) base = options.dictionaryBase.endsWith('/') ? options.dictionaryBase : options.dictionaryBase + '/'
      // start the downloads now; a failure is reported when the dictionary is loaded
      for (const file of [...SWEDISH_FILES, ...(options?.preloadEnglish ? ENGLISH_FILES : [])]) read(file).catch(() => undefined)
    },
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}
