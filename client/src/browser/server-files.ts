import * as vscode from 'vscode'
import type { WebInitializationOptions } from '../../../server/src/protocol'

/** The language server's files, for a web worker. */
export interface ServerFiles extends vscode.Disposable {
  /** A URL of the worker's script (scripts/build-web.mjs). */
  worker: string
  /** Where the worker finds its dictionaries, for its initialization options. */
  dictionaries: Pick<WebInitializationOptions, 'dictionaryBase' | 'askForDictionaryFiles'>
  /** The answer to klarsprak/dictionaryFile: the bytes, in base64, of a file under the folder that holds dictionaries/. */
  dictionaryFile(path: string): Promise<string>
}

const WORKER = 'dist/web/worker.js'
/** The folder that holds dictionaries/: the Node server's, so the package carries them once. */
const DICTIONARY_BASE = 'dist'

/**
 * Where the web worker's files are. An extension served over HTTP (vscode.dev and github.dev load
 * it from the marketplace) gives their URLs. An extension on a remote's disk (code-server:
 * vscode-remote:) has URLs a worker cannot load: VS Code refuses to start a worker from one, a
 * worker's fetch does not know the scheme, and the extension host's content security policy lets
 * it fetch neither blob: nor data: URLs. So the script is read here and started from a blob: URL
 * (scripts may come from one; revoked on dispose), and each dictionary file is read when the
 * server first asks for it (the English lists only for English text) and sent in the answer.
 */
export async function serverFiles(extensionUri: vscode.Uri): Promise<ServerFiles> {
  const at = (path: string) => vscode.Uri.joinPath(extensionUri, path)
  const dictionaryFile = async (path: string) => {
    // the server names files under dictionaries/ only; nothing else of the extension is handed out
    if (!/^dictionaries\/[\w-]+\/\w[\w.-]*$/.test(path)) throw new Error(`ingen ordlistefil: ${path}`)
    return toBase64(await readFile(at(`${DICTIONARY_BASE}/${path}`)))
  }
  if (extensionUri.scheme === 'http' || extensionUri.scheme === 'https') {
    return { worker: at(WORKER).toString(), dictionaries: { dictionaryBase: at(DICTIONARY_BASE).toString() }, dictionaryFile, dispose: () => undefined }
  }
  const worker = URL.createObjectURL(new Blob([await readFile(at(WORKER))], { type: 'text/javascript' }))
  return { worker, dictionaries: { askForDictionaryFiles: true }, dictionaryFile, dispose: () => URL.revokeObjectURL(worker) }
}

/**
 * One of the extension's files. VS Code's web worker extension host lets its fetch load the
 * extension's own vscode-remote: and file: URIs over HTTP, which the browser may cache and which
 * took half the time of its file system in the end-to-end test; the file system is the fallback.
 */
async function readFile(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    const response = await fetch(uri.toString())
    if (response.ok) return new Uint8Array(await response.arrayBuffer())
  } catch {
    // not this host's fetch: read through the file system
  }
  return vscode.workspace.fs.readFile(uri)
}

/** The bytes in base64 (String.fromCharCode takes a bounded number of arguments, hence the chunks). */
function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = []
  for (let i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)))
  return btoa(chunks.join(''))
}
