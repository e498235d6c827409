import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyse, documentBlocks } from '../src/engine/analyse'
import { ChunkCache } from '../src/engine/chunk-cache'
import { markdownBlocks } from '../src/engine/markdown-blocks'
import { plainParagraph } from '../src/engine/plain-markdown'
import { blockLanguage, detectLanguage, languageName } from '../src/engine/language'
import { tagsOf } from '../src/engine/tags'
import { quotedSpans } from '../src/engine/quotes'
import type { AnalysedBlock } from '../src/engine/types'

/** The block that holds `needle` in the document. */
function blockWith(blocks: AnalysedBlock[], text: string, needle: string): AnalysedBlock {
  const at = text.indexOf(needle)
  const block = blocks.find((b) => b.start <= at && at < b.end)
  assert.ok(block, `no block holds ${needle}`)
  return block
}

const MARKDOWN = [
  '# Rubrik om älg 😀', // level 1, emoji takes two UTF-16 units
  '',
  '### Tredje nivån',
  '',
  'Läs [mer om åäö](https://exempel.se/ö "titel") eller [ansökan][Blankett] eller <https://auto.se> eller www.bar.se.',
  '',
  '![En älg i skogen](alg.png) och <img src="hund.png" alt="En hund"> och ![](tom.png)',
  '',
  '```',
  'erhålla kod',
  '```',
  '',
  '    indraget kod',
  '',
  '- punkt med ”citat”',
  '',
  '> Ett citatblock.',
  '',
  '| Cell ett | Cell två |',
  '| --- | --- |',
  '| a | b |',
  '',
  '[blankett]: https://exempel.se/blankett.pdf',
  '',
].join('\n')

test('the model gives each block its kind and a heading its level; code blocks are blank', () => {
  const { blocks } = analyse(MARKDOWN, 'markdown')
  const h1 = blockWith(blocks, MARKDOWN, '# Rubrik')
  assert.equal(h1.kind, 'heading')
  assert.equal(h1.level, 1)
  assert.equal(MARKDOWN.slice(h1.start, h1.end), '# Rubrik om älg 😀')
  assert.equal(blockWith(blocks, MARKDOWN, 'Tredje').level, 3)
  for (const needle of ['erhålla kod', 'indraget kod']) {
    const code = blockWith(blocks, MARKDOWN, needle)
    assert.equal(code.kind, 'code')
    assert.equal(code.text.trim(), '')
    assert.equal(code.sentences.flatMap((s) => s.words).length, 0)
  }
  assert.equal(blockWith(blocks, MARKDOWN, 'punkt med').kind, 'list-item')
  assert.equal(blockWith(blocks, MARKDOWN, 'Ett citatblock').kind, 'quote')
  assert.equal(blockWith(blocks, MARKDOWN, 'Cell två').kind, 'table-cell')
  assert.equal(blockWith(blocks, MARKDOWN, 'Läs').level, undefined)
})

test('links: inline, by reference, autolinks and bare addresses, with the ranges of the link and its text', () => {
  const { blocks } = analyse(MARKDOWN, 'markdown')
  const links = blockWith(blocks, MARKDOWN, 'Läs [mer').links ?? []
  assert.deepEqual(
    links.map((l) => [l.text, l.target]),
    [
      ['mer om åäö', 'https://exempel.se/ö'],
      ['ansökan', 'https://exempel.se/blankett.pdf'],
      ['https://auto.se', 'https://auto.se'],
      ['www.bar.se', 'www.bar.se'],
    ],
  )
  for (const l of links) assert.equal(MARKDOWN.slice(l.textStart, l.textEnd), l.text)
  assert.equal(MARKDOWN.slice(links[0].start, links[0].end), '[mer om åäö](https://exempel.se/ö "titel")')
  assert.equal(MARKDOWN.slice(links[1].start, links[1].end), '[ansökan][Blankett]')
  assert.equal(MARKDOWN.slice(links[2].start, links[2].end), '<https://auto.se>')
})

test('images: Markdown and HTML, with alt text and source', () => {
  const { blocks } = analyse(MARKDOWN, 'markdown')
  const images = blockWith(blocks, MARKDOWN, '![En älg').images ?? []
  assert.deepEqual(
    images.map((i) => [i.alt, i.source, MARKDOWN.slice(i.start, i.end)]),
    [
      ['En älg i skogen', 'alg.png', '![En älg i skogen](alg.png)'],
      ['En hund', 'hund.png', '<img src="hund.png" alt="En hund">'],
      ['', 'tom.png', '![](tom.png)'],
    ],
  )
  const html = '<p>\n<img alt="Karta över Umeå" src="karta.png">\n</p>\n'
  const [block] = analyse(html, 'markdown').blocks
  assert.deepEqual(block.images?.map((i) => i.alt), ['Karta över Umeå'])
  assert.equal(block.text.trim(), '')
})

test('images in HTML inside Markdown: decorative or missing their alt text as in an HTML file', () => {
  const text = [
    '<img src="a.png" alt="" role="presentation">',
    '',
    'Text <img src="b.png" aria-hidden="true"> och <img src="c.png" role=none> och <img src="d.png" alt>.',
    '',
    '<img src="e.png" alt=""> och ![](f.png) och <img src="g.png"> och <img src="h.png" alt="En fågel">',
  ].join('\n')
  const images = analyse(text, 'markdown').blocks.flatMap((b) => b.images ?? [])
  assert.deepEqual(
    images.map((i) => [i.source, i.decorative ?? false, i.altMissing ?? false]),
    [
      ['a.png', true, false], ['b.png', true, true], ['c.png', true, true], ['d.png', true, false],
      // Markdown's ![](f.png) cannot say whether the empty alt text was meant: neither
      ['e.png', true, false], ['f.png', false, false], ['g.png', false, true], ['h.png', false, false],
    ],
  )
})

test('plain text: bare URLs are links, guessed headings have no level', () => {
  const text = 'Kontakt\nSkriv till info@exempel.se eller läs på https://exempel.se/hjälp.\n'
  const { blocks } = analyse(text, 'plaintext')
  assert.equal(blocks[0].kind, 'heading')
  assert.equal(blocks[0].level, undefined)
  assert.deepEqual(blocks[1].links?.map((l) => [l.target, text.slice(l.start, l.end)]), [
    ['info@exempel.se', 'info@exempel.se'],
    ['https://exempel.se/hjälp', 'https://exempel.se/hjälp'],
  ])
})

test('the fast paths give the same links as remark, and cached chunks the same as fresh ones', () => {
  const sample = 'Läs mer på https://exempel.se/å eller www.exempel.se i dag.\n'
  assert.deepEqual(plainParagraph(sample), markdownBlocks(sample))
  const cache = new ChunkCache()
  const a = 'Först.\n\nSe [sidan](https://a.se) och ![bild](b.png).\n'
  documentBlocks(a, 'markdown', cache)
  const moved = 'Ett nytt stycke först.\n\n' + a
  const cached = documentBlocks(moved, 'markdown', cache)
  assert.deepEqual(cached, documentBlocks(moved, 'markdown'))
  const link = cached.blocks[2].links![0]
  assert.equal(moved.slice(link.textStart, link.textEnd), 'sidan')
  assert.equal(moved.slice(cached.blocks[2].images![0].start, cached.blocks[2].images![0].end), '![bild](b.png)')
})

test('declared languages: front matter for the whole document, an element with lang= across paragraphs', () => {
  const front = '---\ntitle: Om oss\nlang: en-GB\n---\n\n# About us\n\nWe help you.\n'
  // the front matter's language is the document's default (documentLanguage), which a paragraph plainly in another language may override
  assert.deepEqual(analyse(front, 'markdown').blocks.map((b) => [b.language, b.documentLanguage]), [[undefined, 'en'], [undefined, 'en']])
  const div = 'Svensk text.\n\n<div lang="en">\n\nFirst paragraph.\n\nSecond paragraph.\n\n</div>\n\nSvensk igen.\n'
  const blocks = analyse(div, 'markdown').blocks
  assert.deepEqual(blocks.map((b) => [div.slice(b.start, b.end), b.language]), [
    ['Svensk text.', undefined],
    ['First paragraph.', 'en'],
    ['Second paragraph.', 'en'],
    ['Svensk igen.', undefined],
  ])
  assert.equal(blockLanguage(blocks[1]), 'en')
  const nested = '<section lang="en">\n\nOuter.\n\n<div lang="de-AT">\n\nInner.\n\n</div>\n\nOuter again.\n\n</section>\n\n<p lang="fr">Jamais fermé.\n\nEncore.\n'
  assert.deepEqual(analyse(nested, 'markdown').blocks.map((b) => b.language), ['en', 'de', 'en', 'fr'])
  // plain text has no markup to declare anything with
  assert.equal(analyse(div, 'plaintext').blocks.some((b) => b.language), false)
})

test('detected languages: ISO 639-1 codes and Swedish names; short text is undecided', () => {
  assert.equal(detectLanguage('The applicant must send the form to the municipality before the end of the month.'), 'en')
  assert.equal(detectLanguage('Du som söker bidrag måste skicka blanketten till kommunen före månadens slut.'), 'sv')
  assert.equal(detectLanguage('Kort text.'), undefined)
  assert.equal(languageName('en'), 'engelska')
  const [block] = analyse('Der Antrag muss bis zum Ende des Monats bei der Gemeinde eingereicht werden.\n', 'plaintext').blocks
  assert.equal(blockLanguage(block), 'de')
})

test('quoted spans in every quotation style, nested, and apostrophes left alone', () => {
  const text = 'Hon sa ”ja”, “nej”, „kanske“, "jo", »visst«, «gärna», ’nå’ och \'tja\' – men Anna\'s och kids’ är inga citat.'
  assert.deepEqual(quotedSpans(text, 0).map((q) => q.text), ['ja', 'nej', 'kanske', 'jo', 'visst', 'gärna', 'nå', 'tja'])
  const nested = 'Han skrev ”hon sa ’nej’ till 😀 förslaget”.'
  const spans = quotedSpans(nested, 10)
  assert.deepEqual(spans.map((q) => [q.text, nested.slice(q.start - 10, q.end - 10)]), [
    ['hon sa ’nej’ till 😀 förslaget', '”hon sa ’nej’ till 😀 förslaget”'],
    ['nej', '’nej’'],
  ])
  assert.deepEqual(quotedSpans('Ett ”öppet citat utan slut.', 0), [])
  const [block] = analyse('Vi frågade: ”Kan du komma? Ja.” Sedan gick vi.\n', 'markdown').blocks
  assert.deepEqual(block.quotes.map((q) => q.text), ['Kan du komma? Ja.'])
})

test('part-of-speech tags on demand, one per word, remembered per sentence', () => {
  const [block] = analyse('Kommunen skickar ett beslut till Anna.\n', 'plaintext').blocks
  const sentence = block.sentences[0]
  const tags = tagsOf(sentence)
  assert.equal(tags.length, sentence.words.length)
  assert.equal(tags[1], 'VB')
  assert.equal(tags[5], 'PM')
  assert.equal(tags[0], 'NN') // a capital at the start of a sentence is no proper noun
  assert.equal(tagsOf(sentence), tags)
})
