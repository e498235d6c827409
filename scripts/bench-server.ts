/**
 * The language server as an editor sees it: cold start to the first diagnostics, the re-check
 * after a keystroke on a 10,000-word document, and the same keystrokes while a folder report of
 * 100 documents runs (issue 12: the report must not stall the open document's diagnostics).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol'
import { TestClient } from '../server/test/helpers/lsp-client'
import { writeDocuments } from './bench-documents'

function stats(xs: number[], digits = 1): string {
  const s = [...xs].sort((a, b) => a - b)
  const f = (x: number) => x.toFixed(digits)
  return `${f(s[0])}–${f(s[Math.floor(s.length / 2)])}–${f(s[s.length - 1])}`
}
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const URI = 'file:///bench/doc.md'

/** A ~10,000-word Markdown document made of the texts' paragraphs. */
function tenThousandWords(texts: string[]): { doc: string; words: number } {
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/)
  let doc = ''
  let words = 0
  for (let i = 0; words < 10_000; i++) {
    const p = paragraphs[i % paragraphs.length]
    doc += p + '\n\n'
    words += p.split(/\s+/).filter(Boolean).length
  }
  return { doc, words }
}

/** One edit in the middle of the document and the pull that follows it, in milliseconds. */
async function keystroke(client: TestClient, line: number, version: number): Promise<number> {
  const start = performance.now()
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: version % 2 ? 'a' : 'b' }],
  })
  const r = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as DocumentDiagnosticReport
  if (r.kind !== 'full') throw new Error('unexpected report')
  return performance.now() - start
}

export async function benchServer(texts: string[]): Promise<void> {
  const { doc, words } = tenThousandWords(texts)
  // cold start: a new server process each time, from spawn to the first diagnostics
  const colds: number[] = []
  let client: TestClient | undefined
  for (let run = 0; run < 7; run++) {
    await client?.close()
    client = new TestClient()
    const t0 = performance.now()
    await client.initialize({ textDocument: { diagnostic: {} } })
    await client.open(URI, doc)
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })
    colds.push(performance.now() - t0)
  }
  if (!client) return
  console.log(`server: ${words}-word document; cold start to first diagnostics, ms (min–median–max of 7 new processes): ${stats(colds, 0)}`)
  const line = Math.floor(doc.split('\n').length / 2)
  let version = 2
  const quiet: number[] = []
  for (; version < 202; version++) quiet.push(await keystroke(client, line, version))
  console.log(`server: re-check after a one-character edit, ms over 200 edits: p50 ${percentile(quiet, 50).toFixed(1)}, p95 ${percentile(quiet, 95).toFixed(1)}, max ${Math.max(...quiet).toFixed(1)}`)

  const dir = mkdtempSync(join(tmpdir(), 'klarsprak-bench-report-'))
  const total = writeDocuments(dir, texts, 100, 1000)
  const busy: number[] = []
  const reportTimes: number[] = []
  // keep a folder report running the whole time: start the next when one ends
  while (busy.length < 200) {
    let done = false
    const t0 = performance.now()
    const report = client.connection.sendRequest('klarsprak/folderReport', { uri: pathToFileURL(dir).href, format: 'json' }).then(() => {
      done = true
      reportTimes.push(performance.now() - t0)
    })
    while (!done && busy.length < 200) busy.push(await keystroke(client, line, version++))
    await report
  }
  rmSync(dir, { recursive: true, force: true })
  console.log(
    `server: the same edits while folder reports of 100 documents (${total} words) run (${reportTimes.length} reports, ${stats(reportTimes.map((t) => t / 1000), 2)} s each): ` +
      `p50 ${percentile(busy, 50).toFixed(1)}, p95 ${percentile(busy, 95).toFixed(1)}, max ${Math.max(...busy).toFixed(1)} ms`,
  )
  const status = readFileSync(`/proc/${client.pid}/status`, 'utf8')
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) / 1024
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024
  console.log(`server: after the edits and reports (spelling loaded): RSS ${rss.toFixed(0)} MB, peak RSS of the process ${hwm.toFixed(0)} MB`)
  await client.close()
}
