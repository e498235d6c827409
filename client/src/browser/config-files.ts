import * as vscode from 'vscode'
import { parse } from 'jsonc-parser'
import type { BaseLanguageClient } from 'vscode-languageclient'
import { CONFIG_FILES_NOTIFICATION, WRITE_FILE_NOTIFICATION, type ConfigFilesParams, type WriteFileParams } from '../../../server/src/protocol'

type ConfigFile = ConfigFilesParams['files'][number]

const CONFIG_GLOB = '**/.klarsprak.json'

/**
 * The team's configuration files for the language server in a web worker, which has no disk:
 * every .klarsprak.json of the workspace and the files their "extends" names by a relative path,
 * read through VS Code's file system, whatever the scheme (vscode-vfs:, vscode-remote:, file:).
 * The first set goes with the server's initialization options, so the first check already has it;
 * the whole set is sent again (klarsprak/configFiles) whenever one of them changes. Files the
 * server writes (a word added to the team's list) come back (klarsprak/writeFile) and are saved here.
 */
export class ConfigFiles implements vscode.Disposable {
  /** The set the server has, or gets at its next start. */
  current: ConfigFile[] = []
  private readonly saving = new Set<Promise<void>>()
  private readonly disposables: vscode.Disposable[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private reads = 0

  /** Reads the set before the server starts. */
  async load(): Promise<void> {
    this.current = await this.read()
  }

  private async read(): Promise<ConfigFile[]> {
    // a file system without search (some virtual ones) finds nothing: each folder's own file is read anyway
    const roots = (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, '.klarsprak.json'))
    const found = await Promise.resolve(vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**')).catch(() => [])
    const files: ConfigFile[] = []
    const seen = new Set<string>()
    const visit = async (uri: vscode.Uri): Promise<void> => {
      if (seen.has(uri.toString())) return
      seen.add(uri.toString())
      let text: string
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))
      } catch {
        return // not there; if "extends" names it, the server reports it at that entry
      }
      files.push({ uri: uri.toString(), text })
      await Promise.all(relativeExtends(text).map((name) => visit(vscode.Uri.joinPath(uri, '..', name))))
    }
    await Promise.all([...roots, ...found].map(visit))
    return files.sort((a, b) => a.uri.localeCompare(b.uri))
  }

  /** Sends the set again when a configuration file is created, changed or deleted; saves what the server writes. */
  connect(client: BaseLanguageClient): void {
    // an extended file may have any name, so every JSON file's events are looked at
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json')
    const changed = (uri: vscode.Uri) => {
      if (uri.path.endsWith('/.klarsprak.json') || this.current.some((f) => f.uri === uri.toString())) this.schedule(client)
    }
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      client.onNotification(WRITE_FILE_NOTIFICATION, (params: WriteFileParams) => this.save(params)),
    )
  }

  /** Resolves once every file the server asked for is saved. */
  async saved(): Promise<void> {
    await Promise.all(this.saving)
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.disposables.forEach((d) => d.dispose())
  }

  /** One read for a burst of events (a checkout changes many files); only the newest read is sent. */
  private schedule(client: BaseLanguageClient): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(async () => {
      const generation = ++this.reads
      // a read that fails keeps the set the server has
      const files = await this.read().catch(() => undefined)
      // unchanged, as after saving a file the server wrote itself: nothing to check again
      if (!files || generation !== this.reads || JSON.stringify(files) === JSON.stringify(this.current)) return
      this.current = files
      const params: ConfigFilesParams = { files }
      // a stopped server gets the set with its next start
      client.sendNotification(CONFIG_FILES_NOTIFICATION, params).catch(() => undefined)
    }, 100)
  }

  private save(params: WriteFileParams): void {
    const saving = Promise.resolve(vscode.workspace.fs.writeFile(vscode.Uri.parse(params.uri), new TextEncoder().encode(params.text))).then(
      () => undefined,
      (error: unknown) => void vscode.window.showErrorMessage(`Klarspråk: ${vscode.Uri.parse(params.uri).path.split('/').pop()} kunde inte sparas: ${String(error)}`),
    )
    this.saving.add(saving)
    void saving.finally(() => this.saving.delete(saving))
  }
}

/** The entries of a file's "extends" that name another file by a relative path (as the server resolves them). */
function relativeExtends(text: string): string[] {
  const value = (parse(text, [], { allowTrailingComma: true }) as { extends?: unknown } | undefined)?.extends
  const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
  return names.filter((name): name is string => typeof name === 'string' && name.startsWith('.'))
}
