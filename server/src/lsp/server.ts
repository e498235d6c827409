import {
  type Connection,
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { DocumentChecker } from './document-checker'
import { toDiagnostics } from './diagnostics'
import { codeActions, FIX_ALL_KIND } from './code-actions'
import { hover } from './hover'
import { SettingsStore } from './settings'

/** Wires LSP handlers to the modules that do the work; holds no logic of its own. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const settings = new SettingsStore(connection)
  const checker = new DocumentChecker(settings, (message) => connection.console.error(message))
  let pull = false
  let canRefresh = false
  const logFailure = (error: unknown): void => connection.console.error(`Klarspråk: ${String(error)}`)

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
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
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
    return doc ? codeActions(doc, checker.check(doc), params) : []
  })
  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri)
    return doc ? hover(doc, checker.check(doc), params.position) : null
  })

  documents.listen(connection)
  connection.listen()
}
