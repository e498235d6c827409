import { dirname, join } from 'node:path'
import { CONFIG_FILE, findConfigFile } from '../config/team-config'
import { disableRuleInConfigFile } from '../config/config-file-editor'
import { DocumentChecker } from './document-checker'
import type { WorkspaceFolders } from './workspace-folders'

/** The configuration file a document's team setting should go to: the nearest one, or a new one at the folder root. */
export function teamConfigPathFor(uri: string, folders: WorkspaceFolders): string | undefined {
  const path = DocumentChecker.filePath(uri)
  if (!path) return undefined
  const folder = folders.folderOf(path)
  return findConfigFile(dirname(path), folder) ?? join(folder ?? dirname(path), CONFIG_FILE)
}

/** Turns a rule off in the team's file (the configuration editor keeps its comments and line endings). */
export function disableRuleForTeam(configPath: string, ruleId: string): { path: string } | { error: string } {
  const result = disableRuleInConfigFile(configPath, ruleId)
  return typeof result === 'object' ? result : { path: configPath }
}
