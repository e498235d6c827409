/** Activates Klarspråk: starts the language server and registers the commands. */
import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'

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
    ],
    synchronize: {
      configurationSection: 'klarsprak',
      // the team's word list and settings live in .klarsprak.json; the server re-reads it on change
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.klarsprak.json'),
    },
    outputChannelName: 'Klarspråk',
  }
  client = new LanguageClient('klarsprak', 'Klarspråk', serverOptions, clientOptions)
  context.subscriptions.push(
    vscode.commands.registerCommand('klarsprak.restartServer', async () => {
      await client?.restart()
      void vscode.window.showInformationMessage('Klarspråk: språkservern har startats om.')
    }),
    vscode.commands.registerCommand('klarsprak.showLog', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand('klarsprak.addWordToUserList', addWordToUserList),
  )
  await client.start()
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
