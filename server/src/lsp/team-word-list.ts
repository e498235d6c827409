import { dirname, join } from 'node:path'
import { addWordToConfigFile, CONFIG_FILE, findConfigFile } from '../config/team-config'
import { DocumentChecker } from './document-checker'
import type { WorkspaceFolders } from './workspace-folders'

export type AddToTeamResult = { path: string; added: boolean } | { error: string }

/**
 * Adds a word to the team's list in the nearest .klarsprak.json, or creates one at the root of the
 * document's workspace folder (beside the document when it is outside every folder).
 */
export function addWordToTeamList(uri: string, word: string, folders: WorkspaceFolders): AddToTeamResult {
  const path = typeof uri === 'string' ? DocumentChecker.filePath(uri) : undefined
  if (!path || typeof word !== 'string' || word.trim() === '') return { error: 'ordet kunde inte läggas till: dokumentet är ingen fil.' }
  const folder = folders.folderOf(path)
  const configPath = findConfigFile(dirname(path), folder) ?? join(folder ?? dirname(path), CONFIG_FILE)
  const result = addWordToConfigFile(configPath, word.trim())
  return typeof result === 'object' ? result : { path: configPath, added: result === 'added' }
}
