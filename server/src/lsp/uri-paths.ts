import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Documents and configuration files are found by path (the search for .klarsprak.json walks up
 * folders). On disk a path is a file: URI's path. In a browser (vscode.dev, the writing page)
 * documents have other schemes (vscode-vfs:, vscode-test-web:) and the files live in memory, so
 * every URI gets a path of its own under VIRTUAL_ROOT, which maps back to the same URI.
 */
const VIRTUAL_ROOT = '/~uri'
let virtual = false

/** Called once by the web worker: from then on every URI has a path (see above). */
export function useVirtualPaths(): void {
  virtual = true
}

/** The path of a document or folder, or undefined when it has none (an unsaved document). */
export function uriToPath(uri: string): string | undefined {
  if (virtual) return virtualPath(uri)
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** The URI of a path made by uriToPath (a configuration file, a new file beside a document). */
export function pathToUri(path: string): string {
  if (virtual && path.startsWith(VIRTUAL_ROOT + '/')) {
    const [scheme, authority, ...rest] = path.slice(VIRTUAL_ROOT.length + 1).split('/')
    return `${scheme}://${decodeURIComponent(authority)}/${rest.join('/')}`
  }
  return pathToFileURL(path).href
}

function virtualPath(uri: string): string | undefined {
  const match = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)(\/[^?#]*)?/.exec(uri)
  if (!match) return undefined
  // the path stays percent-encoded, so that mapping back gives the very same URI
  return `${VIRTUAL_ROOT}/${match[1]}/${encodeURIComponent(match[2])}${match[3] ?? ''}`
}
