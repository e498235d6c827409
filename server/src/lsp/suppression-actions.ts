import { type CodeAction, type Diagnostic, CodeActionKind } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { DocumentFormat, Finding } from '../engine/types'
import { DISABLE_FOR_TEAM_COMMAND } from '../protocol'

/**
 * "Ignore here" (a disable-next-line directive above the finding's line, as an HTML comment in
 * Markdown and HTML, a line of its own in plain text) and "turn this rule off
 * for the team" (in .klarsprak.json), for every finding.
 */
export function suppressionActions(doc: TextDocument, version: number, finding: Finding, diagnostic: Diagnostic, format: DocumentFormat, isFile: boolean): CodeAction[] {
  const line = doc.positionAt(finding.offset).line
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? ''
  const directive = `klarsprak-disable-next-line ${finding.ruleId}`
  const actions: CodeAction[] = [
    {
      title: `Ignorera ${finding.ruleId} här`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        documentChanges: [
          {
            textDocument: { uri: doc.uri, version },
            edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${format === 'plaintext' ? directive : `<!-- ${directive} -->`}\n` }],
          },
        ],
      },
    },
  ]
  if (isFile) {
    actions.push({
      title: `Stäng av ${finding.ruleId} för teamet (.klarsprak.json)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Stäng av regeln för teamet', command: DISABLE_FOR_TEAM_COMMAND, arguments: [doc.uri, finding.ruleId] },
    })
  }
  return actions
}
