import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createContext, runInContext } from 'node:vm'

/** A message the worker's JSON-RPC sends or receives. */
type Message = { id?: number; method?: string; params?: any; result?: any; error?: any }

/**
 * Runs the built web worker (dist/web/worker.js) in a Node `vm` context that looks like a browser's
 * dedicated worker: `self`, `postMessage`/`onmessage`, `fetch` of the files beside the worker, no
 * `require`, `process` or `setImmediate`. So the unit tests exercise the very bundle the page and
 * VS Code in the browser load. Every URL fetched is recorded.
 */
export class WebWorkerHost {
  readonly fetched: string[] = []
  private nextId = 1
  private readonly pending = new Map<number, (m: Message) => void>()
  private readonly listeners: Array<(m: Message) => void> = []
  private deliver: ((event: { data: unknown }) => void) | undefined
  /**
   * The worker's message port does not keep the process alive (so it can end after the tests);
   * this timer does while the test waits for an answer.
   */
  private keepAlive: ReturnType<typeof setInterval> | undefined

  constructor(webDir: string) {
    const base = 'http://localhost/web/'
    const scope: Record<string, unknown> = {
      location: { href: `${base}worker.js` },
      postMessage: (data: Message) => this.receive(structuredClone(data)),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      fetch: async (url: string) => {
        this.fetched.push(url)
        if (!url.startsWith(base)) return { ok: false, status: 404 }
        try {
          const bytes = await readFile(join(webDir, decodeURIComponent(url.slice(base.length))))
          return { ok: true, status: 200, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }
        } catch {
          return { ok: false, status: 404 }
        }
      },
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      // a Node message port with a listener keeps the process alive (setting onmessage refs it); the test's must not
      MessageChannel: class extends MessageChannel {
        constructor() {
          super()
          const port = this.port1
          Object.defineProperty(port, 'onmessage', {
            set(listener: () => void) {
              port.on('message', listener)
              port.unref()
            },
          })
        }
      },
      TextEncoder,
      TextDecoder,
      URL,
      performance,
      structuredClone,
      WebAssembly: (globalThis as Record<string, unknown>).WebAssembly,
      crypto: globalThis.crypto,
      atob,
      btoa,
    }
    // what packages test to know they run in a worker (emscripten-wasm-loader: self instanceof WorkerGlobalScope)
    // and the emscripten loader: typeof importScripts === 'function'); inside the context `self` is
    // the context's global, not this object, so instanceof asks what a worker scope has
    scope.WorkerGlobalScope = class WorkerGlobalScope {
      static [Symbol.hasInstance](value: unknown): boolean {
        return typeof value === 'object' && value !== null && 'postMessage' in value && 'location' in value
      }
    }
    scope.importScripts = () => {
      throw new Error('importScripts is not used by the worker')
    }
    scope.self = scope
    const context = createContext(scope)
    runInContext(readFileSync(join(webDir, 'worker.js'), 'utf8'), context, { filename: 'worker.js' })
    // the message reader sets the scope's onmessage
    this.deliver = scope.onmessage as (event: { data: unknown }) => void
  }

  request<T = any>(method: string, params?: unknown): Promise<T> {
    const id = this.nextId++
    this.waiting()
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)))
      this.send({ id, method, params })
    })
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params })
  }

  /** Resolves with the next notification or request from the server for which `match` is true. */
  next(match: (m: Message) => boolean): Promise<Message> {
    this.waiting()
    return new Promise((resolve) => {
      const listener = (m: Message): void => {
        if (!match(m)) return
        this.listeners.splice(this.listeners.indexOf(listener), 1)
        resolve(m)
      }
      this.listeners.push(listener)
    })
  }

  private send(message: Message): void {
    this.deliver?.({ data: { jsonrpc: '2.0', ...message } })
  }

  private receive(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.pending.get(m.id)?.(m)
      this.pending.delete(m.id)
      this.settled()
      return
    }
    // the server's own requests (diagnostic refresh …) are answered at once
    if (m.id !== undefined) this.send({ id: m.id, result: null })
    for (const listener of [...this.listeners]) listener(m)
    this.settled()
  }

  private waiting(): void {
    this.keepAlive ??= setInterval(() => undefined, 1000)
  }

  private settled(): void {
    if (this.pending.size > 0 || this.listeners.length > 0) return
    clearInterval(this.keepAlive)
    this.keepAlive = undefined
  }
}
