import type { Connection } from 'vscode-languageserver'
import { memoryPaths, onMemoryWrite, removeMemoryFile, writeMemoryFile } from './shims/fs'
import { pathToUri, uriToPath } from '../lsp/uri-paths'
import { CONFIG_FILES_NOTIFICATION, WRITE_FILE_NOTIFICATION, type ConfigFilesParams, type WriteFileParams } from '../protocol'

/**
 * The team's configuration files in a web worker: the client sends every `.klarsprak.json` it
 * can read (klarsprak/configFiles) and they are held in memory, where the configuration code
 * finds them as on disk; every document is then checked again. A file the server writes (a word
 * added to the team's list) goes back to the client to be saved (klarsprak/writeFile).
 */
export function acceptConfigFiles(connection: Connection, recheckAll: () => void): void {
  connection.onNotification(CONFIG_FILES_NOTIFICATION, (params: ConfigFilesParams) => {
    storeConfigFiles(params?.files)
    recheckAll()
  })
  onMemoryWrite((path, text) => {
    const params: WriteFileParams = { uri: pathToUri(path), text }
    connection.sendNotification(WRITE_FILE_NOTIFICATION, params).catch(() => undefined)
  })
}

/**
 * Replaces the files in memory by these. Also called with the files the VS Code client sends in
 * its initialization options, so that the first check already has the team's configuration.
 */
export function storeConfigFiles(files: ConfigFilesParams['files'] | undefined): void {
  const kept = new Set<string>()
  for (const file of files ?? []) {
    const path = typeof file?.uri === 'string' && typeof file.text === 'string' ? uriToPath(file.uri) : undefined
    if (!path) continue
    writeMemoryFile(path, file.text)
    kept.add(path)
  }
  for (const path of memoryPaths()) if (!kept.has(path)) removeMemoryFile(path)
}
