import type { Block } from './types'
import { detectLanguage, ownLanguage } from './language'

/**
 * A heading too short to detect (*In English*, *Contact*) takes the language of the section it
 * opens: that of the first block after it with a language of its own (declared, or detected and
 * borne out by the text's function words),
 * looking no further than the section's end (the next heading of the same or a higher level; in
 * plain text, where headings have no level, the next heading). Set in place, as `sectionLanguage`;
 * the block cache keys by it, so a heading is checked again when its section changes language.
 */
export function applySectionLanguages(blocks: Block[]): void {
  applyToHeadings(blocks)
  applyToShortBlocks(blocks)
}

function applyToHeadings(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]
    if (heading.kind !== 'heading' || heading.language || detectLanguage(heading.text)) continue
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]
      if (next.kind === 'heading' && endsSection(heading, next)) break
      // a guess the text does not bear out leaves the section in the document's language, as the metrics read it
      const own = ownLanguage(next)
      if (own) {
        heading.sectionLanguage = own
        break
      }
    }
  }
}

/** A heading ends the section another opens when it is of the same or a higher level (or either has none). */
function endsSection(opener: Block, next: Block): boolean {
  return opener.level === undefined || next.level === undefined || next.level <= opener.level
}

/**
 * Any other block too short to detect (*Press release, 12 March*, a list item) takes the language
 * of the nearest block before it that has one (its own, or a heading's section language), else of
 * the nearest after it: a short line in an English section is English.
 */
function applyToShortBlocks(blocks: Block[]): void {
  const own = blocks.map((b) => (b.kind === 'code' ? undefined : (b.sectionLanguage ?? ownLanguage(b))))
  // the nearest language after each block, found walking back once
  const after: Array<string | undefined> = new Array(blocks.length)
  for (let i = blocks.length - 1, next: string | undefined; i >= 0; i--) {
    after[i] = next
    next = own[i] ?? next
  }
  let before: string | undefined
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    // no language of its own means too short to detect (ownLanguage)
    if (block.kind !== 'heading' && block.kind !== 'code' && !own[i]) {
      const language = before ?? after[i]
      if (language) block.sectionLanguage = language
    }
    before = own[i] ?? before
  }
}
