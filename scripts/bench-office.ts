import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { markdownToDocx, markdownToPdf } from './office-files'
import { readDocument } from '../server/src/files/read-document'

const PAGES = 100

/**
 * issue 18: what reading Word files and PDFs costs. One report of 100 PDF pages (the corpus's
 * paragraphs under a heading every six paragraphs), as Markdown, as a Word file and as a PDF, each
 * through `klarsprak check --format json` (whole process, dictionary and all): seconds and peak
 * memory. The files are generated here, so nothing large is kept in the repository.
 */
export async function benchOffice(root: string, texts: string[], stats: (xs: number[], digits?: number) => string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klarsprak-bench-office-'))
  try {
    let words = 40_000
    let markdown = report(texts, words)
    let pdf = await markdownToPdf(markdown, { header: 'Stadsledningskontoret – Rapport' })
    // pages grow with words: two corrections bring the PDF to 100 pages or just over
    for (let i = 0; i < 2 && (pdf.pages < PAGES || pdf.pages > PAGES + 2); i++) {
      words = Math.ceil((words * (PAGES + 0.5)) / pdf.pages)
      markdown = report(texts, words)
      pdf = await markdownToPdf(markdown, { header: 'Stadsledningskontoret – Rapport' })
    }
    writeFileSync(join(dir, 'rapport.md'), markdown)
    writeFileSync(join(dir, 'rapport.pdf'), pdf.bytes)
    writeFileSync(join(dir, 'rapport.docx'), await markdownToDocx(markdown))
    console.log(`office: one report of ${pdf.pages} PDF pages (${words} words of the corpus, a heading every six paragraphs, ${pdf.hyphenated.length} words hyphenated at line ends)`)
    for (const ext of ['docx', 'pdf']) await reading(join(dir, `rapport.${ext}`), ext, stats)
    for (const ext of ['md', 'docx', 'pdf']) measure(root, join(dir, `rapport.${ext}`), ext, stats)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function report(texts: string[], words: number): string {
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /\p{L}{3}/u.test(p) && !/^[#>|*-]/.test(p))
  const out = ['# Rapport']
  let count = 0
  for (let i = 0; count < words; i++) {
    if (i % 6 === 0) out.push(`## Avsnitt ${i / 6 + 1}`)
    const paragraph = paragraphs[i % paragraphs.length]
    out.push(paragraph)
    count += paragraph.split(' ').length
  }
  return out.join('\n\n') + '\n'
}

/** Reading alone (mammoth or pdf.js and the paragraphs), in this process, after one warm-up. */
async function reading(file: string, ext: string, stats: (xs: number[], digits?: number) => string): Promise<void> {
  await readDocument(file)
  const seconds: number[] = []
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    const read = await readDocument(file)
    seconds.push((performance.now() - t0) / 1000)
    if (!read.ok) throw new Error(read.reason)
  }
  console.log(`office: reading rapport.${ext} into text, s (min–median–max of 3): ${stats(seconds, 2)}`)
}

function measure(root: string, file: string, ext: string, stats: (xs: number[], digits?: number) => string): void {
  const seconds: number[] = []
  const peaks: number[] = []
  let findings = 0
  let counted = 0
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin/klarsprak.js'), 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 })
    seconds.push((performance.now() - t0) / 1000)
    if (r.status === 2) throw new Error(r.stderr)
    peaks.push(Number(/(\d+)\s*$/.exec(r.stderr)?.[1]) / 1024)
    const [checked] = JSON.parse(r.stdout) as Array<{ metrics: { words: number }; messages: unknown[] }>
    findings = checked.messages.length
    counted = checked.metrics.words
  }
  console.log(`office: klarsprak check --format json rapport.${ext} (${counted} words, ${findings} findings): wall s (min–median–max of 3) ${stats(seconds, 2)}, peak RSS MB ${stats(peaks, 0)}`)
}
