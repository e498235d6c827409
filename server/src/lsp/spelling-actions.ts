import { type CodeAction, type Diagnostic, CodeActionKind } from 'vscode-languageserver'
import type { Finding } from '../engine/types'
import { matchCase } from '../engine/case'
import { ADD_TO_TEAM_COMMAND, ADD_TO_USER_COMMAND } from '../protocol'

export interface SpellingActionOptions {
  /** Suggestions for a word (computed on demand, cached by the speller). */
  suggest(word: string): string[]
  /** The document's URI when it is a file, so the team's configuration file can be found. */
  fileUri?: string
  /** Builds a versioned replacement edit for the finding. */
  replace(finding: Finding, replacement: string): CodeAction['edit']
}

/**
 * Quick fixes for an unknown word: the dictionary's suggestions (case kept) unless the finding
 * carries its own fix, then adding the word to the team's list (.klarsprak.json) or to the
 * user's own list (setting klarsprak.words).
 */
export function spellingActions(finding: Finding, diagnostic: Diagnostic, options: SpellingActionOptions): CodeAction[] {
  if (!isOneWord(finding)) return [] // a word split in two: its fix is the finding's own
  // a finding with its own fix (EUs → EU:s, two words run together) needs no guesses beside it
  const unique = finding.expected.length > 0 ? [] : caseKeptSuggestions(finding.actual, options.suggest)
  const actions: CodeAction[] = unique.map((s) => ({
    title: `Ersätt med ”${s}”`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: unique.length === 1,
    edit: options.replace(finding, s),
  }))
  if (options.fileUri) {
    actions.push({
      title: `Lägg till ”${finding.actual}” i teamets ordlista`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Lägg till i teamets ordlista', command: ADD_TO_TEAM_COMMAND, arguments: [options.fileUri, finding.actual] },
    })
  }
  actions.push({
    title: `Lägg till ”${finding.actual}” i min ordlista`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Lägg till i min ordlista', command: ADD_TO_USER_COMMAND, arguments: [finding.actual] },
  })
  return actions
}

/** Whether an unknown word's finding is one word (a word split in two is no word to add or guess for). */
export function isOneWord(finding: Finding): boolean {
  return !/\s/.test(finding.actual)
}

/** The dictionary's suggestions for a word in the word's own case (Komunikation → Kommunikation), without the word itself. */
export function caseKeptSuggestions(word: string, suggest: (word: string) => string[]): string[] {
  return [...new Set(suggest(word).map((s) => matchCase(s, word)))].filter((s) => s !== word)
}
