/**
 * JSON-RPC 2.0 over a web worker's messages: what the language server in the worker reads and
 * writes (vscode-languageserver's BrowserMessageReader and Writer post the messages as objects).
 */
type Handler = (params: any) => unknown

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
}

export class WorkerRpc {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly requestHandlers = new Map<string, Handler>()
  private readonly notificationHandlers = new Map<string, Handler>()

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent) => this.receive(event.data)
  }

  request<T>(method: string, params?: unknown): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      this.worker.postMessage({ jsonrpc: '2.0', id, method, params })
    })
  }

  notify(method: string, params?: unknown): void {
    this.worker.postMessage({ jsonrpc: '2.0', method, params })
  }

  /** Answers the server's requests (workspace/diagnostic/refresh …); unknown ones get null. */
  onRequest(method: string, handler: Handler): void {
    this.requestHandlers.set(method, handler)
  }

  onNotification(method: string, handler: Handler): void {
    this.notificationHandlers.set(method, handler)
  }

  private receive(message: any): void {
    if (!message || typeof message !== 'object') return
    if ('id' in message && !('method' in message)) {
      const pending = this.pending.get(message.id)
      if (!pending) return
      this.pending.delete(message.id)
      if (message.error) pending.reject(new Error(message.error.message ?? 'fel i språkservern'))
      else pending.resolve(message.result)
      return
    }
    if ('id' in message) {
      const handler = this.requestHandlers.get(message.method)
      Promise.resolve(handler ? handler(message.params) : null).then(
        (result) => this.worker.postMessage({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
        (error) => this.worker.postMessage({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } }),
      )
      return
    }
    this.notificationHandlers.get(message.method)?.(message.params)
  }
}
