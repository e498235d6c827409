import type { Block } from './types'
import { borneOut, detectLanguage } from './language'

/**
 * A heading too short to detect (*In English*, *Contact*) takes the language of the section it
 * opens: that of the first block after it with a language of its own (declared, or detected and
 * borne out by the text's function words),
 * looking no further than the section's end (the next heading of the same or a higher level; in
 * plain text, where headings have no level, the next heading). Set in place, as `sectionLanguage`;
 * the block cache keys by it, so a heading is checked again when its section changes language.
 */
export function applySectionLanguages(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]
    if (heading.kind !== 'heading' || heading.language || detectLanguage(heading.text)) continue
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]
      if (next.kind === 'heading' && endsSection(heading, next)) break
      const own = next.language ?? detectLanguage(next.text)
      if (own) {
        // a guess the text does not bear out leaves the section Swedish, as the metrics read it
        heading.sectionLanguage = next.language || own === 'sv' || borneOut(next.text, own) ? own : 'sv'
        break
      }
    }
  }
}

/** A heading ends the section another opens when it is of the same or a higher level (or either has none). */
function endsSection(opener: Block, next: Block): boolean {
  return opener.level === undefined || next.level === undefined || next.level <= opener.level
}
