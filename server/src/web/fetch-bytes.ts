import type { ReadBytes } from '../spelling/read-bytes'
import { AFFIX_FILE, COMPOUND_PARTS_FILE, DICTIONARY_SUBDIR, ENGLISH_DICTIONARY_SUBDIR, ENGLISH_WORD_LISTS, SWEDISH_WORD_LISTS } from '../spelling/dictionary-location'
import type { WebInitializationOptions } from '../protocol'

/** The files of both dictionaries, as the build puts them beside the worker (scripts/build-web.mjs). */
const SWEDISH_FILES = [AFFIX_FILE, ...SWEDISH_WORD_LISTS, COMPOUND_PARTS_FILE].map((f) => `${DICTIONARY_SUBDIR}/${f}`)
const ENGLISH_FILES = [AFFIX_FILE, ...ENGLISH_WORD_LISTS].map((f) => `${ENGLISH_DICTIONARY_SUBDIR}/${f}`)

/**
 * Reads dictionary files over HTTP, relative to a base URL: the worker's own folder unless the
 * client names another; or, when the client says so, from the client itself (`ask`, base64 of
 * klarsprak/dictionaryFile). Each file is read once; with `preloadEnglish` the English lists are
 * read at start too, so that writing English later sends no request.
 */
export function fetchingReader(
  workerUrl: string,
  ask: (path: string) => Promise<string>,
): { read: ReadBytes; configure(options: WebInitializationOptions | undefined): void } {
  let base = folderOf(workerUrl)
  let askClient = false
  const readOnce = async (path: string): Promise<Uint8Array> => {
    if (askClient) return fromBase64(await ask(path))
    if (!base) throw new Error(`${path}: ingen adress att hämta från`)
    return fetchBytes(new URL(path, base).href)
  }
  const fetched = new Map<string, Promise<Uint8Array>>()
  const read: ReadBytes = (path) => {
    const relative = path.replace(/^\/+/, '')
    let bytes = fetched.get(relative)
    if (!bytes) {
      bytes = readOnce(relative)
      fetched.set(relative, bytes)
    }
    return bytes
  }
  return {
    read,
    configure(options) {
      if (options?.dictionaryBase) base = options.dictionaryBase.endsWith('/') ? options.dictionaryBase : options.dictionaryBase + '/'
      askClient = options?.askForDictionaryFiles === true
      // start the downloads once initialize is answered (the client may be asked, and a server asks
      // nothing before that answer); a failure is reported when the dictionary is loaded
      setTimeout(() => {
        for (const file of [...SWEDISH_FILES, ...(options?.preloadEnglish ? ENGLISH_FILES : [])]) read(file).catch(() => undefined)
      }, 0)
    },
  }
}

/**
 * The folder of the worker's script, or undefined when it has none: VS Code starts an extension's
 * worker from a blob: URL, which has no folder (the client then names one, or is asked).
 */
function folderOf(url: string): string | undefined {
  try {
    return new URL('./', url).href
  } catch {
    return undefined
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** The bytes of base64 text: atob gives one character per byte. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
