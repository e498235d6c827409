import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { serveWebPage } from '../src/cli/serve'

const BIN = join(__dirname, '../../bin/klarsprak.js')
const dir = mkdtempSync(join(tmpdir(), 'klarsprak-serve-'))
const site = join(dir, 'web')
mkdirSync(join(site, 'dictionaries'), { recursive: true })
writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>Klarspråk</title>')
writeFileSync(join(site, 'worker.js'), 'self.onmessage = () => {}')
writeFileSync(join(dir, 'hemlig.txt'), 'personnummer')
after(() => rmSync(dir, { recursive: true, force: true }))

/** A raw request (no URL normalisation on the way), its status, headers and body. */
function get(port: number, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('the page is served from its folder on 127.0.0.1, with its policy, and nothing outside the folder', async () => {
  const server = await serveWebPage(0, site)
  try {
    const address = server.address()
    assert.ok(address && typeof address === 'object')
    assert.equal(address.address, '127.0.0.1')
    const page = await get(address.port, '/')
    assert.equal(page.status, 200)
    assert.match(String(page.headers['content-type']), /^text\/html/)
    assert.match(String(page.headers['content-security-policy']), /connect-src 'self'/)
    assert.equal((await get(address.port, '/worker.js')).headers['content-type'], 'text/javascript; charset=utf-8')
    for (const path of ['/../hemlig.txt', '/%2e%2e/hemlig.txt', '/..%2fhemlig.txt', '/saknas.js']) {
      const r = await get(address.port, path)
      assert.equal(r.status, 404, path)
      assert.doesNotMatch(r.body, /personnummer/)
    }
    assert.equal((await get(address.port, '/', 'POST')).status, 405)
  } finally {
    server.closeAllConnections()
    server.close()
  }
})

test('klarsprak serve prints the address first and stops on a signal; bad arguments get a clear message', async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  const [first] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string]
  assert.match(first, /^http:\/\/127\.0\.0\.1:\d+\/$/)
  const page = await get(Number(new URL(first).port), '/')
  assert.equal(page.status, 200)
  assert.match(page.body, /aria-label="Fynd"/)
  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  assert.equal(code, 0)

  for (const args of [['serve', '--port', 'åtta'], ['serve', 'brev.md'], ['serve', '--port', '70000']]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
    assert.equal(r.status, 2, args.join(' '))
    assert.match(r.stderr, /^klarsprak: /)
  }
})
