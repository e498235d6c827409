import { test } from 'node:test'
import assert from 'node:assert/strict'
import { htmlBlocks } from '../src/engine/html-blocks'
import { analyse, formatFor } from '../src/engine/analyse'
import { readable } from '../src/engine/fillers'
import type { Block } from '../src/engine/types'

/** Each block as [kind, its source slice, its readable text with blanks collapsed]. */
function described(source: string): Array<[string, string, string]> {
  return htmlBlocks(source).blocks.map((b) => [b.kind + (b.level ? b.level : ''), source.slice(b.start, b.end), readable(b.text).replace(/\s+/g, ' ').trim()])
}

function blockAt(blocks: Block[], source: string, needle: string): Block {
  const at = source.indexOf(needle)
  const block = blocks.find((b) => b.start <= at && at < b.end)
  assert.ok(block, `no block holds ${needle}`)
  return block
}

/** The contract of every block: its text has the source's length and holds nothing the source does not. */
function assertContract(source: string): void {
  for (const b of htmlBlocks(source).blocks) {
    assert.equal(b.text.length, b.end - b.start, `block ${b.start}-${b.end} has the source's length`)
    for (let i = 0; i < b.text.length; i++) {
      const c = b.text[i]
      if (c === '\n' || c === '\r') assert.equal(source[b.start + i] === '\n' || source[b.start + i] === '\r' || source.slice(b.start + i, b.start + i + 3) === '<br', true)
    }
  }
}

test('the format is read from the file name and the LSP language id', () => {
  assert.equal(formatFor('sida.html'), 'html')
  assert.equal(formatFor('SIDA.HTM'), 'html')
  assert.equal(formatFor('html'), 'html')
  assert.equal(formatFor('anteckning.txt'), 'plaintext')
})

test('paragraphs, headings with their level, list items, table cells, quotes and captions', () => {
  const page = [
    '<!doctype html><html lang="sv"><head><title>Titel</title></head><body>',
    '<h1>Bygglov</h1>',
    '<p>Du söker <strong>bygglov</strong> hos oss.</p>',
    '<ul><li>Ett</li><li>Två <em>saker</em><ol><li>Inre</li></ol></li></ul>',
    '<dl><dt>Term</dt><dd>Förklaring</dd></dl>',
    '<table><caption>Avgifter</caption><tr><th>Namn</th><td>Pris</td></tr></table>',
    '<blockquote><p>Citat här.</p></blockquote>',
    '<figure><figcaption>Bildtext</figcaption></figure>',
    '<div>Lös text <span>i en div</span></div><section><h3>Del</h3>Text i section</section>',
    '</body></html>',
  ].join('\n')
  assert.deepEqual(described(page), [
    ['heading1', 'Bygglov', 'Bygglov'],
    ['paragraph', 'Du söker <strong>bygglov</strong> hos oss.', 'Du söker bygglov hos oss.'],
    ['list-item', 'Ett', 'Ett'],
    ['list-item', 'Två <em>saker</em>', 'Två saker'],
    ['list-item', 'Inre', 'Inre'],
    ['list-item', 'Term', 'Term'],
    ['list-item', 'Förklaring', 'Förklaring'],
    ['paragraph', 'Avgifter', 'Avgifter'],
    ['table-cell', 'Namn', 'Namn'],
    ['table-cell', 'Pris', 'Pris'],
    ['quote', 'Citat här.', 'Citat här.'],
    ['paragraph', 'Bildtext', 'Bildtext'],
    ['paragraph', 'Lös text <span>i en div</span>', 'Lös text i en div'],
    ['heading3', 'Del', 'Del'],
    ['paragraph', 'Text i section', 'Text i section'],
  ])
  assertContract(page)
})

test('offsets are UTF-16 offsets into the source, after å, ä, ö and an emoji', () => {
  const page = '<p>Åsa 😀 och <b>Örjan</b> kan erhålla stöd.</p>'
  const [block] = htmlBlocks(page).blocks
  assert.equal(block.start, 3)
  assert.equal(block.end, page.indexOf('</p>'))
  const [sentence] = analyse(page, 'html').blocks[0].sentences
  const word = sentence.words.find((w) => w.text === 'erhålla')!
  assert.equal(word.start, page.indexOf('erhålla'))
  assert.equal(page.slice(word.start, word.end), 'erhålla')
  assert.deepEqual(sentence.words.map((w) => page.slice(w.start, w.end)), ['Åsa', 'och', 'Örjan', 'kan', 'erhålla', 'stöd'])
})

test('script, style, template, noscript, code and pre hold no prose; pre is a code block', () => {
  const page = '<p>Före <code>x = 1</code> efter.</p><script>var text = "Inte prosa här"</script><style>p { color: red }</style><template><p>Mall</p></template><noscript>Slå på JavaScript</noscript><pre>kod &lt; här</pre>'
  const blocks = htmlBlocks(page).blocks
  assert.deepEqual(described(page), [
    ['paragraph', 'Före <code>x = 1</code> efter.', 'Före efter.'],
    ['code', '<pre>kod &lt; här</pre>', ''],
  ])
  assert.equal(blocks[1].text.trim(), '')
})

test('hidden elements are left out: hidden, aria-hidden and inline display: none', () => {
  const page = '<p>Synlig.</p><p hidden>Dold ett.</p><div aria-hidden="true"><p>Dold två.</p></div><p style="color: red; display:none">Dold tre.</p><p>Mitt <span style="display: none">dold</span> i.</p>'
  assert.deepEqual(described(page).map((b) => b[2]), ['Synlig.', 'Mitt i.'])
})

test('navigation, header, footer and sidebars are left out when the page has a main, and read when it has none', () => {
  const withMain = '<body><header><p>Sidhuvud</p><nav><a href="/">Start</a></nav></header><main><header><h1>Artikelns rubrik</h1></header><p>Innehåll.</p><aside>Faktaruta i innehållet.</aside></main><aside>Sidospalt</aside><footer>Sidfot</footer></body>'
  assert.deepEqual(described(withMain).map((b) => b[2]), ['Artikelns rubrik', 'Innehåll.', 'Faktaruta i innehållet.'])
  const roleMain = '<body><div role="navigation">Meny</div><div role="main"><p>Innehåll.</p></div></body>'
  assert.deepEqual(described(roleMain).map((b) => b[2]), ['Innehåll.'])
  const withoutMain = '<body><nav><a href="/">Start</a></nav><p>Innehåll.</p><footer>Sidfot</footer></body>'
  assert.deepEqual(described(withoutMain).map((b) => b[2]), ['Start', 'Innehåll.', 'Sidfot'])
})

test('links: visible text, target, aria-label and exact offsets; images inside count as text', () => {
  const page = '<p>Läs <a href="/bygglov?a=1&amp;b=2">om  <em>bygglov</em></a> och <a href="https://skatteverket.se" aria-label="Skatteverkets webbplats">här</a>. <a href="/">  <img src="logo.svg" alt="Till startsidan"></a> <a name="ankare">ingen länk</a></p>'
  const [block] = htmlBlocks(page).blocks
  const links = block.links!
  assert.equal(links.length, 3)
  assert.deepEqual(links.map((l) => [l.text, l.target, l.label]), [
    ['om bygglov', '/bygglov?a=1&b=2', undefined],
    ['här', 'https://skatteverket.se', 'Skatteverkets webbplats'],
    ['Till startsidan', '/', undefined],
  ])
  const card = htmlBlocks('<a href="/bygglov"><h3>Bygglov</h3><p>Så söker du<br>bygglov.</p></a>')
  assert.deepEqual(card.blocks.flatMap((b) => b.links ?? []).map((l) => l.text), ['Bygglov Så söker du bygglov.'])
  const first = links[0]
  assert.equal(page.slice(first.start, first.end), '<a href="/bygglov?a=1&amp;b=2">om  <em>bygglov</em></a>')
  assert.equal(page.slice(first.textStart, first.textEnd), 'om  <em>bygglov')
  assert.equal(page.slice(links[1].textStart, links[1].textEnd), 'här')
})

test('images: alt text, source, and absent, empty and decorative alt told apart', () => {
  const page = '<p><img src="karta.png" alt="Karta över Umeå"> <img src="linje.png" alt=""> <img src="foto.jpg"> <img src="ikon.svg" alt="Ikon" role="presentation"> <img src="dold.png" aria-hidden="true"></p><figure><img src="bro.jpg" alt="Bron"><figcaption>Bron 1920.</figcaption></figure>'
  const blocks = htmlBlocks(page).blocks
  const images = blocks.flatMap((b) => b.images ?? [])
  assert.deepEqual(
    images.map((i) => [i.alt, i.source, i.altMissing ?? false, i.decorative ?? false, page.slice(i.start, i.end).startsWith('<img')]),
    [
      ['Karta över Umeå', 'karta.png', false, false, true],
      ['', 'linje.png', false, true, true],
      ['', 'foto.jpg', true, false, true],
      ['Ikon', 'ikon.svg', false, true, true],
      ['Bron', 'bro.jpg', false, false, true],
    ],
  )
  // an image alone (in a figure) is a block of its own with no prose, so image checks see it
  const figure = blockAt(blocks, page, '<img src="bro.jpg"')
  assert.equal(figure.text.trim(), '')
  assert.equal(page.slice(figure.start, figure.end), '<img src="bro.jpg" alt="Bron">')
})

test('each block has the language of its nearest lang: sv-SE is sv, lang="" is unknown, <html lang> is the document’s', () => {
  const page = '<html lang="sv-SE"><body><p>Svenska.</p><section lang="en-GB"><h2>English</h2><p>Text <span lang="fr">en français</span>.</p><div lang=""><p>Okänt.</p></div></section></body></html>'
  const blocks = htmlBlocks(page).blocks
  assert.deepEqual(blocks.map((b) => [readable(b.text).replace(/\s+/g, ' ').trim(), b.language]), [
    ['Svenska.', undefined],
    ['English', 'en'],
    ['Text en français.', 'en'],
    ['Okänt.', undefined],
  ])
  // the page's own lang is a default that a plainly English paragraph may override, not a declaration per block
  assert.deepEqual(blocks.map((b) => b.documentLanguage), ['sv', 'sv', 'sv', 'sv'])
  assert.equal(htmlBlocks('<p>Inget språk.</p>').blocks[0].language, undefined)
})

test('an empty heading is still a heading block, so structure rules see it', () => {
  const page = '<h1>Rubrik</h1><h2></h2><h3> <img src="x.png" alt=""> </h3>'
  const blocks = htmlBlocks(page).blocks
  assert.deepEqual(blocks.map((b) => [b.kind, b.level, page.slice(b.start, b.end)]), [
    ['heading', 1, 'Rubrik'],
    ['heading', 2, '<h2></h2>'],
    ['heading', 3, '<img src="x.png" alt="">'],
  ])
})

test('character references: h&auml;r is one word, här, over the whole reference; &nbsp; is a space', () => {
  const page = '<p>H&auml;r s&ouml;ker du st&ouml;d&nbsp;nu &amp; sen i Sm&aring;land &#x1F600; &quot;Ja&quot; &auml.</p>'
  const [block] = analyse(page, 'html').blocks
  assert.equal(block.text.length, block.end - block.start)
  const words = block.sentences.flatMap((s) => s.words)
  assert.deepEqual(words.map((w) => w.text), ['Här', 'söker', 'du', 'stöd', 'nu', 'sen', 'i', 'Småland', 'Ja', 'ä'])
  assert.deepEqual(words.map((w) => page.slice(w.start, w.end)), ['H&auml;r', 's&ouml;ker', 'du', 'st&ouml;d', 'nu', 'sen', 'i', 'Sm&aring;land', 'Ja', '&auml'])
  // a reference at the end of a word belongs to it whole
  const tail = '<p>Det g&aring;r bra, sa h&auml;</p>'
  const last = analyse(tail, 'html').blocks[0].sentences[0].words.at(-1)!
  assert.equal(last.text, 'hä')
  assert.equal(tail.slice(last.start, last.end), 'h&auml;')
})

test('inline tags inside a word join it; between words they are blanks; <br> is a line break', () => {
  const page = '<p>Läs på <a href="/">Skatteverket</a>s webbplats om miljö<wbr>förvaltningen.<br>Ny <b>rad</b>.</p>'
  const [block] = analyse(page, 'html').blocks
  const words = block.sentences.flatMap((s) => s.words)
  assert.deepEqual(words.map((w) => w.text), ['Läs', 'på', 'Skatteverkets', 'webbplats', 'om', 'miljöförvaltningen', 'Ny', 'rad'])
  assert.equal(page.slice(words[2].start, words[2].end), 'Skatteverket</a>s')
  assert.equal(block.text[page.indexOf('<br>') - block.start], '\n')
  assert.equal(block.sentences.length, 2)
})

test('malformed HTML is read as browsers read it, without a crash', () => {
  const cases = [
    '<p>Ett stycke utan slut <strong>fet text',
    '<p>Första<p>Andra</span> stycket</div>',
    '<table><tr>Flyttad text<td>Cell</td></tr></table>',
    '<b><i>Fel</b> ordning</i> här.',
    '<p>Text <!-- en kommentar som aldrig slutar',
    '<p>Text <a href="x',
    '<div',
    '',
    '\u0000<p>Noll\u0000tecken</p>',
    '<p>Rad ett\r\nrad två\rrad tre</p>',
  ]
  for (const page of cases) {
    assertContract(page)
    analyse(page, 'html')
  }
  assert.deepEqual(described(cases[0]).map((b) => b[2]), ['Ett stycke utan slut fet text'])
  assert.deepEqual(described(cases[1]).map((b) => b[2]), ['Första', 'Andra stycket'])
  const crlf = analyse(cases[9], 'html').blocks[0]
  assert.deepEqual(crlf.sentences.flatMap((s) => s.words).map((w) => cases[9].slice(w.start, w.end)), ['Rad', 'ett', 'rad', 'två', 'rad', 'tre'])
})

test('warnings: a comment or raw-text element that swallows the rest, and a page of only script', () => {
  const comment = htmlBlocks('<p>Synlig.</p>\n<!-- glömd kommentar\n<p>Osynlig.</p>')
  assert.match(comment.warnings.join(), /kommentar \(<!--\) som aldrig stängs \(-->\), från rad 2/)
  const script = htmlBlocks('<p>Synlig.</p>\n<script>var a = 1\n<p>Osynlig.</p>')
  assert.match(script.warnings.join(), /<script> på rad 2 stängs aldrig med <\/script>/)
  const title = htmlBlocks('<html><head>\n<title>Sidan\n</head><body><p>Osynlig.</p></body></html>')
  assert.deepEqual(title.blocks, [])
  assert.match(title.warnings.join(), /<title> på rad 2 stängs aldrig/)
  const onlyScript = htmlBlocks('<!doctype html><html><head><script src="app.js"></script></head><body><div id="app"></div><script>render()</script></body></html>')
  assert.deepEqual(onlyScript.blocks, [])
  assert.match(onlyScript.warnings.join(), /ingen text utanför skript/)
  assert.deepEqual(htmlBlocks('<p>Vanlig sida.</p><script>x()</script>').warnings, [])
})

test('a page nested deeper than any page people read is read down to 400 levels, with a warning', () => {
  const page = '<div>'.repeat(5000) + 'Djupt.' + '<p>'
  const result = htmlBlocks(page)
  assert.match(result.warnings.join(), /mer än 400 nivåer/)
})
