/**
 * Issue 17: what English in a document costs. The English word lists' load time and memory in a
 * fresh process, and the language server's cold start and keystroke p95 on a 10,000-word
 * document with and without English paragraphs (English texts of our own, test-fixtures/english).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol'
import { TestClient } from '../server/test/helpers/lsp-client'
import { checkText } from '../server/src/engine/check'
import { resolveRules } from '../server/src/rules/rule-settings'
import { SpellingService } from '../server/src/spelling/spelling-service'

const URI = 'file:///bench/mixed.md'
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const median = (xs: number[]) => percentile(xs, 50)

/** ~10,000 words of the corpus; with English, every sixth paragraph is one of our English paragraphs. */
function document(texts: string[], english: string[]): string {
  const swedish = texts.join('\n\n').split(/\n\s*\n/)
  const out: string[] = []
  let words = 0
  let used = 0
  for (let i = 0; words < 10_000; i++) {
    const p = english.length && i % 6 === 5 ? english[used++ % english.length] : swedish[i % swedish.length]
    out.push(p)
    words += p.split(/\s+/).filter(Boolean).length
  }
  return out.join('\n\n') + '\n'
}

async function diagnostics(client: TestClient): Promise<DocumentDiagnosticReport> {
  return (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as DocumentDiagnosticReport
}

/** Cold start to first diagnostics (min–median–max of 5) and p95 of 100 keystrokes; with English, also until English spelling shows. */
async function measure(doc: string, label: string): Promise<void> {
  const colds: number[] = []
  const untilEnglish: number[] = []
  let client: TestClient | undefined
  for (let run = 0; run < 5; run++) {
    await client?.close()
    client = new TestClient()
    const t0 = performance.now()
    await client.initialize({ textDocument: { diagnostic: {} } })
    await client.open(URI, doc)
    await diagnostics(client)
    colds.push(performance.now() - t0)
    if (!label.includes('with')) continue
    // the dictionaries load in the background; ask until the English typo is found
    for (let tries = 0; tries < 200; tries++) {
      const r = await diagnostics(client)
      if (r.kind === 'full' && r.items.some((d) => d.code === 'en-spelling')) {
        untilEnglish.push(performance.now() - t0)
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
  const lines = doc.split('\n').length
  const keys: number[] = []
  for (let version = 2; version < 102; version++) {
    const start = performance.now()
    await client!.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: { line: Math.floor(lines / 2), character: 0 }, end: { line: Math.floor(lines / 2), character: 0 } }, text: version % 2 ? 'a' : 'b' }],
    })
    await diagnostics(client!)
    keys.push(performance.now() - start)
  }
  const status = readFileSync(`/proc/${client!.pid}/status`, 'utf8')
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024
  await client!.close()
  const sorted = [...colds].sort((a, b) => a - b)
  console.log(
    `english: ${label}: cold start to first diagnostics ${sorted[0].toFixed(0)}–${median(colds).toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)} ms` +
      (untilEnglish.length ? `, until English spelling shows (median) ${median(untilEnglish).toFixed(0)} ms` : '') +
      `; keystroke p50 ${median(keys).toFixed(1)}, p95 ${percentile(keys, 95).toFixed(1)} ms; RSS ${rss.toFixed(0)} MB`,
  )
}

/** The English rules' findings on our English texts joined with the verdicts read by hand (test-fixtures/english/verdicts.tsv). */
async function precision(dir: string): Promise<void> {
  const service = new SpellingService()
  await service.load()
  await service.loadEnglish()
  const spelling = service.context([])
  const verdicts = new Map(
    readFileSync(join(dir, 'verdicts.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
      const [file, offset, rule, actual, , verdict] = l.split('\t')
      return [`${file}\t${offset}\t${rule}\t${actual}`, verdict] as const
    }),
  )
  const counts = { right: 0, wrong: 0, unjudged: 0 }
  const byRule = new Map<string, number>()
  let words = 0
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8')
    const result = checkText(text, 'markdown', { rules: resolveRules(undefined).rules, spelling })
    words += result.metrics.languages.en ?? 0
    for (const f of result.findings) {
      const verdict = verdicts.get(`${file}\t${f.offset}\t${f.ruleId}\t${f.actual}`)
      if (verdict === 'right') counts.right++
      else if (verdict === 'wrong') counts.wrong++
      else {
        counts.unjudged++
        console.log(`english: unjudged ${file} ${f.offset} ${f.ruleId} ${f.actual}`)
      }
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
    }
  }
  const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')
  console.log(`english: precision on our English texts (${words} English words): ${counts.right} right, ${counts.wrong} wrong, ${counts.unjudged} unjudged (${rules})`)
}

export async function benchEnglish(root: string, texts: string[]): Promise<void> {
  await precision(join(root, 'test-fixtures/english'))
  const runs = [0, 1, 2, 3, 4].map(() => JSON.parse(execFileSync(process.execPath, [join(root, 'dist/measure-dictionary.js'), '--english'], { encoding: 'utf8' })) as { ms: number; rssMb: number })
  console.log(`english: the English word lists (en-US + en-GB) on top of the Swedish dictionary, fresh process: ${median(runs.map((r) => r.ms))} ms, +${median(runs.map((r) => r.rssMb))} MB RSS (median of 5)`)
  const dir = join(root, 'test-fixtures/english')
  const english = readdirSync(dir).filter((f) => f.endsWith('.md')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 15))
  // one typo, so the bench sees when English spelling has arrived
  english[0] += ' We answer within two workign days.'
  const plain = document(texts, [])
  const mixed = document(texts, english)
  await measure(plain, 'Swedish only')
  await measure(mixed, `with English (every sixth paragraph, from ${english.length} of our own)`)
}
