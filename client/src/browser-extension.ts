/**
 * Activates Klarspråk in VS Code in the browser (vscode.dev, github.dev, code-server's web worker
 * extension host): the same language server, built for a web worker (server/src/web/worker-main.ts),
 * fed the team's configuration files through VS Code's file system, and the same commands as on the
 * desktop, except the reports on folders, Word files and PDFs, which read from disk.
 */
import * as vscode from 'vscode'
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser'
import { registerCommands } from './commands'
import { restartingErrorHandler } from './error-handler'
import { createStatusItem } from './status-item'
import { ConfigFiles } from './browser/config-files'
import { serverFiles } from './browser/server-files'
import { DICTIONARY_FILE_REQUEST, type DictionaryFileParams, type DictionaryFileResult, type WebInitializationOptions } from '../../server/src/protocol'

/** The browser's Worker, typed loosely: client/src is compiled without the DOM's types. */
interface BrowserWorker {
  terminate(): void
}
const BrowserWorker = (globalThis as unknown as { Worker: new (url: string, options: { name: string }) => BrowserWorker }).Worker

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // hides the explorer's entries for folder and Word/PDF reports (package.json's menus)
  void vscode.commands.executeCommand('setContext', 'klarsprak.inBrowser', true)
  const began = Date.now()
  const configFiles = new ConfigFiles()
  const took = <T>(work: Promise<T>): Promise<[T, number]> => work.then((value) => [value, Date.now() - began])
  const [[files, serverRead], [, configRead]] = await Promise.all([took(serverFiles(context.extensionUri)), took(configFiles.load())])
  let worker: BrowserWorker | undefined
  const stopWorker = () => {
    worker?.terminate()
    worker = undefined
  }
  context.subscriptions.push(files, configFiles, { dispose: stopWorker })
  // a new worker for every start: a restart begins from a fresh server, and the old one is ended.
  // The transports are made here: VS Code's own Worker function (it starts the script from a blob)
  // makes workers that fail the client's `instanceof Worker`.
  const startWorker = async () => {
    stopWorker()
    worker = new BrowserWorker(files.worker, { name: 'klarsprak-language-server' })
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) }
  }
  const clientOptions: LanguageClientOptions = {
    // any scheme: documents in a browser are vscode-vfs:, vscode-remote:, vscode-test-web: …
    documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }, { language: 'html' }],
    synchronize: { configurationSection: 'klarsprak' },
    outputChannelName: 'Klarspråk',
    // read at every start, so a restarted server gets the configuration files as they are now
    initializationOptions: (): WebInitializationOptions & { trusted: boolean } => ({
      trusted: vscode.workspace.isTrusted,
      ...files.dictionaries,
      configFiles: configFiles.current,
    }),
    errorHandler: restartingErrorHandler(),
  }
  const languageClient = new LanguageClient('klarsprak', 'Klarspråk', startWorker, clientOptions)
  client = languageClient
  configFiles.connect(languageClient)
  languageClient.onRequest(DICTIONARY_FILE_REQUEST, (params: DictionaryFileParams): Promise<DictionaryFileResult> => files.dictionaryFile(params.path))
  const restart = async () => {
    await languageClient.stop()
    await languageClient.start()
  }
  context.subscriptions.push(...registerCommands({ client: languageClient, restart, diskReports: false, saved: () => configFiles.saved() }))
  await languageClient.start()
  languageClient.outputChannel.appendLine(`Språkservern körs i webbläsaren (web worker): startad på ${Date.now() - began} ms (servern läst på ${serverRead} ms, teamets konfiguration på ${configRead} ms).`)
  context.subscriptions.push(createStatusItem(languageClient))
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
