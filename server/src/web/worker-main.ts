/**
 * The language server in a browser's web worker: for VS Code in the browser (vscode.dev,
 * github.dev, code-server's web worker extension host) and for the writing page. The same server
 * as on disk (lsp/server.ts) over the worker's messages; `node:*` modules are replaced by the
 * shims beside this file (scripts/build-web.mjs), the dictionary is fetched, and configuration
 * files come from the client (klarsprak/configFiles), since a worker has no disk.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser'
import { startServer } from '../lsp/server'
import { useVirtualPaths } from '../lsp/uri-paths'
import { SpellingService } from '../spelling/spelling-service'
import { DICTIONARY_SUBDIR, ENGLISH_DICTIONARY_SUBDIR } from '../spelling/dictionary-location'
import { fetchingReader } from './fetch-bytes'
import { acceptConfigFiles, storeConfigFiles } from './config-files'
import { DICTIONARY_FILE_REQUEST, type DictionaryFileParams, type DictionaryFileResult, type WebInitializationOptions } from '../protocol'

// the worker's global scope (typed loosely: the server's sources are compiled without the DOM's types)
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0] & { location: { href: string } }

useVirtualPaths()
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope))
const reader = fetchingReader(scope.location.href, (path) => {
  const params: DictionaryFileParams = { path }
  return connection.sendRequest<DictionaryFileResult>(DICTIONARY_FILE_REQUEST, params)
})
startServer(connection, {
  spelling: new SpellingService(DICTIONARY_SUBDIR, ENGLISH_DICTIONARY_SUBDIR, reader.read),
  extend: (conn, recheckAll) => acceptConfigFiles(conn, recheckAll),
  // the VS Code client tells where the extension's files are and sends the team's configuration
  // files; the page may ask for English at once
  initialize: (raw) => {
    const options = raw as WebInitializationOptions | undefined
    reader.configure(options)
    if (options?.configFiles) storeConfigFiles(options.configFiles)
  },
})
