import { WorkerRpc } from './rpc'
import {
  CONFIG_FILES_NOTIFICATION,
  FINDINGS_REQUEST,
  REPORT_REQUEST,
  RULES_REQUEST,
  SUGGESTIONS_REQUEST,
  type FindingsResult,
  type ReportResult,
  type RulesResult,
  type SuggestionsResult,
  type WebInitializationOptions,
} from '../../server/src/protocol'

/** The page's one document and its configuration file, as the server sees them (a folder of its own). */
const FOLDER = 'klarsprak://sida/'
const CONFIG_URI = `${FOLDER}.klarsprak.json`

export type TextFormat = 'markdown' | 'plaintext'

/**
 * The page's conversation with the language server in the worker: the same server as in VS Code,
 * so the same findings. The page holds one document; every edit sends its whole text (a few tens
 * of kilobytes at most), and the findings of the newest version are asked for.
 */
export class ServerSession {
  private readonly rpc: WorkerRpc
  private version = 0
  private uri = ''
  /** Called when the server asks for new findings (its dictionary has loaded, say). */
  onRefresh: () => void = () => undefined
  onMessage: (text: string) => void = () => undefined
  /** Problems in the configuration file, as the server reports them (empty once fixed). */
  onConfigProblems: (messages: string[]) => void = () => undefined
  readonly ready: Promise<void>

  constructor(workerUrl: string) {
    const worker = new Worker(workerUrl)
    // a worker that cannot start (blocked, or a browser without WebAssembly) must not fail silently
    worker.onerror = (event) => this.onMessage(`Granskningen kunde inte starta i webbläsaren (${event.message || 'okänt fel'}).`)
    this.rpc = new WorkerRpc(worker)
    this.rpc.onRequest('workspace/diagnostic/refresh', () => {
      this.onRefresh()
      return null
    })
    this.rpc.onNotification('textDocument/publishDiagnostics', (params: { uri?: string; diagnostics?: Array<{ message: string }> }) => {
      if (params?.uri === CONFIG_URI) this.onConfigProblems((params.diagnostics ?? []).map((d) => d.message))
    })
    this.rpc.onNotification('window/showMessage', (params: { message?: string }) => this.onMessage(String(params?.message ?? '')))
    this.ready = this.initialize()
  }

  private async initialize(): Promise<void> {
    const initializationOptions: WebInitializationOptions = { preloadEnglish: true }
    await this.rpc.request('initialize', {
      processId: null,
      rootUri: FOLDER,
      workspaceFolders: [{ uri: FOLDER, name: 'sida' }],
      capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } },
      initializationOptions,
    })
    this.rpc.notify('initialized', {})
  }

  /** Opens the text (again) in a format; returns its version. */
  open(text: string, format: TextFormat): number {
    if (this.uri) this.rpc.notify('textDocument/didClose', { textDocument: { uri: this.uri } })
    this.uri = `${FOLDER}text.${format === 'markdown' ? 'md' : 'txt'}`
    this.version++
    this.rpc.notify('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: format, version: this.version, text } })
    return this.version
  }

  /** Sends the new text; returns its version. */
  change(text: string): number {
    this.version++
    this.rpc.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ text }] })
    return this.version
  }

  get currentVersion(): number {
    return this.version
  }

  /** The findings of a version; null when the text has changed since (a newer answer follows). */
  findings(version: number): Promise<FindingsResult | null> {
    return this.rpc.request<FindingsResult | null>(FINDINGS_REQUEST, { uri: this.uri, version })
  }

  suggestions(words: string[]): Promise<SuggestionsResult> {
    return this.rpc.request<SuggestionsResult>(SUGGESTIONS_REQUEST, { words })
  }

  /** The report, as the editor's report view shows it (HTML without scripts). */
  report(): Promise<ReportResult> {
    return this.rpc.request<ReportResult>(REPORT_REQUEST, { uri: this.uri, format: 'html' })
  }

  rules(): Promise<RulesResult> {
    return this.rpc.request<RulesResult>(RULES_REQUEST)
  }

  /** The team's configuration file for the text, or none ('' removes it). */
  setConfig(text: string): void {
    this.rpc.notify(CONFIG_FILES_NOTIFICATION, { files: text.trim() === '' ? [] : [{ uri: CONFIG_URI, text }] })
  }
}
