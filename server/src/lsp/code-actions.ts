import {
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  CodeActionKind,
} from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Finding } from '../engine/types'
import { replacementEdit } from '../engine/fix'
import type { CheckedVersion } from './document-checker'
import { SOURCE, type DiagnosticData } from './diagnostics'
import { fixTitle, unambiguousEdits } from './findings-request'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.klarsprak`

/** Extra quick fixes a rule's findings get beyond their `expected` alternatives (spelling). */
export type ExtraActions = (finding: Finding, diagnostic: Diagnostic, replace: (f: Finding, replacement: string) => CodeAction['edit']) => CodeAction[]

/**
 * Quick fixes for the diagnostics in the request: one per alternative, the only one preferred.
 * Edits are computed from the server's own text and pinned to its version, so an editor never
 * applies them to a document that has changed since.
 */
export function codeActions(doc: TextDocument, checked: CheckedVersion, params: CodeActionParams, extra?: ExtraActions): CodeAction[] {
  if (checked.version !== doc.version) return []
  const only = params.context.only
  const actions: CodeAction[] = []
  if (!only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k))) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue
      const finding = findingFor(doc, checked, diagnostic)
      if (!finding) continue
      actions.push(...quickFixes(doc, checked, finding, diagnostic))
      const replace = (f: Finding, replacement: string) => versionedEdit(doc, checked, [toTextEdit(doc, checked.text, f, replacement)])
      if (extra) actions.push(...extra(finding, diagnostic, replace))
    }
  }
  if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== '')) {
    const fixAll = fixAllAction(doc, checked)
    if (fixAll) actions.push(fixAll)
  }
  return actions
}

/** Finds the finding a diagnostic stands for; a diagnostic from another version finds none. */
function findingFor(doc: TextDocument, checked: CheckedVersion, diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined
  const candidates = checked.findings.filter((f) => f.ruleId === diagnostic.code)
  if (data && typeof data.offset === 'number') {
    if (data.version !== checked.version) return undefined
    return candidates.find((f) => f.offset === data.offset && f.endOffset === data.endOffset)
  }
  // No data echoed: match on the line and take the nearest column, whatever its unit.
  const line = diagnostic.range.start.line
  const onLine = candidates.filter((f) => doc.positionAt(f.offset).line === line)
  const distance = (f: Finding): number => Math.abs(doc.positionAt(f.offset).character - diagnostic.range.start.character)
  return onLine.sort((a, b) => distance(a) - distance(b))[0]
}

function quickFixes(doc: TextDocument, checked: CheckedVersion, f: Finding, diagnostic: Diagnostic): CodeAction[] {
  return f.expected.map((replacement) => ({
    title: fixTitle(f, replacement),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: f.expected.length === 1,
    edit: versionedEdit(doc, checked, [toTextEdit(doc, checked.text, f, replacement)]),
  }))
}

/** Applies every finding that has exactly one alternative; others need a person's choice. */
function fixAllAction(doc: TextDocument, checked: CheckedVersion): CodeAction | undefined {
  const edits: TextEdit[] = unambiguousEdits(checked).map((e) => ({ range: { start: doc.positionAt(e.from), end: doc.positionAt(e.to) }, newText: e.insert }))
  if (edits.length === 0) return undefined
  return { title: 'Klarspråk: åtgärda alla entydiga fynd', kind: FIX_ALL_KIND, edit: versionedEdit(doc, checked, edits) }
}

function toTextEdit(doc: TextDocument, text: string, f: Finding, replacement: string): TextEdit {
  const e = replacementEdit(text, f.offset, f.endOffset, replacement)
  return { range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.endOffset) }, newText: e.newText }
}

function versionedEdit(doc: TextDocument, checked: CheckedVersion, edits: TextEdit[]): CodeAction['edit'] {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: checked.version }, edits }] }
}
