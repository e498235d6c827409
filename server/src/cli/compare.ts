import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { formatFor } from '../engine/analyse'
import type { DocumentFormat } from '../engine/types'
import { isOfficeFile, readOfficeBytes } from '../files/read-document'
import type { DocumentSource } from '../files/office/place'
import { checkDocument } from '../files/check-document'
import { checkOneFile, type FileServices } from '../files/check-files'
import { checkedFileReport } from '../report/report-data'
import { beforeOf } from '../report/render-compare'
import type { Figures } from '../report/render-report'

/** What `--compare` found: the earlier figures by the checked file's path, what they are of, and whether that failed. */
export interface Comparison {
  before: Figures
  label: string
  failed: boolean
}

/**
 * The earlier version for `klarsprak report --compare <what>`. An existing file wins: the report
 * of one file is compared with that file, read and checked exactly as the checked file is
 * (checkOneFile: the same reading, configuration and rules). Anything else is taken for a git
 * version, and each checked file is compared with itself at that version.
 */
export async function comparison(what: string, paths: string[], services: FileServices, err: (s: string) => void): Promise<Comparison> {
  const kind = pathKind(what)
  if (kind === 'directory') {
    err(`klarsprak: --compare: ${what} är en mapp. Jämför med en fil eller en git-version.\n`)
    return { before: new Map(), label: what, failed: true }
  }
  if (kind === 'file') return compareWithFile(what, paths, services, err)
  return { before: await figuresAt(what, paths, services, err), label: what, failed: false }
}

function pathKind(path: string): 'file' | 'directory' | undefined {
  try {
    const s = statSync(path)
    return s.isDirectory() ? 'directory' : 'file'
  } catch {
    return undefined
  }
}

async function compareWithFile(other: string, paths: string[], services: FileServices, err: (s: string) => void): Promise<Comparison> {
  const failed = { before: new Map(), label: other, failed: true }
  if (paths.length !== 1) {
    err(`klarsprak: --compare ${other}: en fil jämförs med en fil; ange bara en fil att granska.\n`)
    return failed
  }
  await services.spelling.load()
  const outcome = await checkOneFile(other, services, (f) => beforeOf(checkedFileReport(f)))
  for (const { line } of outcome.problems) err(line)
  for (const line of outcome.messages) err(line)
  if (!outcome.result) {
    if (!outcome.messages.length) err(`klarsprak: --compare: ${other} granskas inte.\n`)
    return failed
  }
  return { before: new Map([[paths[0], outcome.result]]), label: other, failed: outcome.usageError }
}

/**
 * The figures of each file as it was at a git revision (klarsprak report --compare <ref>), for
 * showing what got better and worse. Files that did not exist then are left out.
 */
export async function figuresAt(ref: string, paths: string[], services: FileServices, err: (s: string) => void): Promise<Figures> {
  const out: Figures = new Map()
  let root: string
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim()
    execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { stdio: 'ignore' })
  } catch {
    err(`klarsprak: --compare: ”${ref}” är ingen git-version i det här repot, och ingen fil med det namnet finns.\n`)
    return out
  }
  await services.spelling.load()
  for (const path of paths) {
    const rel = relative(root, resolve(path)).split('\\').join('/')
    const read = await readAtRevision(root, ref, rel, path)
    if (!read) continue
    // the same check as today's file, with today's configuration for its place
    const checked = await checkDocument({ text: read.text, format: read.format, path: resolve(path) }, services)
    if (checked.checked) out.set(path, beforeOf(checkedFileReport({ path, result: checked.result, config: checked.config, ...(read.source ? { source: read.source } : {}) })))
  }
  return out
}

/**
 * A file as it was at a git revision, read the way today's file is: a Word file or PDF from its
 * old bytes (its text is no UTF-8), anything else as the old text. Undefined when the file did not
 * exist then or cannot be read.
 */
async function readAtRevision(root: string, ref: string, rel: string, path: string): Promise<{ text: string; format: DocumentFormat; source?: DocumentSource } | undefined> {
  let bytes: Buffer
  try {
    bytes = execFileSync('git', ['show', `${ref}:${rel}`], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
  } catch {
    return undefined
  }
  if (!isOfficeFile(path)) return { text: bytes.toString('utf8'), format: formatFor(path) }
  const read = await readOfficeBytes(path, bytes)
  return read.ok ? read : undefined
}
