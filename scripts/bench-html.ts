import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { checkText } from '../server/src/engine/check'
import type { ActiveRule } from '../server/src/engine/rule'
import type { DocumentFormat } from '../server/src/engine/types'
import { writeDocuments, writeHtmlDocuments } from './bench-documents'

/**
 * issue 16: what reading HTML costs. The same 100 documents (about 100,000 words of the corpus)
 * as Markdown files and as web pages, through the engine alone (words/s, in one process, every
 * rule but spelling, as the engine part measures) and through `klarsprak check` on the folder
 * (whole process, dictionary and all).
 */
export function benchHtml(root: string, texts: string[], rules: ActiveRule[], stats: (xs: number[], digits?: number) => string): void {
  const dir = mkdtempSync(join(tmpdir(), 'klarsprak-bench-html-'))
  try {
    const folders: Record<'markdown' | 'html', string> = { markdown: join(dir, 'markdown'), html: join(dir, 'html') }
    mkdirSync(folders.markdown)
    mkdirSync(folders.html)
    writeDocuments(folders.markdown, texts, 100, 1000)
    writeHtmlDocuments(folders.html, texts, 100, 1000)
    for (const format of ['markdown', 'html'] as const) engine(folders[format], format, rules, stats)
    for (const format of ['markdown', 'html'] as const) cli(root, folders[format], format, stats)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function engine(folder: string, format: DocumentFormat, rules: ActiveRule[], stats: (xs: number[], digits?: number) => string): void {
  const pages = readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8'))
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0)
  const words = pages.reduce((n, p) => n + checkText(p, format, { rules }).metrics.words, 0)
  for (let i = 0; i < 2; i++) for (const p of pages) checkText(p, format, { rules })
  const rates: number[] = []
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now()
    for (const p of pages) checkText(p, format, { rules })
    rates.push(words / ((performance.now() - t0) / 1000))
  }
  console.log(`html: engine, 100 ${format} documents (${(bytes / 1e6).toFixed(2)} MB, ${words} words); words/s (min–median–max of 7): ${stats(rates, 0)}`)
}

function cli(root: string, folder: string, format: DocumentFormat, stats: (xs: number[], digits?: number) => string): void {
  const times: number[] = []
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, [join(root, 'bin/klarsprak.js'), 'check', '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 28 })
    times.push(performance.now() - t0)
    if (r.status === 2) throw new Error(r.stderr)
  }
  console.log(`html: klarsprak check --format json on the folder of 100 ${format} documents, wall s (min–median–max of 3): ${stats(times.map((t) => t / 1000), 2)}`)
}
