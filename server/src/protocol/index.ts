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

/**
 * Notification `klarsprak/configFiles` (client → server), in a browser only: every `.klarsprak.json`
 * of the workspace with its text, read through the editor's file system (the web worker has no
 * disk). Each notification replaces the previous set.
 */
export const CONFIG_FILES_NOTIFICATION = 'klarsprak/configFiles'

export interface ConfigFilesParams {
  files: Array<{ uri: string; text: string }>
}

/**
 * Notification `klarsprak/writeFile` (server → client), in a browser only: the server changed a
 * configuration file (a word added to the team's list); the client saves it through its file system.
 */
export const WRITE_FILE_NOTIFICATION = 'klarsprak/writeFile'

export interface WriteFileParams {
  uri: string
  text: string
}

/**
 * Initialization options the web worker reads: where its dictionaries are (a URL of a folder with
 * dictionaries/sv-SE and dictionaries/en), when not beside the worker's own script, and the team's
 * configuration files.
 */
export interface WebInitializationOptions {
  dictionaryBase?: string
  /** Ask the client for each dictionary file (klarsprak/dictionaryFile) instead of fetching it. */
  askForDictionaryFiles?: boolean
  /** The team's configuration files at start, as `klarsprak/configFiles` sends them later, so the first check has them. */
  configFiles?: ConfigFilesParams['files']
  /** The writing page fetches both dictionaries at load, so that nothing is fetched while one writes. */
  preloadEnglish?: boolean
}

/**
 * Request `klarsprak/dictionaryFile` (server → client), in a browser only, when the client asked for
 * it (`askForDictionaryFiles`): one dictionary file's bytes, in base64, by the file's path under the
 * folder that holds dictionaries/ ("dictionaries/sv-SE/index.aff"). Sent once per file, when the
 * file is first needed. For VS Code with the extension on a remote (vscode-remote:), whose files
 * have no URL the worker may fetch: its content security policy allows neither blob: nor data: URLs.
 */
export const DICTIONARY_FILE_REQUEST = 'klarsprak/dictionaryFile'

export interface DictionaryFileParams {
  path: string
}

/** Result of `klarsprak/dictionaryFile`: the file's bytes in base64. */
export type DictionaryFileResult = string

/**
 * Request `klarsprak/findings`: one version's findings with everything a client without LSP
 * code actions and hovers shows at once (the writing page): offsets in UTF-16 code units, the
 * explanation, the source, and each fix as an edit. Null when the document has another version.
 */
export const FINDINGS_REQUEST = 'klarsprak/findings'

export interface FindingsParams {
  uri: string
  version: number
}

/** One edit of a fix, in UTF-16 offsets of the version asked about. */
export interface OffsetEditResult {
  from: number
  to: number
  insert: string
}

export interface FindingResult {
  from: number
  to: number
  ruleId: string
  /** The rule's category (clarity, tone …) and its name in Swedish. */
  category: string
  categoryName: string
  severity: 'error' | 'warning' | 'info' | 'hint'
  message: string
  note?: string
  source?: string
  url?: string
  fixes: Array<{ title: string; edits: OffsetEditResult[] }>
  /** An unknown word without a fix of its own: its suggestions come from klarsprak/suggestions. */
  unknownWord?: string
}

export interface FindingsResult {
  version: number
  findings: FindingResult[]
  /** Every fix that has exactly one alternative, as one change ("åtgärda alla entydiga"). */
  fixAll: OffsetEditResult[]
}

/** Request `klarsprak/suggestions`: the dictionary's suggestions for unknown words, case kept. */
export const SUGGESTIONS_REQUEST = 'klarsprak/suggestions'

export interface SuggestionsParams {
  words: string[]
}

/** Result of `klarsprak/suggestions`: suggestions per word (empty while the dictionary loads). */
export type SuggestionsResult = Record<string, string[]>

/** Request `klarsprak/rules`: every rule and preset, for a settings panel that lets a person switch them. */
export const RULES_REQUEST = 'klarsprak/rules'

export interface RulesResult {
  rules: Array<{ id: string; categoryName: string; description: string; defaultSeverity: 'error' | 'warning' | 'info' | 'hint' }>
  /** The presets `extends` can name (klarsprak:standard …). */
  presets: string[]
}
