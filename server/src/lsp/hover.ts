import { type Hover, type Position, MarkupKind } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { CheckedVersion } from './document-checker'
import { blockCounts } from '../engine/metrics'
import { lixBand } from '../engine/lix-band'

/** Paragraphs shorter than this get no LIX: the figure would say nothing. */
const MIN_PARAGRAPH_WORDS = 15

/** "Styckets LIX: 48 (medelsvår) …" for the paragraph under the cursor. */
function paragraphReadability(checked: CheckedVersion, offset: number): { text: string; start: number; end: number } | undefined {
  const block = checked.overview?.blocks.find((b) => b.start <= offset && offset < b.end)
  if (!block || block.kind === 'heading') return undefined
  const c = blockCounts(block)
  if (c.words < MIN_PARAGRAPH_WORDS) return undefined
  const perSentence = (c.words / c.sentences).toFixed(0)
  return {
    text: `Styckets LIX: **${c.lix.toFixed(0)}** (${lixBand(c.lix)}) – ${perSentence} ord per mening, ${Math.round((100 * c.longWords) / c.words)} % långa ord.`,
    start: block.start,
    end: block.end,
  }
}

/** Explains the findings under the cursor: the advice, why, and where it comes from. */
export function hover(doc: TextDocument, checked: CheckedVersion, position: Position): Hover | null {
  const offset = doc.offsetAt(position)
  const here = checked.findings.filter((f) => f.offset <= offset && offset < f.endOffset)
  const paragraph = checked.paragraphLix ? paragraphReadability(checked, offset) : undefined
  if (here.length === 0) {
    if (!paragraph) return null
    return { contents: { kind: MarkupKind.Markdown, value: paragraph.text }, range: { start: doc.positionAt(paragraph.start), end: doc.positionAt(paragraph.end) } }
  }
  const sections = here.map((f) => {
    const lines = [`**${f.message}**`]
    if (f.note) lines.push('', f.note)
    if (f.source || f.url) lines.push('', `Källa: ${f.url ? `[${f.source ?? f.url}](${f.url})` : f.source}`)
    lines.push('', `\`${f.ruleId}\``)
    return lines.join('\n')
  })
  if (paragraph) sections.push(paragraph.text)
  const first = here[0]
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: doc.positionAt(first.offset), end: doc.positionAt(first.endOffset) },
  }
}
