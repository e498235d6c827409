import type { Block } from './types'

/**
 * The block moved by `delta` characters, with every offset it holds (its links and images too):
 * blocks are parsed per chunk with offsets from the chunk's start and placed in the document
 * afterwards. Blocks without links or images, nearly all of them, cost one small copy.
 */
export function shiftBlock(block: Block, delta: number): Block {
  const moved: Block = { ...block, start: block.start + delta, end: block.end + delta }
  if (block.links) moved.links = block.links.map((l) => ({ ...l, start: l.start + delta, end: l.end + delta, textStart: l.textStart + delta, textEnd: l.textEnd + delta }))
  if (block.images) moved.images = block.images.map((i) => ({ ...i, start: i.start + delta, end: i.end + delta }))
  return moved
}
