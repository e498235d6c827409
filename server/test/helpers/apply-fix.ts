import { replacementEdit } from '../../src/engine/fix'
import type { Finding } from '../../src/engine/types'

/** The text once a finding's first (preferred) quick fix is applied, as the editor would apply it. */
export function applyFix(text: string, finding: Finding, alternative = 0): string {
  const edit = replacementEdit(text, finding.offset, finding.endOffset, finding.expected[alternative])
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.endOffset)
}
