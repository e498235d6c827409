import type { InitializeParams } from 'vscode-languageserver'
import { sep } from 'node:path'
import { uriToPath } from './uri-paths'

/** The workspace folders an editor opened, as paths: where the search for .klarsprak.json stops. */
export class WorkspaceFolders {
  private paths: string[] = []

  init(params: InitializeParams): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])
    this.paths = uris.map(uriToPath).filter((p): p is string => p !== undefined)
  }

  /** The innermost workspace folder holding the path, if any. */
  folderOf(path: string): string | undefined {
    return this.paths.filter((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0]
  }
}
