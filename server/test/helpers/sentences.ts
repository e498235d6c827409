import { analyse } from '../../src/engine/analyse'
import type { DocumentFormat } from '../../src/engine/types'

/** The sentences of a text as strings, for readable segmentation assertions. */
export function sentences(text: string, format: DocumentFormat = 'plaintext'): string[] {
  const doc = analyse(text, format)
  return doc.blocks.flatMap((b) => b.sentences.map((s) => text.slice(s.start, s.end)))
}

/** The word tokens of a text, in order. */
export function words(text: string, format: DocumentFormat = 'plaintext'): string[] {
  const doc = analyse(text, format)
  return doc.blocks.flatMap((b) => b.sentences.flatMap((s) => s.words.map((w) => w.text)))
}
