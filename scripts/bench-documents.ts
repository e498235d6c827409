import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Writes `count` Markdown documents into `dir` (dok-001.md, …), each a heading and then the texts'
 * paragraphs in turn until it has at least `wordsEach` words. Returns how many words were written.
 */
export function writeDocuments(dir: string, texts: string[], count: number, wordsEach: number): number {
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/).filter((p) => p.trim())
  const width = String(count).length
  let next = 0
  let total = 0
  for (let i = 0; i < count; i++) {
    let doc = `# Dokument ${i + 1}\n\n`
    let words = 0
    while (words < wordsEach) {
      const paragraph = paragraphs[next++ % paragraphs.length]
      doc += paragraph + '\n\n'
      words += paragraph.split(/\s+/).filter(Boolean).length
    }
    total += words
    writeFileSync(join(dir, `dok-${String(i + 1).padStart(width, '0')}.md`), doc)
  }
  return total
}
