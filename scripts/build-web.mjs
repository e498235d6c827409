// Builds what runs in a browser, in dist/web/ (the static folder of the writing page, also used by
// the VS Code extension in the browser): the language server as a web worker, the page, and the
// dictionaries beside them; and the VS Code extension's browser entry, dist/browser-client.js.
import { build } from 'esbuild'
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const shim = (name) => `./server/src/web/shims/${name}.ts`

/** The engine's few `node:*` imports, answered in a worker (see server/src/web/shims/). */
const BROWSER_ALIASES = {
  'node:fs': shim('fs'),
  'node:fs/promises': shim('fs-promises'),
  'node:url': shim('url'),
  'node:os': shim('os'),
  'node:module': shim('module'),
  'node:path': 'path-browserify',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow (as in build.mjs)
  'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
}

export const WEB_DIR = 'dist/web'

export async function buildWeb(root) {
  const out = join(root, WEB_DIR)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // hunspell-asm's "module" build does not bundle; its "main" with the "browser" field's
    // replacements gives the browser build of its WebAssembly loader
    mainFields: ['browser', 'main'],
    alias: BROWSER_ALIASES,
    logLevel: 'warning',
    legalComments: 'none',
  }
  await Promise.all([
    // "worker": packages' builds for workers, which have no DOM (decode-named-character-reference's
    // browser build decodes entities with document.createElement)
    build({ ...common, format: 'iife', conditions: ['worker'], entryPoints: ['server/src/web/worker-main.ts'], outfile: join(out, 'worker.js') }),
    build({ ...common, format: 'iife', entryPoints: ['client/page/main.ts'], outfile: join(out, 'page.js') }),
    // the extension's "browser" entry (package.json), for VS Code's web worker extension host; it
    // starts worker.js and finds the dictionaries in dist/dictionaries, so it lives beside dist/client.js
    build({ ...common, format: 'cjs', external: ['vscode'], entryPoints: ['client/src/browser-extension.ts'], outfile: join(root, 'dist/browser-client.js') }),
  ])
  copyFileSync(join(root, 'client/page/index.html'), join(out, 'index.html'))
  copyFileSync(join(root, 'client/page/page.css'), join(out, 'page.css'))
  cpSync(join(root, 'dist/dictionaries'), join(out, 'dictionaries'), { recursive: true })
}

/**
 * The folder's size as served: each file's bytes, and gzipped at level 9 (as a web server sends
 * them), with the sums. Asked for by npm run build:web and the bench, not by every build: the
 * compression takes a while.
 */
export function folderSize(dir) {
  const files = []
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, entry)
    if (!statSync(path).isFile()) continue
    const content = readFileSync(path)
    files.push({ path: entry, bytes: content.length, gzipped: gzipSync(content, { level: 9 }).length })
  }
  const sum = (key) => files.reduce((total, file) => total + file[key], 0)
  return { files, bytes: sum('bytes'), gzipped: sum('gzipped') }
}
