import {
  type Connection,
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { DocumentChecker } from './document-checker'
import { toDiagnostics } from './diagnostics'
import { codeActions, FIX_ALL_KIND } from './code-actions'
import { hover } from './hover'
import { SettingsStore } from './settings'
import { SpellingService } from '../spelling/spelling-service'
import { TeamConfigCache } from '../config/team-config'
import { WorkspaceFolders } from './workspace-folders'
import { spellingActions, ADD_TO_TEAM_COMMAND } from './spelling-actions'
import { addWordToTeamList } from './team-word-list'

/** Wires LSP handlers to the modules that do the work; holds no logic of its own. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const settings = new SettingsStore(connection)
  const spelling = new SpellingService()
  const configs = new TeamConfigCache()
  const folders = new WorkspaceFolders()
  const checker = new DocumentChecker(settings, spelling, configs, (message) => connection.console.error(message), (path) => folders.folderOf(path))
  let pull = false
  let canRefresh = false
  const logFailure = (error: unknown): void => connection.console.error(`Klarspråk: ${String(error)}`)
  const notifyWarning = (message: string): void => {
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(logFailure)
  }

  const publish = (doc: TextDocument): void => {
    connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(doc, checker.check(doc)) }).catch(logFailure)
  }
  const recheckAll = (): void => {
    checker.clear()
    if (!pull) documents.all().forEach(publish)
    else if (canRefresh) connection.languages.diagnostics.refresh().catch(logFailure)
  }

  connection.onInitialize((params) => {
    pull = params.capabilities.textDocument?.diagnostic !== undefined
    canRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true
    settings.init(params)
    folders.init(params)
    // the dictionary loads in the background; checks run without spelling until it is ready
    void spelling.load().then((speller) => {
      if (speller) recheckAll()
      else notifyWarning(`Klarspråk: stavningskontrollen är avstängd: ${spelling.failure}.`)
    })
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [ADD_TO_TEAM_COMMAND] },
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

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri)
    const items = doc ? toDiagnostics(doc, checker.check(doc)) : []
    return { kind: DocumentDiagnosticReportKind.Full, items }
  })

  documents.onDidChangeContent((e) => {
    if (!pull) publish(e.document)
  })
  documents.onDidClose((e) => {
    checker.forget(e.document.uri)
    if (!pull) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(logFailure)
  })

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri)
    if (!doc) return []
    const speller = spelling.ready
    const fileUri = DocumentChecker.filePath(doc.uri) ? doc.uri : undefined
    return codeActions(doc, checker.check(doc), params, (finding, diagnostic, replace) =>
      finding.ruleId === 'spelling' && speller ? spellingActions(finding, diagnostic, { suggest: (w) => speller.suggest(w), fileUri, replace }) : [],
    )
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command !== ADD_TO_TEAM_COMMAND) return
    const [uri, word] = (params.arguments ?? []) as [string, string]
    const result = addWordToTeamList(uri, word, folders)
    if ('error' in result) notifyWarning(`Klarspråk: ${result.error}`)
    else {
      configs.clear()
      recheckAll()
    }
    return result
  })

  connection.onDidChangeWatchedFiles(() => {
    configs.clear()
    recheckAll()
  })
  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri)
    return doc ? hover(doc, checker.check(doc), params.position) : null
  })

  documents.listen(connection)
  connection.listen()
}
