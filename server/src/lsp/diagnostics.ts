import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Finding, Severity } from '../engine/types'
import type { CheckedVersion } from './document-checker'

export const SOURCE = 'klarsprak'

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
}

/**
 * What a diagnostic carries back to the server in code action requests. The offsets identify
 * the finding in the server's own copy of the text, so a client that echoes ranges in other
 * units (Neovim 0.7 uses UTF-8 columns) still gets the right fix.
 */
export interface DiagnosticData {
  version: number
  offset: number
  endOffset: number
}

export function toDiagnostics(doc: TextDocument, checked: CheckedVersion): Diagnostic[] {
  return checked.findings.map((f) => toDiagnostic(doc, f, checked.version))
}

function toDiagnostic(doc: TextDocument, f: Finding, version: number): Diagnostic {
  const data: DiagnosticData = { version, offset: f.offset, endOffset: f.endOffset }
  return {
    range: { start: doc.positionAt(f.offset), end: doc.positionAt(f.endOffset) },
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    ...(f.url ? { codeDescription: { href: f.url } } : {}),
    message: f.message,
    // an unknown word made once per document: every place it stands, to jump to
    ...(f.occurrences ? { relatedInformation: f.occurrences.map((o) => ({ location: { uri: doc.uri, range: { start: doc.positionAt(o.offset), end: doc.positionAt(o.endOffset) } }, message: `”${doc.getText().slice(o.offset, o.endOffset)}” står här` })) } : {}),
    data,
  }
}
