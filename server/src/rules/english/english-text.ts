import { ParseEnglish } from 'parse-english'
import type { Root, Sentence as NlcstSentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { VFile } from 'vfile'
import { REFERENCE_TAIL, visibleWithPlaces } from '../../engine/fillers'
import { StringMemo } from '../../util/string-memo'

/**
 * A block's text read as English with the unified ecosystem's English parser (retext-english's
 * parse-english), which knows English contractions and abbreviations. Fillers (see fillers.ts)
 * are left out before parsing and offsets mapped back, as the Swedish tokenizer does.
 */
interface EnglishText {
  tree: Root
  /** Where each character of the parsed text stands in the block's text. */
  at: number[]
  source: string
}

const parser = new ParseEnglish()

function parse(source: string): EnglishText {
  const { visible, at } = visibleWithPlaces(source)
  // one place past the end, for a span that ends with the text
  at.push(source.length)
  return { tree: parser.parse(visible), at, source }
}

// the four English rules read the same block one after the other: a few trees are enough
const trees = new StringMemo(parse, 8)

/** A stretch of a block's text, offsets relative to the block's start. */
export interface Span {
  start: number
  end: number
}

/** Maps a span of the parsed text back onto the block's text, taking the tail of a character reference it ends on. */
function spanOf(text: EnglishText, start: number, end: number): Span {
  let to = end > start ? text.at[end - 1] + 1 : text.at[start]
  while (text.source.charAt(to) === REFERENCE_TAIL) to++
  return { start: text.at[start], end: to }
}

/** One word of an English block, and whether it opens its sentence. */
export interface EnglishWord extends Span {
  text: string
  sentenceStart: boolean
}

/** The block's words in order (parse-english's words: *don't* and *council's* are one word each). */
export function englishWords(source: string): EnglishWord[] {
  const text = trees.get(source)
  const out: EnglishWord[] = []
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'SentenceNode') {
      let first = true
      for (const child of (node as NlcstSentence).children) {
        if (child.type !== 'WordNode') continue
        const { start, end } = spanOf(text, child.position!.start.offset!, child.position!.end.offset!)
        out.push({ text: toString(child), start, end, sentenceStart: first })
        first = false
      }
      return
    }
    for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(child)
  }
  visit(text.tree)
  return out
}

/** What a retext plugin found, offsets relative to the block's start. */
export interface PluginMessage extends Span {
  /** The plugin's id for the entry (the phrase, or retext-equality's pattern id). */
  id: string
  actual: string
  expected: string[]
  /** The plugin's own English note (retext-equality's, with its source), when it has one. */
  note?: string
  /** The plugin says the phrase can simply be left out (retext-simplify's `omit`). */
  omit: boolean
}

/** A retext transform: reads the tree and reports on the file. */
export type Transform = (tree: Root, file: VFile) => void

/**
 * Runs a retext plugin's transform over blocks, remembering its messages per text: the block
 * cache already keeps the findings of unchanged blocks, so this only spares repeated texts.
 */
export function pluginReader(transform: Transform): (source: string) => PluginMessage[] {
  const memo = new StringMemo((source) => {
    const text = trees.get(source)
    const file = new VFile()
    transform(text.tree, file)
    const out: PluginMessage[] = []
    for (const m of file.messages) {
      const from = m.place && 'start' in m.place ? m.place.start.offset : undefined
      const to = m.place && 'end' in m.place ? m.place.end.offset : undefined
      if (from === undefined || to === undefined) continue
      out.push({
        ...spanOf(text, from, to),
        id: m.ruleId ?? '',
        actual: m.actual ?? '',
        expected: m.expected ?? [],
        ...(m.note ? { note: m.note } : {}),
        omit: m.reason.includes('remove it'),
      })
    }
    return out
  }, 256)
  return (source) => memo.get(source)
}
