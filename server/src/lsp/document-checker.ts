import type { TextDocument } from 'vscode-languageserver-textdocument'
import { checkText, type CheckResult } from '../engine/check'
import { formatFor } from '../engine/analyse'
import type { DocumentFormat, DocumentOverview, Finding } from '../engine/types'
import type { SettingsStore } from './settings'
import { ChunkCache } from '../engine/chunk-cache'
import { BlockFindingsCache } from '../engine/block-findings-cache'
import type { SpellingService } from '../spelling/spelling-service'
import type { DocumentConfigs, DocumentConfig } from '../config/document-config'
import { fileURLToPath } from 'node:url'
import { MAX_DOCUMENT_LENGTH } from '../engine/limits'

/** Findings for one version of one document. */
export interface CheckedVersion {
  version: number
  text: string
  /** How the document is read (Markdown or plain text); in-document directives are written to match. */
  format: DocumentFormat
  findings: Finding[]
  /** Figures per paragraph, for hovers, the status bar and the report (absent when the document was not checked). */
  overview?: DocumentOverview
  /** Whether hovers show each paragraph's LIX (the readability rule is on). */
  paragraphLix: boolean
}


/**
 * Runs the engine on open documents and remembers the result per version, so diagnostics,
 * code actions and hovers for one version share one analysis.
 */
export class DocumentChecker {
  private readonly cache = new Map<string, CheckedVersion>()
  private readonly reportedRuleErrors = new Set<string>()
  private readonly chunkCache = new ChunkCache()
  private readonly findingsCache = new BlockFindingsCache()

  constructor(
    private readonly settings: SettingsStore,
    private readonly spelling: SpellingService,
    private readonly configs: DocumentConfigs,
    private readonly log: (message: string) => void,
    /** The workspace folder a file belongs to, where the search for .klarsprak.json stops. */
    private readonly workspaceFolderOf: (path: string) => string | undefined = () => undefined,
  ) {}

  check(doc: TextDocument): CheckedVersion {
    const cached = this.cache.get(doc.uri)
    if (cached && cached.version === doc.version) return cached
    const text = doc.getText()
    const config = this.configFor(doc.uri)
    const format = DocumentChecker.formatOf(doc)
    const checked = this.run(doc, text, format, config)
    for (const warning of checked?.overview.warnings ?? []) this.log(`Klarspråk: ${doc.uri}: ${warning}`)
    const paragraphLix = config.rules.some((r) => r.rule.id === 'readability')
    const result: CheckedVersion = { version: doc.version, text, format, findings: checked?.findings ?? [], overview: checked?.overview, paragraphLix }
    this.cache.set(doc.uri, result)
    return result
  }

  forget(uri: string): void {
    this.cache.delete(uri)
    this.configs.forget(DocumentChecker.filePath(uri))
  }

  /** Forgets all results: after a change of settings, word lists or the dictionary. */
  clear(): void {
    this.cache.clear()
    this.findingsCache.clear()
    this.configs.clear()
  }

  /** The path of a file: URI, for finding the team's configuration. */
  static filePath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined
    try {
      return fileURLToPath(uri)
    } catch {
      return undefined
    }
  }

  /** The configuration that applies to a document (team file, presets, overrides, user settings). */
  configFor(uri: string): DocumentConfig {
    const path = DocumentChecker.filePath(uri)
    return this.configs.forDocument(path, path ? this.workspaceFolderOf(path) : undefined)
  }

  /** Markdown by language id or file name, otherwise plain text. */
  static formatOf(doc: TextDocument): DocumentFormat {
    return formatFor(doc.languageId === 'markdown' ? 'markdown' : doc.uri)
  }

  private run(doc: TextDocument, text: string, format: DocumentFormat, config: DocumentConfig): CheckResult | undefined {
    if (!this.settings.enabled || config.effective.ignored) return undefined
    if (text.length > MAX_DOCUMENT_LENGTH) {
      this.log(`Klarspråk: ${doc.uri} är för stor (${text.length} tecken) och granskas inte; gränsen är ${MAX_DOCUMENT_LENGTH}.`)
      return undefined
    }
    return checkText(text, format, {
      rules: config.rules,
      terms: config.terms,
      cache: this.chunkCache,
      findingsCache: this.findingsCache,
      spelling: this.spelling.context(config.words),
      onRuleError: (ruleId, error) => {
        if (this.reportedRuleErrors.has(ruleId)) return
        this.reportedRuleErrors.add(ruleId)
        this.log(`Klarspråk: regeln ${ruleId} kraschade och hoppas över: ${error instanceof Error ? error.stack : String(error)}`)
      },
    })
  }
}
