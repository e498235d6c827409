import { defineRule } from '../engine/rule'
import type { BlockSummary } from '../engine/types'
import { DIGG_STRUCTURE_URL, HEADINGS_SOURCE } from './web-sources'

const ID = 'heading-structure'

/** What the document-wide check needs of a heading, offsets relative to its block. */
interface HeadingData {
  level?: number
  /** The visible text, one space between words. */
  text: string
  words: number
  /** No text and no image with an alternative text: nothing for a screen reader to read. */
  empty: boolean
  offset: number
  endOffset: number
}

interface Heading extends HeadingData {
  block: BlockSummary
}

/**
 * The headings as a whole (DIGG webbriktlinjer R121, WCAG 1.3.1, 2.4.6, 2.4.10): a level skipped
 * on the way down (with a fix where the level is written mechanically, as Markdown's #), an empty
 * heading, two headings with the same text side by side in one section, a heading longer than the
 * limit, and a long text with no heading at all. Going up any number of levels is fine, and so is
 * the level of the first heading (the page title may stand outside the text). Plain text is left
 * alone: it cannot mark a heading, and headings guessed from short lines have no level.
 */
export const headingStructure = defineRule<{ maxHeadingWords: number; minWords: number }>({
  id: ID,
  category: 'accessibility',
  defaultSeverity: 'warning',
  language: 'any',
  description: 'Rubriker som hoppar över en nivå, tomma rubriker, syskonrubriker med samma text, långa rubriker och långa texter utan rubriker.',
  url: DIGG_STRUCTURE_URL,
  options: {
    maxHeadingWords: { type: 'number', default: 12, minimum: 3, description: 'Högsta antal ord i en rubrik.' },
    minWords: { type: 'number', default: 400, minimum: 50, description: 'En text med fler ord än så här behöver rubriker.' },
  },
  // null, not undefined, for a block without a heading: the block cache keeps null
  summarizeBlock(block): HeadingData | null {
    if (block.kind !== 'heading') return null
    const words = block.sentences.flatMap((s) => s.words)
    const text = block.text.replace(/\s+/gu, ' ').trim()
    const first = words[0]
    const last = words[words.length - 1]
    return {
      ...(block.level !== undefined ? { level: block.level } : {}),
      text,
      words: words.length,
      empty: text === '' && !(block.images ?? []).some((i) => i.alt.trim() !== ''),
      offset: (first?.start ?? block.start) - block.start,
      endOffset: (last?.end ?? block.end) - block.start,
    }
  },
  checkDocument(doc, ctx) {
    if (doc.format === 'plaintext') return
    const headings: Heading[] = []
    let words = 0
    for (const block of doc.blocks) {
      words += block.words
      const data = block.ruleData[ID] as HeadingData | null
      if (data) headings.push({ ...data, block })
    }
    if (headings.length === 0) {
      reportNoHeadings(doc.blocks, words)
      return
    }
    const span = (h: Heading) => ({ offset: h.block.start + h.offset, endOffset: h.block.start + h.endOffset })
    let previous: number | undefined
    /** The open sections: each heading with the index of its parent, for comparing siblings. */
    const open: Array<{ level: number; index: number }> = []
    const seen = new Set<string>()
    headings.forEach((h, index) => {
      if (h.empty) {
        ctx.report({
          message: 'Rubriken är tom. Skriv vad avsnittet handlar om, eller ta bort rubriken.',
          actual: ctx.doc.text.slice(h.block.start, h.block.end),
          expected: [''],
          note: 'Skärmläsare visar sidans rubriker som en innehållsförteckning. En tom rubrik blir en tom rad där, och läsaren vet inte vad som följer.',
          source: HEADINGS_SOURCE,
          url: DIGG_STRUCTURE_URL,
          offset: h.block.start,
          endOffset: h.block.end,
        })
        return
      }
      if (h.level === undefined) return
      if (previous !== undefined && h.level > previous + 1) {
        const level = previous + 1
        const fix = levelFix(ctx.doc.text.slice(h.block.start, h.block.end), level, ctx.doc.format)
        ctx.report({
          message: `Rubriken hoppar från nivå ${previous} till nivå ${h.level}. Använd nivå ${level}.`,
          actual: ctx.doc.text.slice(h.block.start, h.block.end),
          expected: fix === undefined ? [] : [fix],
          note:
            'Rubriknivåerna visar hur texten hänger ihop: en rubrik på nivå 3 hör till rubriken på nivå 2 närmast före. ' +
            'Skärmläsare låter läsaren hoppa mellan rubriker och nivåer, och en nivå som saknas ser ut som ett avsnitt som fattas. ' +
            'Diggs webbriktlinjer: rubriker i h1–h6 där inga mellannivåer utelämnas. Att gå tillbaka uppåt flera nivåer går bra.',
          source: HEADINGS_SOURCE,
          url: DIGG_STRUCTURE_URL,
          offset: h.block.start,
          endOffset: h.block.end,
        })
      }
      previous = h.level
      while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop()
      const parent = open.length > 0 ? open[open.length - 1].index : -1
      open.push({ level: h.level, index })
      const key = `${parent}/${h.level}/${h.text.toLowerCase()}`
      if (seen.has(key)) {
        ctx.report({
          severity: 'info',
          message: `Rubriken ”${h.text}” finns redan i samma avsnitt. Ge rubrikerna olika namn så att de går att skilja åt.`,
          actual: ctx.doc.text.slice(span(h).offset, span(h).endOffset),
          expected: [],
          note: 'Rubriker ska beskriva avsnittet de inleder (WCAG 2.4.6). Två likadana rubriker på samma nivå under samma rubrik går inte att skilja åt i skärmläsarens lista över rubriker.',
          source: HEADINGS_SOURCE,
          url: DIGG_STRUCTURE_URL,
          ...span(h),
        })
      }
      seen.add(key)
      if (h.words > ctx.options.maxHeadingWords) {
        ctx.report({
          severity: 'info',
          message: `Rubriken har ${h.words} ord. Korta den gärna till högst ${ctx.options.maxHeadingWords} ord.`,
          actual: ctx.doc.text.slice(span(h).offset, span(h).endOffset),
          expected: [],
          note:
            'En rubrik ska sammanfatta avsnittet så att läsaren kan skumma rubrikerna och hitta rätt (Myndigheternas skrivregler 1.5.2). ' +
            'En lång rubrik är svår att skumma. Gränsen (12 ord som standard) är Klarspråks egen och går att ändra med inställningen maxHeadingWords.',
          source: HEADINGS_SOURCE,
          url: DIGG_STRUCTURE_URL,
          ...span(h),
        })
      }
    })

    function reportNoHeadings(blocks: BlockSummary[], total: number): void {
      if (total <= ctx.options.minWords) return
      const first = blocks.find((b) => b.sentences.length > 0)?.sentences[0]
      if (!first) return
      ctx.report({
        severity: 'info',
        message: `Texten har ${total} ord men inga rubriker. Dela in den med mellanrubriker så att läsaren hittar rätt.`,
        actual: ctx.doc.text.slice(first.start, first.end),
        expected: [],
        note:
          'Mellanrubriker gör en lång text överskådlig: läsaren ser vad texten tar upp, och den som använder skärmläsare kan hoppa ' +
          'mellan avsnitten (WCAG 2.4.10, Myndigheternas skrivregler 2.1.3 och 3.5.1). ' +
          'Gränsen (400 ord som standard) är Klarspråks egen och går att ändra med inställningen minWords.',
        source: HEADINGS_SOURCE,
        url: DIGG_STRUCTURE_URL,
        offset: first.start,
        endOffset: first.end,
      })
    }
  },
})

/**
 * The heading rewritten at `level`, where the level is written mechanically: a Markdown ATX
 * heading's run of # (up to three spaces before it). Setext and HTML headings get no fix.
 */
function levelFix(source: string, level: number, format: string): string | undefined {
  if (format !== 'markdown') return undefined
  const m = /^([ \t]{0,3})#{1,6}(?=[ \t]|$)/.exec(source)
  return m ? m[1] + '#'.repeat(level) + source.slice(m[0].length) : undefined
}
