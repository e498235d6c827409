import { createServer, type Server } from 'node:http'
import { existsSync, readFile } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'

/** The static folder of the writing page, beside the CLI's bundle in dist/ (npm run build:web). */
export const WEB_FOLDER = join(__dirname, 'web')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
}

/**
 * The page's own policy, also for the worker (a worker's policy comes from its response, not from
 * the page): scripts and WebAssembly from here only, requests to this address only.
 */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'none'; base-uri 'self'"

/**
 * `klarsprak serve`: the writing page on 127.0.0.1 only (never on the network), from the built
 * static folder. Resolves with the server once it listens; its address is the first line printed.
 */
export function serveWebPage(port: number, folder = WEB_FOLDER): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(folder, path.endsWith('/') ? path + 'index.html' : path))
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !(file + sep).startsWith(folder + sep) && file !== folder) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405).end()
      return
    }
    readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Finns inte.\n')
        return
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

/** Whether the page has been built beside this bundle. */
export function webFolderExists(folder = WEB_FOLDER): boolean {
  return existsSync(join(folder, 'index.html'))
}
