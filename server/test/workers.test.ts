import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPool } from '../src/files/file-pool'
import { CHECK_WORKER_ROLE } from '../src/files/file-worker'
import { inShard, parseShard } from '../src/files/shard'

/**
 * Folder checks on worker threads: the same output as on one thread, byte for byte; shards that
 * split a folder without gaps or overlaps; merged shard reports equal to one run.
 */
const BIN = join(__dirname, '../../bin/klarsprak.js')
const FIXTURES = join(__dirname, '../../test-fixtures')
let dir = ''

function cli(args: string[], threads?: number) {
  const env = { ...process.env }
  if (threads === undefined) delete env.KLARSPRAK_THREADS
  else env.KLARSPRAK_THREADS = String(threads)
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'klarsprak-workers-'))
  // the repository's rule fixtures, a sub-folder whose configuration names an unknown rule (one
  // problem, met by two files), an ignored file, an empty file and a binary file
  mkdirSync(join(dir, 'webb/team'), { recursive: true })
  for (const f of readdirSync(join(FIXTURES, 'rules'))) copyFileSync(join(FIXTURES, 'rules', f), join(dir, 'webb', f))
  copyFileSync(join(FIXTURES, 'remiss-kommunikationsprogram.md'), join(dir, 'webb/remiss.md'))
  writeFileSync(join(dir, 'webb/team/.klarsprak.json'), '{ "rules": { "finns-inte": "error", "long-sentence": "error" }, "ignore": ["utkast.md"] }')
  copyFileSync(join(FIXTURES, 'rules/long-sentence.md'), join(dir, 'webb/team/lang.md'))
  copyFileSync(join(FIXTURES, 'rules/plain-words.md'), join(dir, 'webb/team/ord.md'))
  writeFileSync(join(dir, 'webb/team/utkast.md'), 'Vi kommer att erhålla.\n')
  writeFileSync(join(dir, 'webb/tom.md'), '')
  writeFileSync(join(dir, 'webb/bild.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
})
after(() => rmSync(dir, { recursive: true, force: true }))

test('worker threads give the same output as one thread, byte for byte: stdout, stderr and exit code', () => {
  for (const args of [['check', 'webb'], ['check', '--format', 'json', 'webb'], ['check', '--format', 'sarif', 'webb', 'saknas.md'], ['report', '--format', 'json', 'webb']]) {
    const one = cli(args, 0)
    const pool = cli(args, 2)
    assert.ok(one.stdout.length > 1000, `${args.join(' ')} checks something`)
    assert.equal(pool.stdout, one.stdout, args.join(' '))
    assert.equal(pool.stderr, one.stderr, args.join(' '))
    assert.equal(pool.code, one.code, args.join(' '))
  }
  const { stderr, code } = cli(['check', 'webb', 'saknas.md'], 2)
  assert.equal(code, 2)
  // the configuration problem once though two files meet it, the binary file skipped, in order
  assert.equal(stderr.match(/finns-inte/g)?.length, 1)
  assert.match(stderr, /webb\/bild\.md: ser ut att vara en binärfil[\s\S]*\.klarsprak\.json:1:\d+ fel[\s\S]*saknas\.md: filen finns inte/)
  assert.doesNotMatch(stderr, /utkast/)
})

test('a worker that dies gives its file an error and the run goes on, in file order', async () => {
  const files = ['a-långsam.md', 'b.md', 'c-krasch.md', 'd.md', 'e-krasch.md', 'f.md']
  const seen: Array<{ index: number; result: unknown; messages: string[]; usageError: boolean }> = []
  await runPool(files, {
    entry: { path: join(__dirname, 'helpers/crashing-worker.ts'), register: require.resolve('tsx/cjs') },
    settings: { role: CHECK_WORKER_ROLE, kind: 'file-report', trusted: true, user: {} },
    size: 2,
    onOutcome: (outcome, index) => seen.push({ index, result: outcome.result, messages: outcome.messages, usageError: outcome.usageError }),
  })
  assert.deepEqual(seen.map((s) => s.index), [0, 1, 2, 3, 4, 5])
  assert.deepEqual(seen.map((s) => s.result), ['a-långsam.md', 'b.md', undefined, 'd.md', undefined, 'f.md'])
  assert.match(seen[2].messages[0], /^klarsprak: c-krasch\.md: granskningen avbröts av ett oväntat fel/)
  assert.equal(seen[4].usageError, true)
})

test('--shard K/N: the parts are disjoint, together they are the whole, with the same findings', () => {
  const whole = JSON.parse(cli(['check', '--format', 'json', 'webb']).stdout) as Array<{ path: string }>
  assert.ok(whole.length >= 20)
  for (const n of [2, 3]) {
    const seen: typeof whole = []
    for (let k = 1; k <= n; k++) {
      const r = cli(['check', '--format', 'json', '--shard', `${k}/${n}`, 'webb'])
      assert.notEqual(r.code, null)
      const part = JSON.parse(r.stdout) as typeof whole
      assert.ok(part.length < whole.length, `${k}/${n} is a part`)
      seen.push(...part)
    }
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1)
    assert.equal(new Set(seen.map((r) => r.path)).size, seen.length, `the ${n} parts do not overlap`)
    assert.deepEqual([...seen].sort(byPath), [...whole].sort(byPath), `the ${n} parts make the whole`)
  }
})

test('--shard picks files by their path relative to the current folder, with forward slashes', () => {
  assert.deepEqual(parseShard('2/3'), { index: 2, count: 3 })
  for (const bad of ['0/2', '3/2', 'x', '1/0', '1', '-1/2', '1/2/3']) assert.equal(parseShard(bad), undefined, bad)
  const shard = { index: 1, count: 2 }
  const paths = Array.from({ length: 40 }, (_, i) => `webb/sida-${i}.md`)
  assert.deepEqual(paths.map((p) => inShard(p, shard, '/a')), paths.map((p) => inShard(`/b/${p}`, shard, '/b')))
  assert.deepEqual(paths.map((p) => inShard(p, shard, '/a')), paths.map((p) => inShard(`./${p.replace('webb/', 'webb/./')}`, shard, '/a')))
  const picked = paths.filter((p) => inShard(p, shard, '/a')).length
  assert.ok(picked > 5 && picked < 35, `about half of 40 files (${picked})`)
  for (const bad of ['0/2', '3/2', 'x']) {
    const r = cli(['check', '--shard', bad, 'webb'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, new RegExp(`ogiltig del ”${bad}” för --shard`))
  }
})

test('report --merge of the shards equals one report over all the files', () => {
  const parts: string[] = []
  for (let k = 1; k <= 3; k++) {
    const part = join(dir, `del-${k}.json`)
    const r = cli(['report', '--format', 'json', '--shard', `${k}/3`, '--output', part, 'webb'])
    assert.ok(existsSync(part), r.stderr)
    parts.push(part)
  }
  for (const format of ['json', 'md', 'html']) {
    const whole = cli(['report', '--format', format, 'webb'])
    const merged = cli(['report', '--merge', '--format', format, ...parts.reverse()])
    assert.equal(merged.stdout, whole.stdout, format)
    // the whole run also exits 2 for the configuration problem, which the parts' JSON does not hold
    assert.equal(merged.code, 1, `${format}: long-sentence is an error in webb/team`)
  }
  const json = JSON.parse(cli(['report', '--merge', '--format', 'json', ...parts]).stdout)
  assert.ok(json.files.length >= 20 && json.totals.findings > 0)
  writeFileSync(join(dir, 'trasig.json'), '{"inte": "en rapport"}')
  const bad = cli(['report', '--merge', join(dir, 'trasig.json')])
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /trasig\.json: är inte en rapport/)
})
