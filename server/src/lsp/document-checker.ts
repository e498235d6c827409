import type { TextDocument } from 'vscode-languageserver-textdocument'
import { formatFor } from '../engine/analyse'
import type { DocumentFormat, DocumentOverview, Finding } from '../engine/types'
import type { SettingsStore } from './settings'
import { ChunkCache } from '../engine/chunk-cache'
import { BlockFindingsCache } from '../engine/block-findings-cache'
import type { SpellingService } from '../spelling/spelling-service'
import type { DocumentConfigs, DocumentConfig } from '../config/document-config'
import { checkDocument, describeRuleError } from '../files/check-document'
import { isOfficeFile } from '../files/office-file'
import { readability } from '../rules/readability'
import { uriToPath } from './uri-paths'
import { frontMatterPreset } from '../config/document-preset'

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

/** Whether a request still wants its answer (an LSP CancellationToken fits). */
export interface Cancellation {
  readonly isCancellationRequested: boolean
}

/** A check under way: every request for that version waits for the same one. */
interface Running {
  version: number
  waiters: Cancellation[]
  done: Promise<CheckedVersion | undefined>
}

/**
 * Runs the engine on open documents and remembers the result per version, so diagnostics,
 * code actions and hovers for one version share one analysis. A check gives the thread back
 * every few milliseconds and is abandoned once the document has a newer version or every
 * request waiting for it was cancelled: its answer is then undefined, never stale findings.
 */
export class DocumentChecker {
  private readonly cache = new Map<string, CheckedVersion>()
  private readonly running = new Map<string, Running>()
  private readonly chunkCache = new ChunkCache()
  private readonly findingsCache = new BlockFindingsCache()
  /** Bumped by clear(): a check started before a change of settings must not fill the cache after it. */
  private generation = 0

  constructor(
    private readonly settings: SettingsStore,
    private readonly spelling: SpellingService,
    private readonly configs: DocumentConfigs,
    private readonly log: (message: string) => void,
    /** The workspace folder a file belongs to, where the search for .klarsprak.json stops. */
    private readonly workspaceFolderOf: (path: string) => string | undefined = () => undefined,
    /** The version the editor has now (undefined once closed): a check for an older one stops. */
    private readonly currentVersion: (uri: string) => number | undefined = () => undefined,
  ) {}

  /**
   * The findings for the document's version, or undefined when that version is gone (a newer
   * one arrived) or `cancellation` was requested before the check finished.
   */
  async check(doc: TextDocument, cancellation?: Cancellation): Promise<CheckedVersion | undefined> {
    // the editor's TextDocument is updated in place by later edits: read what this request is for now
    const { uri, version } = doc
    const cached = this.cache.get(uri)
    if (cached && cached.version === version) return cached
    let running = this.running.get(uri)
    if (!running || running.version !== version) {
      running = this.start(uri, version, doc.getText(), DocumentChecker.formatOf(doc))
      this.running.set(uri, running)
    }
    if (cancellation) running.waiters.push(cancellation)
    const checked = await running.done
    if (cancellation?.isCancellationRequested || !this.isCurrent(uri, version)) return undefined
    return checked
  }

  private isCurrent(uri: string, version: number): boolean {
    const now = this.currentVersion(uri)
    return now === undefined || now === version
  }

  private start(uri: string, version: number, text: string, format: DocumentFormat): Running {
    const running: Running = { version, waiters: [], done: undefined! }
    // stop when the editor has moved on, or when every request that asked has been cancelled
    const stop = (): boolean => !this.isCurrent(uri, version) || (running.waiters.length > 0 && running.waiters.every((w) => w.isCancellationRequested))
    running.done = this.run(uri, version, text, format, stop).finally(() => {
      if (this.running.get(uri) === running) this.running.delete(uri)
    })
    return running
  }

  private async run(uri: string, version: number, text: string, format: DocumentFormat, stop: () => boolean): Promise<CheckedVersion | undefined> {
    const generation = this.generation
    const path = DocumentChecker.filePath(uri)
    const outcome = await checkDocument(
      { text, format, path, stopAt: path ? this.workspaceFolderOf(path) : undefined },
      // a Word file or PDF opened as text anyway shows its zip or PDF bytes: no diagnostics on them
      { configs: this.configs, spelling: this.spelling, enabled: this.settings.enabled && !isOfficeFile(uri), chunkCache: this.chunkCache, findingsCache: this.findingsCache },
      stop,
    )
    if (!outcome.checked && outcome.reason === 'cancelled') return undefined
    if (!outcome.checked && outcome.reason === 'too-large') this.log(`Klarspråk: ${uri}: ${outcome.message}`)
    const result = outcome.checked ? outcome.result : undefined
    if (outcome.checked) for (const e of outcome.ruleErrors) this.log(`Klarspråk: ${uri} (version ${version}): ${describeRuleError(e)}`)
    for (const warning of result?.overview.warnings ?? []) this.log(`Klarspråk: ${uri}: ${warning}`)
    const paragraphLix = outcome.config.rules.some((r) => r.rule.id === readability.id)
    const checked: CheckedVersion = { version: version, text, format, findings: result?.findings ?? [], overview: result?.overview, paragraphLix }
    // a newer version may have been checked while this one waited for the thread
    if (this.isCurrent(uri, version) && generation === this.generation) this.cache.set(uri, checked)
    return checked
  }

  forget(uri: string): void {
    this.cache.delete(uri)
    this.running.delete(uri)
    this.configs.forget(DocumentChecker.filePath(uri))
  }

  /** Forgets all results: after a change of settings, word lists or the dictionary. */
  clear(): void {
    this.generation++
    this.cache.clear()
    this.running.clear()
    this.findingsCache.clear()
    this.configs.clear()
  }

  /** The path of a document, for finding the team's configuration (see uri-paths.ts). */
  static filePath(uri: string): string | undefined {
    return uriToPath(uri)
  }

  /** The configuration that applies to a document (team file, presets, overrides, user settings). */
  configFor(uri: string, doc?: TextDocument): DocumentConfig {
    const path = DocumentChecker.filePath(uri)
    const preset = doc ? frontMatterPreset(doc.getText(), DocumentChecker.formatOf(doc)) : undefined
    return this.configs.forDocument(path, path ? this.workspaceFolderOf(path) : undefined, preset)
  }

  /** Markdown or HTML by language id or file name, otherwise plain text. */
  static formatOf(doc: TextDocument): DocumentFormat {
    return formatFor(doc.languageId === 'markdown' || doc.languageId === 'html' ? doc.languageId : doc.uri)
  }
}
