import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, rgb } from 'pdf-lib'
import { markdownToDocx, markdownToPdf } from '../../scripts/office-files'
import { checkOneFile } from '../src/files/check-files'
import { readDocument } from '../src/files/read-document'
import { fileReport, type FileReport } from '../src/report/file-report'
import { DocumentConfigs } from '../src/config/document-config'
import { SpellingService } from '../src/spelling/spelling-service'
import { pathToFileURL } from 'node:url'
import { TestClient } from './helpers/lsp-client'
import { FILE_REPORT_REQUEST } from '../src/protocol'

const BIN = join(__dirname, '../../bin/klarsprak.js')
let dir = ''
const services = { configs: new DocumentConfigs(), spelling: new SpellingService() }

/** A municipal text with something for every kind of rule, and headings, lists, links, images and a table. */
const WORD_TEXT = `# Ansökan om bygglov

Du kommer att erhålla ett beslut inom fyra veckor. Ansökan skickas till nämnden. Läs mer om avgifterna [här](https://kommun.se/avgifter) eller på sidan [Avgifter för bygglov](https://kommun.se/bygglov/avgifter).

## Vad du behöver skicka in

- En ritning av huset, t.ex. en fasadritning.
- Ett foto av tomten.
- Ett kvitto på att du har betalat avgiften på 10000 kronor.

![Karta över kvarteret Gläntan med den nya tomten markerad](karta.png)

![](ritning.png)

#### Avgifter

| Åtgärd | Avgift |
|---|---|
| Nybyggnad av enbostadshus | Avgiften fastställs av nämnden. |
| Tillbyggnad | Se ovan. |

Vi vill göra dig uppmärksam på att handläggningen kan ta längre tid under sommaren.
`

/** Sentences for a PDF of several narrow pages, with long compounds that get hyphenated at line ends. */
const SENTENCES = [
  'Miljö- och hälsoskyddsnämnden har fått förslag till ett nytt kommunikationsprogram.',
  'Programmet ska erhållas av alla förvaltningar och ses över årligen av stadsledningskontoret.',
  'EU-medel kan sökas för kommunikationsutmaningar som rör stadens invånare.',
  'Ansökan skickas till kommunstyrelsen senast i maj.',
  'Förvaltningen anser att kommunikationsavdelningens arbete är viktigt för 2020-talets stad.',
  'Vi vill göra dig uppmärksam på att remisstiden är kort.',
  'Stadsledningskontorets förslag innebär att verksamhetsansvaret följer kommunikationsansvaret.',
]
/** Paragraphs, each its own mix of the sentences, so no line repeats from page to page as a running header does. */
const DISTRICTS = ['Kista', 'Rinkeby', 'Spånga', 'Tensta', 'Hässelby', 'Vällingby', 'Bromma', 'Norrmalm', 'Östermalm', 'Södermalm', 'Kungsholmen', 'Enskede', 'Årsta', 'Vantör', 'Farsta', 'Skarpnäck', 'Hägersten', 'Liljeholmen', 'Älvsjö', 'Skärholmen', 'Bagarmossen', 'Hökarängen', 'Vårberg', 'Akalla']
const PDF_TEXT = DISTRICTS.map((district, i) => [`I ${district} bor ${1000 + i * 37} personer.`, ...Array.from({ length: 2 + (i % 3) }, (_, k) => SENTENCES[(i * 3 + k * 2) % SENTENCES.length])].join(' ')).join('\n\n')

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klarsprak-office-'))
  writeFileSync(join(dir, 'bygglov.md'), WORD_TEXT)
  writeFileSync(join(dir, 'bygglov.docx'), await markdownToDocx(WORD_TEXT))
  writeFileSync(join(dir, 'remiss.md'), PDF_TEXT)
  const pdf = await markdownToPdf(PDF_TEXT, { header: 'Miljöförvaltningen – Remissvar KS 2024/112', width: 360 })
  writeFileSync(join(dir, 'remiss.pdf'), pdf.bytes)
  pdfFacts = { pages: pdf.pages, hyphenated: pdf.hyphenated }
  await services.spelling.load()
})
after(() => rmSync(dir, { recursive: true, force: true }))
let pdfFacts = { pages: 0, hyphenated: [] as string[] }

async function report(name: string): Promise<FileReport> {
  const outcome = await checkOneFile(join(dir, name), services, (f) => fileReport(f.path, f.text, f.result.findings, f.result.metrics, f.result.overview, f.source))
  assert.ok(outcome.result, `${name} was checked: ${outcome.messages.join('')}`)
  return outcome.result
}

/** What a finding says, without where it stands. */
const said = (r: FileReport) => r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.message}`).sort()

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, KLARSPRAK_THREADS: '0' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

test('a Word file gives the findings of the same text as Markdown: words, headings, lists, links, images and tables', async () => {
  const markdown = await report('bygglov.md')
  const word = await report('bygglov.docx')
  assert.deepEqual(said(word), said(markdown))
  assert.deepEqual(word.metrics, markdown.metrics)
  const rules = new Set(word.messages.map((m) => m.ruleId))
  // the structure reached the rules: the link text, the image without alternative text, the heading that skips levels
  for (const id of ['plain-words', 'passive-voice', 'abbreviation', 'number-format', 'empty-phrase', 'link-text', 'image-alt', 'heading-structure']) assert.ok(rules.has(id), id)
  assert.equal(word.messages.filter((m) => m.ruleId === 'image-alt').length, 1, 'only the image without alternative text')
  assert.equal(word.messages.filter((m) => m.ruleId === 'link-text').length, 1, 'only ”här”')
})

test('a finding in a Word file is placed by paragraph, heading and quoted context', async () => {
  const word = await report('bygglov.docx')
  assert.equal(word.source, 'docx')
  const at = (ruleId: string, actual?: string) => word.messages.find((m) => m.ruleId === ruleId && (actual === undefined || m.actual === actual))!.place
  assert.deepEqual(at('plain-words', 'erhålla'), { paragraph: 2, heading: 'Ansökan om bygglov', context: 'Du kommer att erhålla ett beslut inom fyra veckor.…' })
  assert.deepEqual(at('abbreviation'), { paragraph: 4, heading: 'Vad du behöver skicka in', context: 'En ritning av huset, t.ex. en fasadritning.' })
  // paragraphs count as Word counts them: headings, list items, images and table cells too
  assert.deepEqual(at('image-alt'), { paragraph: 8, heading: 'Vad du behöver skicka in', context: '[bild]' })
  assert.deepEqual(at('heading-structure'), { paragraph: 9, heading: 'Avgifter', inHeading: true, context: 'Avgifter' })
  assert.equal(at('passive-voice', 'fastställs')?.paragraph, 13)
  for (const m of word.messages) assert.ok(m.line >= 1 && m.column >= 1 && m.endOffset >= m.offset, 'lines and columns stay valid')
})

test('a PDF gives the findings of the same text: pages, running header, page numbers and hyphens left out', async () => {
  assert.ok(pdfFacts.pages >= 3, `${pdfFacts.pages} pages`)
  assert.ok(pdfFacts.hyphenated.length > 0, 'some words were hyphenated at a line end')
  const read = await readDocument(join(dir, 'remiss.pdf'))
  assert.ok(read.ok)
  assert.equal(read.text, PDF_TEXT, 'the text as written: paragraphs, hyphens joined, no header, footer or page number')
  const markdown = await report('remiss.md')
  const pdf = await report('remiss.pdf')
  assert.equal(pdf.source, 'pdf')
  // a PDF's text has no heading marks, so heading-structure cannot ask a long PDF for headings (as in plain text)
  assert.deepEqual(said(pdf), said(markdown).filter((m) => !m.startsWith('heading-structure info Texten har')))
  assert.ok(said(markdown).length > said(pdf).length)
  const last = pdf.messages.filter((m) => m.ruleId === 'plain-words').at(-1)!
  assert.equal(last.place?.page, pdfFacts.pages)
  assert.match(last.place!.context, /erhållas/)
  const pages = pdf.messages.map((m) => m.place!.page!)
  assert.deepEqual(pages, [...pages].sort((a, b) => a - b), 'pages in order')
})

test('the seed text’s Word and PDF versions in test-fixtures/office give the Markdown’s findings (npm run fixtures:office writes them)', async () => {
  const fixtures = join(__dirname, '../../test-fixtures')
  const keep = (f: Parameters<Parameters<typeof checkOneFile>[2]>[0]) => fileReport(f.path, f.text, f.result.findings, f.result.metrics, f.result.overview, f.source)
  const check = async (path: string) => (await checkOneFile(join(fixtures, path), services, keep)).result!
  const markdown = said(await check('remiss-kommunikationsprogram.md'))
  assert.ok(markdown.length >= 20)
  assert.deepEqual(said(await check('office/remiss-kommunikationsprogram.docx')), markdown)
  assert.deepEqual(said(await check('office/remiss-kommunikationsprogram.pdf')), markdown)
})

test('CLI: a Word file’s and a PDF’s findings name their place in text, JSON and SARIF', () => {
  const text = cli('check', 'bygglov.docx', 'remiss.pdf')
  assert.equal(text.code, 0, text.stderr)
  assert.match(text.stdout, /^bygglov\.docx: stycke 2 \(under ”Ansökan om bygglov”\): ”Du kommer att erhålla ett beslut inom fyra veckor\.…” warning Skriv hellre ”få” än ”erhålla”\. plain-words$/m)
  assert.match(text.stdout, /^remiss\.pdf: sida 1: ”[^”]+” \w+ .+ \S+$/m)
  const [json] = JSON.parse(cli('check', '--format', 'json', 'bygglov.docx').stdout)
  assert.equal(json.source, 'docx')
  assert.deepEqual(json.messages.find((m: { ruleId: string }) => m.ruleId === 'plain-words').place, { paragraph: 2, heading: 'Ansökan om bygglov', context: 'Du kommer att erhålla ett beslut inom fyra veckor.…' })
  const sarif = JSON.parse(cli('check', '--format', 'sarif', 'remiss.pdf').stdout)
  const location = sarif.runs[0].results[0].locations[0]
  assert.equal(location.message.text, 'sida 1')
  assert.ok(location.physicalLocation.region.snippet.text.length > 0)
  assert.equal(sarif.runs[0].results[0].properties.page, 1)
  assert.ok(sarif.runs[0].results.every((r: { fixes?: unknown }) => r.fixes === undefined), 'no fixes at offsets the PDF does not have')
})

test('the report of a Word file names paragraphs, not lines', () => {
  const html = cli('report', 'bygglov.docx')
  assert.equal(html.code, 0, html.stderr)
  assert.match(html.stdout, /Stycke 2 \(under ”Ansökan om bygglov”\)/)
  assert.match(html.stdout, /<q class="context">Du kommer att erhålla ett beslut inom fyra veckor\.…<\/q>/)
  assert.doesNotMatch(html.stdout, /Rad \d+:\d+/)
  const md = cli('report', '--format', 'md', 'remiss.pdf')
  assert.match(md.stdout, /^- Sida 1: ”/m)
})

test('the language server reports on a Word file from disk without opening it; an unreadable one says why', async () => {
  const client = new TestClient()
  try {
    await client.initialize({ textDocument: { diagnostic: {} } })
    // a Word file opened as text anyway (its zip bytes) gets no diagnostics, however Swedish the bytes look
    const opened = pathToFileURL(join(dir, 'öppnad-som-text.docx')).href
    await client.open(opened, 'PK\u0003\u0004 Du kan erhålla stöd. Ansökan skickas.', 'plaintext')
    const diagnostics = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: opened } })) as { items: unknown[] }
    assert.deepEqual(diagnostics.items, [])
    const html = (await client.connection.sendRequest(FILE_REPORT_REQUEST, { uri: pathToFileURL(join(dir, 'bygglov.docx')).href, format: 'html', nonce: 'n' })) as string
    assert.match(html, /<span class="where">Stycke 2 \(under ”Ansökan om bygglov”\)<\/span>/, 'no button: a Word file cannot be opened at an offset')
    writeFileSync(join(dir, 'trasig-i-editorn.docx'), 'ingen zip')
    const why = (await client.connection.sendRequest(FILE_REPORT_REQUEST, { uri: pathToFileURL(join(dir, 'trasig-i-editorn.docx')).href, format: 'html' })) as string
    assert.match(why, /<h1>Klarspråk kan inte granska filen<\/h1><p>[^<]*trasig-i-editorn\.docx: är ingen giltig Word-fil/)
  } finally {
    rmSync(join(dir, 'trasig-i-editorn.docx'), { force: true })
    await client.close()
  }
})

test('a folder is checked with its Word files and PDFs', () => {
  const r = cli('check', '--format', 'json', '.')
  assert.deepEqual(JSON.parse(r.stdout).map((f: FileReport) => f.path).sort(), ['bygglov.docx', 'bygglov.md', 'remiss.md', 'remiss.pdf'])
})

test('files that cannot be read get a Swedish reason and exit code 2; the others are still checked', async () => {
  const broken = mkdtempSync(join(dir, '..', 'klarsprak-broken-'))
  try {
    writeFileSync(join(broken, 'trasig.docx'), 'det här är ingen zip')
    writeFileSync(join(broken, 'fel-zip.docx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]))
    writeFileSync(join(broken, 'lösenord.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]))
    writeFileSync(join(broken, 'gammal.doc'), Buffer.alloc(512))
    writeFileSync(join(broken, 'inte.pdf'), 'hej')
    writeFileSync(join(broken, 'trasig.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF')
    const scan = await PDFDocument.create()
    scan.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.5, 0.5, 0.5) })
    writeFileSync(join(broken, 'skannad.pdf'), await scan.save())
    writeFileSync(join(broken, 'stor.pdf'), '%PDF-1.7\n')
    truncateSync(join(broken, 'stor.pdf'), 51 * 1024 * 1024)
    writeFileSync(join(broken, 'bra.md'), 'Du kan erhålla stöd.\n')
    const r = spawnSync(process.execPath, [BIN, 'check', broken], { encoding: 'utf8' })
    assert.equal(r.status, 2)
    assert.match(r.stdout, /bra\.md:1:8 warning Skriv hellre ”få” än ”erhålla”/)
    const said = (name: string) => r.stderr.split('\n').find((line) => line.includes(name)) ?? `(nothing about ${name})`
    assert.match(said('trasig.docx'), /är ingen giltig Word-fil \(\.docx\): den kan vara skadad eller ha fel filändelse\.$/)
    assert.match(said('fel-zip.docx'), /är ingen giltig Word-fil/)
    assert.match(said('lösenord.docx'), /är lösenordsskyddad eller sparad i det äldre Word-formatet/)
    assert.match(said('inte.pdf'), /är ingen giltig PDF-fil/)
    assert.match(said('trasig.pdf'), /är ingen giltig PDF-fil/)
    assert.match(said('skannad.pdf'), /har ingen text att läsa, bara bilder \(troligen en skannad sida\)\. Kör textigenkänning \(OCR\)/)
    assert.match(said('stor.pdf'), /är för stor \(51 MB\) och granskas inte; gränsen är 50 MB\.$/)
    assert.doesNotMatch(r.stderr, /at \w+ \(|Error:/, 'no stack traces')
    // named on its own, an old .doc says what to do
    const doc = spawnSync(process.execPath, [BIN, 'check', join(broken, 'gammal.doc')], { encoding: 'utf8' })
    assert.equal(doc.status, 2)
    assert.match(doc.stderr, /gammal\.doc: är sparad i det äldre Word-formatet \(\.doc\), som inte kan läsas: spara den som \.docx\./)
  } finally {
    rmSync(broken, { recursive: true, force: true })
  }
})
