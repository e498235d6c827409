import { execFileSync } from 'node:child_process'
import { relative, resolve } from 'node:path'
import { formatFor } from '../engine/analyse'
import { checkText } from '../engine/check'
import { lixCounts } from '../engine/metrics'
import type { Figures } from '../report/render-report'

/**
 * The figures of each file as it was at a git revision (klarsprak report --compare <ref>), for
 * showing how LIX and the counts moved. Files that did not exist then are left out.
 */
export function figuresAt(ref: string, paths: string[], err: (s: string) => void): Figures {
  const out: Figures = new Map()
  let root: string
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim()
    execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { stdio: 'ignore' })
  } catch {
    err(`klarsprak: --compare: ”${ref}” är ingen git-version i det här repot.\n`)
    return out
  }
  for (const path of paths) {
    const rel = relative(root, resolve(path)).split('\\').join('/')
    let text: string
    try {
      text = execFileSync('git', ['show', `${ref}:${rel}`], { encoding: 'utf8', cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
    } catch {
      continue
    }
    // no rules: only the counts, read block by block
    const c = lixCounts(checkText(text, formatFor(path), { rules: [] }).overview)
    out.set(path, { lix: c.lix, words: c.words, sentences: c.sentences })
  }
  return out
}
