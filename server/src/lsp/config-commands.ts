import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser'
import { CONFIG_FILE, findConfigFile } from '../config/team-config'
import { DocumentChecker } from './document-checker'
import type { WorkspaceFolders } from './workspace-folders'

/** The configuration file a document's team setting should go to: the nearest one, or a new one at the folder root. */
export function teamConfigPathFor(uri: string, folders: WorkspaceFolders): string | undefined {
  const path = DocumentChecker.filePath(uri)
  if (!path) return undefined
  const folder = folders.folderOf(path)
  return findConfigFile(dirname(path), folder) ?? join(folder ?? dirname(path), CONFIG_FILE)
}

/** Sets `"rules": {"<id>": "off"}` in the team's file, keeping its comments and formatting. */
export function disableRuleForTeam(configPath: string, ruleId: string): { path: string } | { error: string } {
  const text = existsSync(configPath) ? readFileSync(configPath, 'utf8') : '{}\n'
  const errors: ParseError[] = []
  parse(text, errors, { allowTrailingComma: true })
  if (errors.length > 0) return { error: `${configPath} innehåller fel och ändras inte. Rätta filen och försök igen.` }
  const edits = modify(text, ['rules', ruleId], 'off', { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } })
  writeFileSync(configPath, applyEdits(text, edits))
  return { path: configPath }
}

/** A commented starter file, written only where none exists. */
export function createConfigFile(folderPath: string): { path: string; created: boolean } {
  const path = join(folderPath, CONFIG_FILE)
  if (existsSync(path)) return { path, created: false }
  writeFileSync(path, STARTER)
  return { path, created: true }
}

const STARTER = `{
  // Klarspråks inställningar för det här repot. Editorn och klarsprak check läser samma fil.
  // Förinställningar: klarsprak:standard, klarsprak:strikt, klarsprak:lattlast
  // (eller en sökväg till en annan fil, eller ett npm-paket med klarsprak.json).
  "extends": ["klarsprak:standard"],

  // Regler: "off", "error", "warning", "info", "hint" eller [allvarlighetsgrad, inställningar].
  "rules": {
    // "long-sentence": ["warning", { "max": 20 }],
    // "passive-voice": "off"
  },

  // Ord som stavningskontrollen ska godta.
  "words": [],

  // Teamets egna ordval: ord eller fraser att undvika och vad ni skriver i stället.
  "terms": [
    // { "avoid": ["medborgare"], "prefer": ["invånare"] }
  ],

  // Filer som inte granskas (glob-mönster relativt den här filen).
  "ignore": [],

  // Andra inställningar för vissa filer, till exempel lättlästa sidor.
  "overrides": [
    // { "files": ["lattlast/**"], "rules": { "long-sentence": ["warning", { "max": 15 }] } }
  ]
}
`
