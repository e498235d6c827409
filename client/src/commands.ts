import * as vscode from 'vscode'
import type { BaseLanguageClient } from 'vscode-languageclient'
import { ReportPanel, activeDocumentUri, exportReport, isOfficeFile } from './report-panel'
import { ADD_TO_USER_COMMAND, CREATE_CONFIG_COMMAND, EFFECTIVE_CONFIG_REQUEST, WORKSPACE_TRUSTED_NOTIFICATION, type CreateConfigResult, type DocumentParams, type EffectiveConfigResult } from '../../server/src/protocol'

/** What the commands need to know about where they run: on the desktop (extension.ts) or in a browser (browser-extension.ts). */
export interface CommandHost {
  client: BaseLanguageClient
  /** Stops the server and starts a new one. */
  restart(): Promise<void>
  /** False in a browser: folders, Word files and PDFs are read from disk, and the web worker has none. */
  diskReports: boolean
  /** Resolves once the files the server asked the client to save are saved (in a browser only). */
  saved?: () => Promise<void>
}

const NOT_IN_BROWSER = 'Klarspråk: mappar och Word- eller PDF-filer granskas bara i VS Code på datorn och med kommandot klarsprak, inte i webbläsaren.'

/** Registers the commands of package.json, the same on the desktop and in a browser. */
export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const { client } = host
  return [
    vscode.commands.registerCommand('klarsprak.restartServer', async () => {
      await host.restart()
      void vscode.window.showInformationMessage('Klarspråk: språkservern har startats om.')
    }),
    vscode.commands.registerCommand('klarsprak.showLog', () => client.outputChannel.show(true)),
    vscode.commands.registerCommand(ADD_TO_USER_COMMAND, addWordToUserList),
    vscode.commands.registerCommand('klarsprak.createConfigFile', () => createConfigFile(host)),
    vscode.commands.registerCommand('klarsprak.showEffectiveConfiguration', () => showEffectiveConfiguration(client)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
    vscode.commands.registerCommand('klarsprak.showReport', (chosen?: unknown) => showReport(host, chosen)),
    vscode.commands.registerCommand('klarsprak.showFolderReport', (folder?: vscode.Uri) => showFolderReport(host, folder)),
    vscode.commands.registerCommand('klarsprak.exportReport', () => {
      const source = activeDocumentUri()
      if (!host.diskReports && source && isOfficeFile(source) && !vscode.window.activeTextEditor) return void vscode.window.showInformationMessage(NOT_IN_BROWSER)
      return exportReport(client)
    }),
  ]
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
async function createConfigFile({ client, saved }: CommandHost): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? []
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Mapp för .klarsprak.json' })
  if (!folder) {
    void vscode.window.showWarningMessage('Klarspråk: öppna en mapp först.')
    return
  }
  const result = (await client.sendRequest('workspace/executeCommand', { command: CREATE_CONFIG_COMMAND, arguments: [folder.uri.toString()] })) as CreateConfigResult | undefined
  if (!result || 'error' in result) return
  // in a browser the client saves the file the server wrote: open it once it is there
  await saved?.()
  await vscode.window.showTextDocument(vscode.Uri.parse(result.uri))
  if (result.created === false) void vscode.window.showInformationMessage('Klarspråk: .klarsprak.json finns redan och har öppnats.')
}

/** Shows the configuration that applies to the active document, with where each value comes from. */
async function showEffectiveConfiguration(client: BaseLanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!editor) {
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
async function showReport({ client, diskReports }: CommandHost, chosen?: unknown): Promise<void> {
  const uri = chosen instanceof vscode.Uri ? chosen : activeDocumentUri()
  if (uri && isOfficeFile(uri)) {
    if (!diskReports) return void vscode.window.showInformationMessage(NOT_IN_BROWSER)
    return ReportPanel.show(client, { kind: 'file', uri })
  }
  if (chosen instanceof vscode.Uri) await vscode.window.showTextDocument(chosen, { preview: true })
  const editor = vscode.window.activeTextEditor
  if (!editor) {
    void vscode.window.showWarningMessage('Klarspråk: öppna ett dokument först (Markdown, HTML, text, Word eller PDF).')
    return
  }
  await ReportPanel.show(client, { kind: 'document', uri: editor.document.uri })
}

async function showFolderReport({ client, diskReports }: CommandHost, folder?: vscode.Uri): Promise<void> {
  if (!diskReports) return void vscode.window.showInformationMessage(NOT_IN_BROWSER)
  const uri = folder ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Granska mappen' }))?.[0]
  if (uri) await ReportPanel.show(client, { kind: 'folder', uri })
}
