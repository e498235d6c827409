import { type Hover, type Position, MarkupKind } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { CheckedVersion } from './document-checker'

/** Explains the findings under the cursor: the advice, why, and where it comes from. */
export function hover(doc: TextDocument, checked: CheckedVersion, position: Position): Hover | null {
  const offset = doc.offsetAt(position)
  const here = checked.findings.filter((f) => f.offset <= offset && offset < f.endOffset)
  if (here.length === 0) return null
  const sections = here.map((f) => {
    const lines = [`**${f.message}**`]
    if (f.note) lines.push('', f.note)
    if (f.source || f.url) lines.push('', `Källa: ${f.url ? `[${f.source ?? f.url}](${f.url})` : f.source}`)
    lines.push('', `\`${f.ruleId}\``)
    return lines.join('\n')
  })
  const first = here[0]
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: doc.positionAt(first.offset), end: doc.positionAt(first.endOffset) },
  }
}
