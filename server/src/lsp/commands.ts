import { pathToUri } from './uri-paths'
import { ADD_TO_TEAM_COMMAND, CREATE_CONFIG_COMMAND, DISABLE_FOR_TEAM_COMMAND } from '../protocol'
import { addWordToTeamList } from './team-word-list'
import { disableRuleForTeam, teamConfigPathFor } from './config-commands'
import { createConfigFile } from '../config/starter-config'
import { DocumentChecker } from './document-checker'
import type { WorkspaceFolders } from './workspace-folders'

/** The commands the server executes (workspace/executeCommand). */
export const SERVER_COMMANDS = [ADD_TO_TEAM_COMMAND, DISABLE_FOR_TEAM_COMMAND, CREATE_CONFIG_COMMAND]

export type CommandResult = { error: string } | Record<string, unknown>

/**
 * Runs a server command. Each writes the team's configuration file; the caller re-reads the
 * configuration and re-checks afterwards.
 */
export function executeCommand(command: string, args: unknown[], folders: WorkspaceFolders): CommandResult | undefined {
  const [first, second] = args as [string, string]
  switch (command) {
    case ADD_TO_TEAM_COMMAND:
      return addWordToTeamList(first, second, folders)
    case DISABLE_FOR_TEAM_COMMAND: {
      const path = typeof first === 'string' ? teamConfigPathFor(first, folders) : undefined
      if (!path || typeof second !== 'string') return { error: 'regeln kunde inte stängas av: dokumentet är ingen fil.' }
      return disableRuleForTeam(path, second)
    }
    case CREATE_CONFIG_COMMAND: {
      const folder = typeof first === 'string' ? DocumentChecker.filePath(first) : undefined
      if (!folder) return { error: 'ingen mapp att skapa konfigurationsfilen i.' }
      const result = createConfigFile(folder)
      return { ...result, uri: pathToUri(result.path) }
    }
    default:
      return undefined
  }
}
