import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitChunks } from '../src/engine/chunks'
import { analyse, documentBlocks } from '../src/engine/analyse'
import { ChunkCache } from '../src/engine/chunk-cache'
import { markdownBlocks } from '../src/engine/markdown-blocks'
import { plainHeading, plainList, plainParagraph } from '../src/engine/plain-markdown'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const chunkTexts = (text: string, markdown = true) => splitChunks(text, markdown).map((c) => text.slice(c.start, c.end))

test('chunks break at blank lines and cover the whole text', () => {
  const text = '# Rubrik\n\nEtt stycke.\n\nEtt till.\n'
  assert.deepEqual(chunkTexts(text), ['# Rubrik\n\n', 'Ett stycke.\n\n', 'Ett till.\n'])
})

test('no break inside front matter, fenced code, HTML comments and raw HTML, nor before indented lines', () => {
  const text = [
    '---', 'title: a', '', 'b: c', '---', '', 'Text.', '', '```', 'kod', '', 'mer kod', '```', '', '<!-- en', '', 'kommentar -->', '',
    '<pre>', '', '</pre>', '', '1. Punkt', '', '    fortsättning', '', 'Slut.', '',
  ].join('\n')
  assert.deepEqual(chunkTexts(text), [
    '---\ntitle: a\n\nb: c\n---\n\n', 'Text.\n\n', '```\nkod\n\nmer kod\n```\n\n', '<!-- en\n\nkommentar -->\n\n',
    '<pre>\n\n</pre>\n\n', '1. Punkt\n\n    fortsättning\n\n', 'Slut.\n',
  ])
})

test('a document with reference links is one chunk', () => {
  assert.equal(splitChunks('Se [här][a].\n\n[a]: https://exempel.se\n', true).length, 1)
})

test('chunked analysis finds the same prose as parsing the whole document', () => {
  const text = '---\nt: x\n---\n\n# Rubrik\n\n- punkt\n\n  fortsatt punkt\n\n```\nerhålla\n\nkod\n```\n\n> citat\n> rad två\n\nSista stycket.\n'
  const whole = markdownBlocks(text).map((b) => [b.start, b.end, b.text])
  const chunked = analyse(text, 'markdown').blocks.map((b) => [b.start, b.end, b.text])
  assert.deepEqual(chunked, whole)
})

test('the chunk cache re-uses unchanged chunks and gives the same blocks as no cache', () => {
  for (const format of ['plaintext', 'markdown'] as const) {
    const cache = new ChunkCache()
    const a = 'Första stycket.\n\nAndra *stycket*.\n'
    documentBlocks(a, format, cache)
    assert.equal(cache.size, 2)
    const b = 'Första stycket.\n\nAndra *stycket*, ändrat.\n'
    const cached = documentBlocks(b, format, cache)
    assert.equal(cache.size, 3)
    assert.deepEqual(cached, documentBlocks(b, format))
    const shifted = 'Nytt.\n\n' + b
    assert.deepEqual(documentBlocks(shifted, format, cache), documentBlocks(shifted, format))
  }
})

test('the plain-list fast path gives exactly what remark gives, and leaves other lists to remark', () => {
  const samples = [
    '- Ett\n- Två\n- Tre\n',
    '1. Första punkten.\n2. Andra punkten\nsom fortsätter utan indrag.\n3. Tredje\n   med indrag.\n',
    '1) Ett\n2) Två  \n\n\n',
    '+  Två mellanslag efter tecknet.\n+ Och 14 kap. 2 § i nästa.\n',
    '7. Listan börjar på sju.\n9. Och hoppar.\n',
    '- ”Citat” först och (parentes) sedan.\n- 2024 var ett år.\n',
    Array.from({ length: 500 }, (_, i) => `- Punkt ${i}: du kan erhålla stöd.\n`).join(''),
  ]
  for (const sample of samples) {
    const quick = plainList(sample)
    assert.ok(quick, `no fast path for ${JSON.stringify(sample.slice(0, 40))}`)
    assert.deepEqual(quick, markdownBlocks(sample), JSON.stringify(sample.slice(0, 80)))
  }
  const forRemark = [
    '- Ett\n+ Två\n', // another marker: another list
    '1. Ett\n2) Två\n',
    '- Ett\n  - Inre\n', // nested list
    '1.     kod i punkten\n', // five spaces: indented code
    '-\tTab\n',
    '- - -\n',
    '- Ett *betonat*\n',
    'Text\n- punkt\n', // a paragraph first
    '-\n',
    '1234567890. Inte en lista\n',
  ]
  for (const sample of forRemark) assert.equal(plainList(sample), undefined, sample)
})

test('the heading fast path gives exactly what remark gives', () => {
  const samples = ['# Rubrik\n', '## Dokument 12\n\n', '###### Sex nivåer med å, ä och ö\n', '# Läs mer på www.exempel.se\n', '#\tTabb före texten\n', '# 2024 års budget\n', '### ”Citat” i rubriken\n']
  for (const sample of samples) {
    const quick = plainHeading(sample)
    assert.ok(quick, sample)
    assert.deepEqual(quick, markdownBlocks(sample), JSON.stringify(sample))
  }
  for (const syntax of ['# Rubrik #\n', '# Rubrik med *betoning*\n', '#Rubrik\n', '####### Sju\n', '# Rubrik\nText\n', '  # Indragen\n', '# Rubrik  \n', '# 1. Lista?\n', '# - punkt\n', '#\n']) {
    assert.equal(plainHeading(syntax), undefined, syntax)
  }
})

test('the plain-paragraph fast path gives exactly what remark gives', () => {
  const samples = [
    'Ett enkelt stycke.\n\n',
    'Ett stycke\nsom bryts över\n  flera rader.   \n\n',
    'Läs mer på www.exempel.se eller https://exempel.se/a, eller skriv till a@exempel.se.\n',
    'Kl. 12.00 den 3 maj 2024-03-19 kostar det 30 % mer.\n\n\n',
    'Hård radbrytning  \nmed två mellanslag.\n',
    '1 § Denna lag gäller för kommuner.\n14 kap. 2 § anger vad som gäller.\n',
    '2024 var ett år med 3 000 ansökningar.\n– 6 procent fick avslag.\n',
    '(se ovan) och ”citat” här.\n“Ett” ’två’ «tre» \'fyra\' "fem".\n',
    '§ 3 gäller.\n  2017 kom lagen.\n      12 kap. 5 § också.\n',
    ...readFileSync(join(__dirname, '../../test-fixtures/remiss-kommunikationsprogram.md'), 'utf8').split(/(?<=\n\n)/),
  ]
  let fast = 0
  for (const sample of samples) {
    const quick = plainParagraph(sample)
    if (!quick) continue
    fast++
    assert.deepEqual(quick, markdownBlocks(sample), JSON.stringify(sample))
  }
  assert.ok(fast >= 10, `only ${fast} samples took the fast path`)
  for (const syntax of ['Ett stycke.\n\n Ett indraget stycke.\n', '# Rubrik\n', '- punkt\n', 'Text med *betoning*.\n', 'Rubrik\n===\n', 'a\n1. b\n', '1) punkt\n', '12. punkt\n', 'Text\n- punkt\n', 'Rubrik\n---\n', '    kod\n', 'Text\n> citat\n', '+ punkt\n']) {
    assert.equal(plainParagraph(syntax), undefined, syntax)
  }
})
