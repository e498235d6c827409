/** Activates Klarspråk on the desktop: starts the language server in Node and registers the commands. */
import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'
import { registerCommands } from './commands'
import { restartingErrorHandler } from './error-handler'
import { createStatusItem } from './status-item'

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
  const languageClient = new LanguageClient('klarsprak', 'Klarspråk', serverOptions, clientOptions)
  client = languageClient
  context.subscriptions.push(...registerCommands({ client: languageClient, restart: () => languageClient.restart(), diskReports: true }))
  await languageClient.start()
  context.subscriptions.push(createStatusItem(languageClient))
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
