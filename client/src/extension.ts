/** Activates Klarspråk: starts the language server and registers the commands. */
import * as vscode from 'vscode'
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'
import { ReportPanel, activeDocumentUri, exportReport, isOfficeFile } from './report-panel'
import { createStatusItem } from './status-item'
import { ADD_TO_USER_COMMAND, CREATE_CONFIG_COMMAND, EFFECTIVE_CONFIG_REQUEST, WORKSPACE_TRUSTED_NOTIFICATION, type CreateConfigResult, type DocumentParams, type EffectiveConfigResult } from '../../server/src/protocol'

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js')
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
      { language: 'html', scheme: 'file' },
      { language: 'html', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'klarsprak',
      // the team's word list and settings live in .klarsprak.json; the server re-reads it on change
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.klarsprak.json'),
    },
    outputChannelName: 'Klarspråk',
    // the configuration is data only; npm packages in "extends" wait until the workspace is trusted
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    errorHandler: restartingErrorHandler(),
  }
  client = new LanguageClient('klarsprak', 'Klarspråk', serverOptions, clientOptions)
  context.subscriptions.push(
    vscode.commands.registerCommand('klarsprak.restartServer', async () => {
      await client?.restart()
      void vscode.window.showInformationMessage('Klarspråk: språkservern har startats om.')
    }),
    vscode.commands.registerCommand('klarsprak.showLog', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand(ADD_TO_USER_COMMAND, addWordToUserList),
    vscode.commands.registerCommand('klarsprak.createConfigFile', createConfigFile),
    vscode.commands.registerCommand('klarsprak.showEffectiveConfiguration', showEffectiveConfiguration),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
    vscode.commands.registerCommand('klarsprak.showReport', showReport),
    vscode.commands.registerCommand('klarsprak.showFolderReport', showFolderReport),
    vscode.commands.registerCommand('klarsprak.exportReport', () => client && exportReport(client)),
  )
  await client.start()
  context.subscriptions.push(createStatusItem(client))
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}

/** Adds a word to the user's own list (setting klarsprak.words); the server re-checks on the change. */
async function addWordToUserList(word: unknown): Promise<void> {
  if (typeof word !== 'string' || word.trim() === '') return
  const config = vscode.workspace.getConfiguration('klarsprak')
  const words = config.get<string[]>('words') ?? []
  if (words.includes(word)) return
  await config.update('words', [...words, word].sort((a, b) => a.localeCompare(b, 'sv')), vscode.ConfigurationTarget.Global)
}

/** Writes a commented starter .klarsprak.json in a workspace folder (the server writes it) and opens it. */
async function createConfigFile(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? []
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Mapp för .klarsprak.json' })
  if (!folder || !client) {
    if (!folder) void vscode.window.showWarningMessage('Klarspråk: öppna en mapp först.')
    return
  }
  const result = (await client.sendRequest('workspace/executeCommand', { command: CREATE_CONFIG_COMMAND, arguments: [folder.uri.toString()] })) as CreateConfigResult | undefined
  if (!result || 'error' in result) return
  await vscode.window.showTextDocument(vscode.Uri.parse(result.uri))
  if (result.created === false) void vscode.window.showInformationMessage('Klarspråk: .klarsprak.json finns redan och har öppnats.')
}

/** Shows the configuration that applies to the active document, with where each value comes from. */
async function showEffectiveConfiguration(): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!editor || !client) {
    void vscode.window.showWarningMessage('Klarspråk: öppna ett dokument först.')
    return
  }
  const params: DocumentParams = { uri: editor.document.uri.toString() }
  const text = await client.sendRequest<EffectiveConfigResult>(EFFECTIVE_CONFIG_REQUEST, params)
  const doc = await vscode.workspace.openTextDocument({ language: 'jsonc', content: text })
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside })
}

/**
 * Shows the report for the active document, or for the file chosen in the explorer. A Word file
 * or PDF is read from disk by the server: it is never opened as text and gets no diagnostics.
 */
async function showReport(chosen?: unknown): Promise<void> {
  if (!client) return
  const uri = chosen instanceof vscode.Uri ? chosen : activeDocumentUri()
  if (uri && isOfficeFile(uri)) return ReportPanel.show(client, { kind: 'file', uri })
  if (chosen instanceof vscode.Uri) await vscode.window.showTextDocument(chosen, { preview: true })
  const editor = vscode.window.activeTextEditor
  if (!editor) {
    void vscode.window.showWarningMessage('Klarspråk: öppna ett dokument först (Markdown, HTML, text, Word eller PDF).')
    return
  }
  await ReportPanel.show(client, { kind: 'document', uri: editor.document.uri })
}

async function showFolderReport(folder?: vscode.Uri): Promise<void> {
  if (!client) return
  const uri = folder ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Granska mappen' }))?.[0]
  if (uri) await ReportPanel.show(client, { kind: 'folder', uri })
}

/** Restarts a crashed server with one clear Swedish message; after repeated crashes it stops and says so. */
function restartingErrorHandler(): NonNullable<LanguageClientOptions['errorHandler']> {
  const crashes: number[] = []
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now()
      crashes.push(now)
      while (crashes.length > 0 && now - crashes[0] > 3 * 60_000) crashes.shift()
      if (crashes.length <= 3) {
        void vscode.window.showWarningMessage('Klarspråk: språkservern stängdes oväntat och har startats om.')
        return { action: CloseAction.Restart, handled: true }
      }
      void vscode.window.showErrorMessage('Klarspråk: språkservern har kraschat flera gånger och startas inte om. Se loggen (Klarspråk: Visa loggen) och starta om med Klarspråk: Starta om språkservern.')
      return { action: CloseAction.DoNotRestart, handled: true }
    },
  }
}
