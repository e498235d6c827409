import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** One generated document: its title and paragraphs, and how many words they hold. */
interface Document {
  title: string
  paragraphs: string[]
  words: number
}

/** `count` documents, each the texts' paragraphs in turn until it has at least `wordsEach` words. */
function documents(texts: string[], count: number, wordsEach: number): Document[] {
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/).filter((p) => p.trim())
  const out: Document[] = []
  let next = 0
  for (let i = 0; i < count; i++) {
    const doc: Document = { title: `Dokument ${i + 1}`, paragraphs: [], words: 0 }
    while (doc.words < wordsEach) {
      const paragraph = paragraphs[next++ % paragraphs.length]
      doc.paragraphs.push(paragraph)
      doc.words += paragraph.split(/\s+/).filter(Boolean).length
    }
    out.push(doc)
  }
  return out
}

function fileName(i: number, count: number, extension: string): string {
  return `dok-${String(i + 1).padStart(String(count).length, '0')}.${extension}`
}

/**
 * Writes `count` Markdown documents into `dir` (dok-001.md, …), each a heading and then the texts'
 * paragraphs in turn until it has at least `wordsEach` words. Returns how many words were written.
 */
export function writeDocuments(dir: string, texts: string[], count: number, wordsEach: number): number {
  let total = 0
  documents(texts, count, wordsEach).forEach((doc, i) => {
    writeFileSync(join(dir, fileName(i, count, 'md')), `# ${doc.title}\n\n${doc.paragraphs.map((p) => p + '\n\n').join('')}`)
    total += doc.words
  })
  return total
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The same documents as writeDocuments, as web pages (dok-001.html, …): the text of each is the
 * Markdown document's, inside what a municipal page has around it (a head with styles and
 * scripts, a header with navigation, a footer), so the figures count what an HTML page costs
 * beyond its text. Returns how many words of text were written (navigation and footer not counted).
 */
export function writeHtmlDocuments(dir: string, texts: string[], count: number, wordsEach: number): number {
  let total = 0
  documents(texts, count, wordsEach).forEach((doc, i) => {
    const body = doc.paragraphs.map((p) => `      <p>${escape(p).replace(/\n/g, '\n      ')}</p>\n`).join('')
    const page = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>${doc.title} – Exempelkommunen</title>
  <link rel="stylesheet" href="/css/site.css">
  <style>.kort { border: 1px solid #ccc; }</style>
  <script src="/js/site.js" defer></script>
</head>
<body>
  <header class="sidhuvud">
    <a href="/" class="logotyp"><img src="/img/logotyp.svg" alt="Exempelkommunen, till startsidan"></a>
    <nav aria-label="Huvudmeny"><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/bygga">Bygga och bo</a></li><li><a href="/kontakt">Kontakta oss</a></li></ul></nav>
  </header>
  <main id="innehall">
    <article class="kort">
      <h1>${doc.title}</h1>
${body}    </article>
  </main>
  <footer><p>Exempelkommunen, 123 45 Exempelstad. Telefon 0123-456 78.</p></footer>
  <script>window.dataLayer = window.dataLayer || [];</script>
</body>
</html>
`
    writeFileSync(join(dir, fileName(i, count, 'html')), page)
    total += doc.words
  })
  return total
}
