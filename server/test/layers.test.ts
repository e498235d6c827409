import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { RULES } from '../src/rules'

/**
 * The house is built in floors and every import points down (README, "Hur koden är byggd"):
 * a folder may import its own files and folders below it, never one above or beside it.
 */
const FLOORS: Record<string, number> = {
  util: 0,
  generated: 0,
  protocol: 0,
  'heap-settings.ts': 0,
  morphology: 1,
  engine: 2,
  spelling: 3,
  rules: 4,
  config: 5,
  files: 6,
  report: 7,
  lsp: 8,
  cli: 8,
  // the language server in a browser's web worker: lsp/ with the worker's own parts
  web: 9,
}

const root = resolve(import.meta.dirname, '..', 'src')
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sources(path)
    else if (/\.(ts|mts|cts)$/.test(entry.name)) yield path
  }
}

/** The top-level folder (or file) of server/src a path belongs to. */
const floorOf = (path: string): string => relative(root, path).split(/[\\/]/)[0]

/** Every relative import of a source folder that leaves its own folder, as `from -> to`. */
function crossings(dir: string): Array<{ file: string; from: string; to: string }> {
  const out: Array<{ file: string; from: string; to: string }> = []
  for (const file of sources(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]
      if (!spec.startsWith('.')) continue
      const target = resolve(dirname(file), spec)
      out.push({ file: relative(root, file), from: floorOf(file), to: target.startsWith(root) ? floorOf(target) : '(outside server/src)' })
    }
  }
  return out
}

test('every folder of server/src has a floor', () => {
  const unknown = readdirSync(root).filter((name) => !(name in FLOORS))
  assert.deepEqual(unknown, [], 'give new folders a floor in this test and in the README')
})

test('no file in server/src imports from a folder above or beside its own', () => {
  const upward = crossings(root)
    .filter(({ from, to }) => from !== to && !(FLOORS[to] < FLOORS[from]))
    .map(({ file, to }) => `${file} -> ${to}/`)
  assert.deepEqual(upward, [])
})

test('the client imports nothing of the server but the protocol module', () => {
  const clientRoot = resolve(import.meta.dirname, '..', '..', 'client', 'src')
  const reaching = []
  let protocolImports = 0
  for (const file of sources(clientRoot)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]
      if (!spec.startsWith('.')) continue
      const target = resolve(dirname(file), spec)
      if (target.startsWith(clientRoot)) continue
      if (target.startsWith(join(root, 'protocol'))) protocolImports++
      else reaching.push(`${relative(clientRoot, file)} -> ${relative(resolve(root, '..', '..'), target)}`)
    }
  }
  assert.deepEqual(reaching, [])
  assert.ok(protocolImports > 0, 'the client takes its method names and payload types from server/src/protocol/')
})

test('the protocol module imports nothing: it is bundled into the client and the server alike', () => {
  const imports = [...sources(join(root, 'protocol'))].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2]).filter((spec) => !spec.startsWith('./')).map((spec) => `${relative(root, file)} -> ${spec}`),
  )
  assert.deepEqual(imports, [])
})

test('custom method names are spelled out only in the protocol module', () => {
  const clientRoot = resolve(import.meta.dirname, '..', '..', 'client', 'src')
  const outside = [...sources(clientRoot), ...sources(root)]
    .filter((file) => !file.startsWith(join(root, 'protocol')))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"`]klarsprak\/\w+/g)].map((m) => `${relative(resolve(root, '..', '..'), file)}: ${m[0]}`))
  assert.deepEqual(outside, [])
})

test('lsp/ and report/ name rules through the rule objects, never by a bare id', () => {
  const ids = new Set(RULES.map((r) => r.id))
  const bare = [...sources(join(root, 'lsp')), ...sources(join(root, 'report'))].flatMap((file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    const literals = code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)
    return [...literals].filter((m) => ids.has(m[1] ?? m[2] ?? m[3])).map((m) => `${relative(root, file)}: ${m[0]}`)
  })
  assert.deepEqual(bare, [])
})
