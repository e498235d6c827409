import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node'

export const SERVER = join(__dirname, '../../../dist/server.js')

/** A real LSP client talking to the bundled server over stdio, as an editor would. */
export class TestClient {
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  private readonly child: ChildProcess
  get pid(): number | undefined {
    return this.child.pid
  }
  private readonly waiters: Array<() => void> = []
  stderr = ''
  /** What the client answers to workspace/configuration for the `klarsprak` section. */
  settings: Record<string, unknown> = {}
  readonly warnings: string[] = []

  constructor(env: NodeJS.ProcessEnv = process.env, execArgv: string[] = []) {
    this.child = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env })
    this.child.stderr?.on('data', (d) => (this.stderr += String(d)))
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p)
      this.waiters.splice(0).forEach((w) => w())
    })
    this.connection.onRequest('workspace/configuration', () => [this.settings])
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.warnings.push(p.message))
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('workspace/diagnostic/refresh', () => null)
    this.connection.onNotification('window/logMessage', () => undefined)
    this.connection.listen()
  }

  async initialize(capabilities: ClientCapabilities) {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities })
    await this.connection.sendNotification('initialized', {})
    return result as { capabilities: Record<string, unknown> }
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } })
  }

  /** Waits until a publishDiagnostics for `uri` satisfies `accept`, or fails after `ms`. */
  async waitForPublished(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, ms = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + ms
    for (;;) {
      const hit = [...this.published].reverse().find((p) => p.uri === uri && accept(p))
      if (hit) return hit
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${ms} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** Pulls diagnostics until `accept` holds (the dictionary or a new configuration may arrive later). */
  async pullUntil(uri: string, accept: (items: Diagnostic[]) => boolean, ms = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + ms
    for (;;) {
      const report = (await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport
      const items = report.kind === 'full' ? report.items : []
      if (accept(items)) return items
      if (Date.now() > deadline) throw new Error(`diagnostics for ${uri} never matched: ${JSON.stringify(items.map((d) => [d.code, d.message]))}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {
      // the server may already be gone
    }
    this.connection.dispose()
    this.child.kill()
  }
}
