/**
 * The custom part of the protocol between the VS Code client and the language server: every
 * `klarsprak/*` method name, its parameters and its result, and the command ids the two sides
 * exchange. esbuild bundles this module into both the client and the server, so it holds only
 * string constants and types: no imports, nothing that runs.
 */

/** Request `klarsprak/report`: the reviewer's report for an open document (null when it is not open). */
export const REPORT_REQUEST = 'klarsprak/report'

/** Request `klarsprak/folderReport`: the report for every text file in a folder, as the CLI makes it. */
export const FOLDER_REPORT_REQUEST = 'klarsprak/folderReport'

/**
 * Request `klarsprak/fileReport`: the report for a file read from disk that is not open as text
 * (a Word file or PDF), checked on a worker thread. The file itself is never edited.
 */
export const FILE_REPORT_REQUEST = 'klarsprak/fileReport'

/** Result of `klarsprak/fileReport`: the rendered report, or a short page saying why the file could not be read. */
export type FileReportResult = string

/** Request `klarsprak/documentStats`: what the status bar shows for a document (null when it is not open). */
export const STATS_REQUEST = 'klarsprak/documentStats'

/** Request `klarsprak/effectiveConfiguration`: a document's effective configuration, with sources, as commented JSON. */
export const EFFECTIVE_CONFIG_REQUEST = 'klarsprak/effectiveConfiguration'

/** Notification `klarsprak/workspaceTrusted`: the user has trusted the workspace, so npm packages in `extends` may load. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'klarsprak/workspaceTrusted'

/** Parameters of the report requests (`klarsprak/report`, `klarsprak/folderReport`). */
export interface ReportParams {
  /** The document's URI, or the folder's for a folder report. */
  uri: string
  /** html (interactive when a nonce is given), md or json */
  format: 'html' | 'md' | 'json'
  /** The webview's script nonce; with it the HTML report links findings back to the text. */
  nonce?: string
}

/** Result of `klarsprak/report`: the rendered report, or null when the document is not open. */
export type ReportResult = string | null

/** Result of `klarsprak/folderReport`: the rendered report. */
export type FolderReportResult = string

/** Parameters of the requests about one document (`klarsprak/documentStats`, `klarsprak/effectiveConfiguration`). */
export interface DocumentParams {
  uri: string
}

/** What the status bar shows for a document: its LIX, the LIX band's name, words and findings. */
export interface DocumentStats {
  lix: number
  lixBand: string
  words: number
  findings: number
}

/** Result of `klarsprak/documentStats`: the stats, or null when the document is not open. */
export type DocumentStatsResult = DocumentStats | null

/** Result of `klarsprak/effectiveConfiguration`: commented JSON that names where each value comes from. */
export type EffectiveConfigResult = string

/** Server command: add a word to the team's list in `.klarsprak.json`. Arguments: document URI, word. */
export const ADD_TO_TEAM_COMMAND = 'klarsprak.addWordToTeamList'

/** Client command: add a word to the user's own list (setting `klarsprak.words`). Argument: word. */
export const ADD_TO_USER_COMMAND = 'klarsprak.addWordToUserList'

/** Server command: turn a rule off in the team's `.klarsprak.json`. Arguments: document URI, rule id. */
export const DISABLE_FOR_TEAM_COMMAND = 'klarsprak.disableRuleForTeam'

/** Server command: write a commented starter `.klarsprak.json` in a folder. Argument: folder URI. */
export const CREATE_CONFIG_COMMAND = 'klarsprak.createConfigFileForFolder'

/** Result of `klarsprak.createConfigFileForFolder`: the file's URI and whether it was new; or why it failed. */
export type CreateConfigResult = { path: string; uri: string; created: boolean } | { error: string }
