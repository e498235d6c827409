import { addWordToConfigFile } from '../config/team-config'
import { teamConfigPathFor } from './config-commands'
import type { WorkspaceFolders } from './workspace-folders'

export type AddToTeamResult = { path: string; added: boolean } | { error: string }

/**
 * Adds a word to the team's list in the nearest .klarsprak.json, or creates one at the root of the
 * document's workspace folder (beside the document when it is outside every folder).
 */
export function addWordToTeamList(uri: string, word: string, folders: WorkspaceFolders): AddToTeamResult {
  const configPath = typeof uri === 'string' ? teamConfigPathFor(uri, folders) : undefined
  if (!configPath || typeof word !== 'string' || word.trim() === '') return { error: 'ordet kunde inte läggas till: dokumentet är ingen fil.' }
  const result = addWordToConfigFile(configPath, word.trim())
  return typeof result === 'object' ? result : { path: configPath, added: result === 'added' }
}
