import {
  type CancellationToken,
  type Connection,
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { DocumentChecker, type CheckedVersion } from './document-checker'
import { toDiagnostics } from './diagnostics'
import { codeActions, FIX_ALL_KIND } from './code-actions'
import { hover } from './hover'
import { SettingsStore } from './settings'
import { SpellingService } from '../spelling/spelling-service'
import { needsEnglish } from '../spelling/english-need'
import { spelling as spellingRule } from '../rules/spelling'
import { enSpelling } from '../rules/english/en-spelling'
import { DocumentConfigs } from '../config/document-config'
import { WorkspaceFolders } from './workspace-folders'
import { spellingActions } from './spelling-actions'
import { suppressionActions } from './suppression-actions'
import { ConfigDiagnostics } from './config-diagnostics'
import { describeEffectiveConfig } from './effective-config'
import { executeCommand, SERVER_COMMANDS } from './commands'
import { documentReportText, documentStats, unavailableReportText } from './report-requests'
import type { FileServices } from '../files/check-files'
import { findingsResult, suggestionsResult } from './findings-request'
import { rulesResult } from './rules-request'
import {
  EFFECTIVE_CONFIG_REQUEST,
  FILE_REPORT_REQUEST,
  FINDINGS_REQUEST,
  FOLDER_REPORT_REQUEST,
  REPORT_REQUEST,
  RULES_REQUEST,
  STATS_REQUEST,
  SUGGESTIONS_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type FindingsParams,
  type ReportParams,
  type SuggestionsParams,
} from '../protocol'

/** What differs between the server on disk (Node) and in a browser's web worker. */
export interface ServerHost {
  /** The dictionary, read from disk or fetched beside the worker. */
  spelling: SpellingService
  /** Reports on folders and files read from disk; absent in a browser, which has no disk to read. */
  diskReports?: {
    folder(params: ReportParams, services: FileServices, log: (message: string) => void): Promise<string>
    file(params: ReportParams, services: FileServices, log: (message: string) => void, folderOf: (path: string) => string | undefined): Promise<string>
  }
  /** Called with the client's initialization options, before anything is checked. */
  initialize?(initializationOptions: unknown): void
  /** Called once the server is wired, before it listens: the web worker adds its own notifications. */
  extend?(connection: Connection, recheckAll: () => void): void
}

/** Wires LSP handlers to the modules that do the work; holds no logic of its own. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument)
  const settings = new SettingsStore(connection)
  const { spelling } = host
  const configs = new DocumentConfigs()
  const folders = new WorkspaceFolders()
  const configDiagnostics = new ConfigDiagnostics(connection)
  const checker = new DocumentChecker(
    settings,
    spelling,
    configs,
    (message) => connection.console.error(message),
    (path) => folders.folderOf(path),
    (uri) => documents.get(uri)?.version,
  )
  let pull = false
  let canRefresh = false
  const logFailure = (error: unknown): void => connection.console.error(`Klarspråk: ${String(error)}`)
  const notifyWarning = (message: string): void => {
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(logFailure)
  }
  let spellingStarted = false
  /**
   * Building the dictionary blocks the server for about a fifth of a second. It starts once the
   * first document has its diagnostics (or a second after start-up), so those are not delayed;
   * checks run without spelling until it is ready, then every document is checked again.
   */
  const startSpelling = (): Promise<unknown> => {
    const loading = spelling.load()
    if (!spellingStarted) {
      spellingStarted = true
      void loading.then((speller) => {
        if (speller) recheckAll()
        else notifyWarning(`Klarspråk: stavningskontrollen är avstängd: ${spelling.failure}.`)
      })
    }
    return loading
  }
  /** The English word lists load the first time a document has English; then every document is checked again. */
  const startEnglishSpelling = (): void => {
    void spelling.loadEnglish().then((speller) => {
      if (speller) recheckAll()
      else notifyWarning(`Klarspråk: stavningen i engelska stycken kontrolleras inte: ${spelling.englishFailure}.`)
    })
  }
  /** The check of the document's current version; undefined when it moved on or the request was cancelled. */
  const check = async (doc: TextDocument, token?: CancellationToken): Promise<CheckedVersion | undefined> => {
    const checked = await checker.check(doc, token)
    configDiagnostics.publishFor(configs)
    if (!spellingStarted) setTimeout(startSpelling, 0)
    else if (checked?.overview && spelling.ready && spelling.englishWanted && needsEnglish(checked.findings, checked.overview.blocks)) startEnglishSpelling()
    return checked
  }
  /**
   * The check of whatever version the document has once the answer is ready: the status bar and the
   * report ask about the document, not about one version, so an edit during the check means
   * checking the newer text rather than answering with nothing. Null when it is closed or cancelled.
   */
  const checkLatest = async (uri: string, token: CancellationToken): Promise<{ doc: TextDocument; checked: CheckedVersion } | null> => {
    for (let doc = documents.get(uri); doc && !token.isCancellationRequested; doc = documents.get(uri)) {
      const checked = await check(doc, token)
      if (checked) return { doc, checked }
    }
    return null
  }
  const publish = async (doc: TextDocument): Promise<void> => {
    const checked = await check(doc)
    // a newer version publishes its own diagnostics
    if (checked) await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(doc, checked) })
  }
  const recheckAll = (): void => {
    configs.user = settings.user
    checker.clear()
    if (!pull) for (const doc of documents.all()) publish(doc).catch(logFailure)
    else if (canRefresh) connection.languages.diagnostics.refresh().catch(logFailure)
    // configuration files' own diagnostics, even when no document is re-checked
    for (const doc of documents.all()) checker.configFor(doc.uri, doc)
    configDiagnostics.publishFor(configs)
  }

  connection.onInitialize((params) => {
    pull = params.capabilities.textDocument?.diagnostic !== undefined
    canRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true
    settings.init(params)
    folders.init(params)
    configs.user = settings.user
    // packages in extends are only loaded from a trusted workspace (the client says so)
    configs.trusted = (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false
    host.initialize?.(params.initializationOptions)
    setTimeout(startSpelling, 1000)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: SERVER_COMMANDS },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'klarsprak-language-server', version: '0.1.0' },
    }
  })

  connection.onInitialized(async () => {
    if (!settings.canPull) return
    connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(logFailure)
    await settings.reload(undefined)
    recheckAll()
  })

  connection.onDidChangeConfiguration(async (change) => {
    await settings.reload(change.settings)
    recheckAll()
  })
  // .klarsprak.json saved, created or deleted (the client watches them)
  connection.onDidChangeWatchedFiles(recheckAll)
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    configs.trusted = true
    recheckAll()
  })

  // an answer for a version that has moved on is empty, never stale: the editor asks again for the new one
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri)
    const checked = doc ? await check(doc, token) : undefined
    return { kind: DocumentDiagnosticReportKind.Full, items: doc && checked ? toDiagnostics(doc, checked) : [] }
  })
  documents.onDidChangeContent((e) => {
    if (!pull) publish(e.document).catch(logFailure)
  })
  documents.onDidClose((e) => {
    checker.forget(e.document.uri)
    if (!pull) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(logFailure)
  })

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri)
    const checked = doc ? await check(doc, token) : undefined
    if (!doc || !checked) return []
    const speller = spelling.ready
    const isFile = DocumentChecker.filePath(doc.uri) !== undefined
    return codeActions(doc, checked, params, (finding, diagnostic, replace) => [
      // an English word's suggestions come with the finding; both rules offer adding the word to a list
      ...((finding.ruleId === spellingRule.id || finding.ruleId === enSpelling.id) && speller
        ? spellingActions(finding, diagnostic, { suggest: (w) => speller.suggest(w), fileUri: isFile ? doc.uri : undefined, replace })
        : []),
      ...suppressionActions(doc, checked.version, finding, diagnostic, checked.format, isFile),
    ])
  })

  connection.onExecuteCommand((params) => {
    const result = executeCommand(params.command, params.arguments ?? [], folders)
    if (result && 'error' in result) notifyWarning(`Klarspråk: ${String(result.error)}`)
    else if (result) recheckAll()
    return result
  })

  connection.onRequest(EFFECTIVE_CONFIG_REQUEST, (params: { uri: string }) => describeEffectiveConfig(params.uri, checker.configFor(params.uri, documents.get(params.uri))))

  connection.onRequest(REPORT_REQUEST, async (params: ReportParams, token) => {
    const latest = await checkLatest(params.uri, token)
    return latest ? documentReportText(latest.doc, latest.checked, checker.configFor(params.uri, latest.doc), params, (path) => folders.folderOf(path)) : null
  })
  // the report's files are checked on worker threads, each with its own dictionary: nothing here to wait for
  const { diskReports } = host
  const unavailable = (params: ReportParams): string => unavailableReportText(params.format)
  connection.onRequest(FOLDER_REPORT_REQUEST, (params: ReportParams) =>
    diskReports ? diskReports.folder(params, { spelling, configs }, (m) => connection.console.warn(m)) : unavailable(params))
  connection.onRequest(FILE_REPORT_REQUEST, (params: ReportParams) =>
    diskReports ? diskReports.file(params, { spelling, configs }, (m) => connection.console.warn(m), (path) => folders.folderOf(path)) : unavailable(params))
  connection.onRequest(STATS_REQUEST, async (params: { uri: string }, token) => {
    const latest = await checkLatest(params.uri, token)
    return latest ? documentStats(latest.checked) : null
  })

  // the writing page's view of one version: findings with explanations and fixes (null once it has moved on)
  connection.onRequest(FINDINGS_REQUEST, async (params: FindingsParams, token) => {
    const doc = documents.get(params.uri)
    if (!doc || doc.version !== params.version) return null
    const checked = await check(doc, token)
    return checked ? findingsResult(checked) : null
  })
  connection.onRequest(RULES_REQUEST, rulesResult)
  connection.onRequest(SUGGESTIONS_REQUEST, (params: SuggestionsParams) => {
    const speller = spelling.ready
    return suggestionsResult(params?.words, speller && ((w: string) => speller.suggest(w)))
  })

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri)
    const checked = doc ? await check(doc, token) : undefined
    return doc && checked ? hover(doc, checked, params.position) : null
  })

  host.extend?.(connection, recheckAll)
  documents.listen(connection)
  connection.listen()
}
