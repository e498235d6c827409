import { readFileSync } from 'node:fs'
import { pathToUri } from './uri-paths'
import { type Connection, DiagnosticSeverity } from 'vscode-languageserver'
import { LineIndex } from '../engine/line-index'
import type { ConfigProblem } from '../config/config-types'
import type { DocumentConfigs } from '../config/document-config'

/**
 * Shows problems in configuration files as diagnostics on those files (pushed: the client does
 * not pull for JSON files), and clears them once a file is fixed.
 */
export class ConfigDiagnostics {
  private published = new Map<string, string>()
  private generation = -1

  constructor(private readonly connection: Connection) {}

  /** Publishes when the resolved configurations changed since the last time (not on every keystroke). */
  publishFor(configs: DocumentConfigs): void {
    if (configs.generation === this.generation) return
    this.generation = configs.generation
    this.publish(configs.problemsByFile())
  }

  private publish(problemsByFile: Map<string, ConfigProblem[]>): void {
    const next = new Map<string, string>()
    for (const [path, problems] of problemsByFile) {
      const uri = pathToUri(path)
      const signature = problems.map((p) => `${p.offset}:${p.message}`).join('\n')
      next.set(uri, signature)
      if (this.published.get(uri) === signature) continue
      let lines: LineIndex | undefined
      try {
        lines = new LineIndex(readFileSync(path, 'utf8'))
      } catch {
        lines = undefined
      }
      const at = (offset: number) => lines?.position(offset) ?? { line: 0, character: 0 }
      const diagnostics = problems.map((p) => ({
        range: { start: at(p.offset), end: at(p.offset + p.length) },
        severity: DiagnosticSeverity.Error,
        source: 'klarsprak',
        message: p.message,
      }))
      this.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined)
    }
    for (const uri of this.published.keys()) {
      if (!next.has(uri)) this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined)
    }
    this.published = next
  }
}
