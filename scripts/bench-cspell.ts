/**
 * issue 8: whole-process `klarsprak check --format json` with all rules against cspell 9.8 with
 * @cspell/dict-sv (spelling only) on the same ~113,000-word Markdown file (the corpus five times
 * over), run alternately (A B A B …) so the machine's drift cancels. cspell is installed on demand
 * into .bench/ (not a dependency of the project: its Swedish dictionary is GPL).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { availableParallelism, loadavg } from 'node:os'
import { writeDocuments } from './bench-documents'
import { performance } from 'node:perf_hooks'

const ROOT = join(__dirname, '..')
const CACHE = join(ROOT, '.bench')

/** cspell's bin, installed into .bench/ on first use; undefined without a registry. */
export function ensureCspell(): string | undefined {
  const bin = join(CACHE, 'node_modules/cspell/bin.mjs')
  if (existsSync(bin)) return bin
  try {
    mkdirSync(CACHE, { recursive: true })
    execFileSync('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', 'cspell@9.8.0', '@cspell/dict-sv@2.3.2'], { stdio: 'ignore' })
    return existsSync(bin) ? bin : undefined
  } catch {
    return undefined
  }
}

/**
 * Wall time, CPU time (user + system, all threads) and peak RSS of a whole process; the peak
 * counts worker threads, which share the process's memory. CPU time shows what threads cost when
 * the machine is shared and the wall time cannot show their gain.
 */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { ms: number; mb: number; cpu: number } {
  const t0 = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  const ms = performance.now() - t0
  const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '')
  return { ms, mb: Number(m?.[3]) / 1024, cpu: Number(m?.[1]) + Number(m?.[2]) }
}

const spread = (xs: number[], d = 0): string => {
  const s = [...xs].sort((a, b) => a - b)
  return `${s[0].toFixed(d)}–${s[Math.floor(s.length / 2)].toFixed(d)}–${s[s.length - 1].toFixed(d)}`
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** cspell.json for Swedish in `dir`; `extra` adds settings (the precision bench lifts the issue limits). */
export function cspellConfig(dir: string, extra: Record<string, unknown> = {}): void {
  writeFileSync(join(dir, 'cspell.json'), JSON.stringify({ language: 'sv', import: [join(CACHE, 'node_modules/@cspell/dict-sv/cspell-ext.json')], ...extra }))
}

/**
 * A folder of 1,000 short Markdown documents made of corpus paragraphs: the CI case of the issue.
 * klarsprak runs with its worker pool (one thread per core) and, for comparison, on one thread
 * (KLARSPRAK_THREADS=0); all three alternate.
 */
export function benchFolderAgainstCspell(texts: string[]): void {
  const cspell = ensureCspell()
  if (!cspell) return
  const dir = join(CACHE, 'folder')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const words = writeDocuments(dir, texts, 1000, 110)
  cspellConfig(dir)
  type Run = { ms: number; mb: number; cpu: number }
  const ours: Run[] = []
  const single: Run[] = []
  const theirs: Run[] = []
  const args = [join(ROOT, 'bin/klarsprak.js'), 'check', '--format', 'json', '.']
  for (let i = 0; i < 3; i++) {
    ours.push(timed(process.execPath, args, dir))
    theirs.push(timed(process.execPath, [cspell, '--no-progress', '--no-summary', '**/*.md'], dir))
    single.push(timed(process.execPath, args, dir, { ...process.env, KLARSPRAK_THREADS: '0' }))
  }
  const ratio = (xs: Array<{ ms: number }>): string => (median(xs.map((x) => x.ms)) / median(theirs.map((x) => x.ms))).toFixed(2)
  console.log(`vs cspell, folder: 1,000 Markdown files, ${words} words, ${availableParallelism()} cores, alternating ×3; klarsprak check (all rules, worker pool) wall ms ${spread(ours.map((x) => x.ms))}, CPU s ${spread(ours.map((x) => x.cpu), 1)}, peak MB ${spread(ours.map((x) => x.mb))}; klarsprak on one thread wall ms ${spread(single.map((x) => x.ms))}, CPU s ${spread(single.map((x) => x.cpu), 1)}, peak MB ${spread(single.map((x) => x.mb))}; cspell (spelling only) wall ms ${spread(theirs.map((x) => x.ms))}, CPU s ${spread(theirs.map((x) => x.cpu), 1)}, peak MB ${spread(theirs.map((x) => x.mb))}; load average ${loadavg()[0].toFixed(1)}; ratio of medians ${ratio(ours)}× (one thread ${ratio(single)}×)`)
}

export function benchAgainstCspell(texts: string[]): void {
  const cspell = ensureCspell()
  if (!cspell) {
    console.log('cspell: could not be installed into .bench/ (no registry?); comparison skipped')
    return
  }
  const dir = join(CACHE, 'work')
  mkdirSync(dir, { recursive: true })
  const body = texts.join('\n\n')
  writeFileSync(join(dir, 'korpus.md'), Array(5).fill(body).join('\n\n'))
  cspellConfig(dir)
  const words = body.split(/\s+/).filter(Boolean).length * 5
  const ours: Array<{ ms: number; mb: number }> = []
  const theirs: Array<{ ms: number; mb: number }> = []
  for (let i = 0; i < 5; i++) {
    ours.push(timed(process.execPath, [join(ROOT, 'bin/klarsprak.js'), 'check', '--format', 'json', 'korpus.md'], dir))
    theirs.push(timed(process.execPath, [cspell, '--no-progress', '--no-summary', 'korpus.md'], dir))
  }
  console.log(`vs cspell: ${words} words (corpus ×5, Markdown), alternating ×5; klarsprak (all rules) wall ms ${spread(ours.map((x) => x.ms))}, peak MB ${spread(ours.map((x) => x.mb))}; cspell 9.8 + dict-sv (spelling only) wall ms ${spread(theirs.map((x) => x.ms))}, peak MB ${spread(theirs.map((x) => x.mb))}; ratio of medians ${(median(ours.map((x) => x.ms)) / median(theirs.map((x) => x.ms))).toFixed(2)}×`)
}
