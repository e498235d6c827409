import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitChunks } from '../src/engine/chunks'
import { analyse } from '../src/engine/analyse'
import { AnalysisCache } from '../src/engine/analysis-cache'
import { markdownBlocks, plainParagraph } from '../src/engine/markdown-blocks'
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

test('the cache re-uses unchanged chunks and gives the same result as no cache', () => {
  const cache = new AnalysisCache()
  const a = 'Första stycket.\n\nAndra stycket.\n'
  analyse(a, 'plaintext', cache)
  assert.equal(cache.size, 2)
  const b = 'Första stycket.\n\nAndra stycket, ändrat.\n'
  const cached = analyse(b, 'plaintext', cache)
  assert.equal(cache.size, 3)
  assert.deepEqual(cached, analyse(b, 'plaintext'))
  const shifted = 'Nytt.\n\n' + b
  assert.deepEqual(analyse(shifted, 'plaintext', cache), analyse(shifted, 'plaintext'))
})

test('the plain-paragraph fast path gives exactly what remark gives', () => {
  const samples = [
    'Ett enkelt stycke.\n\n',
    'Ett stycke\nsom bryts över\n  flera rader.   \n\n',
    'Läs mer på www.exempel.se eller https://exempel.se/a, eller skriv till a@exempel.se.\n',
    'Kl. 12.00 den 3 maj 2024-03-19 kostar det 30 % mer.\n\n\n',
    'Hård radbrytning  \nmed två mellanslag.\n',
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
  for (const syntax of ['# Rubrik\n', '- punkt\n', 'Text med *betoning*.\n', 'Rubrik\n===\n', 'a\n1. b\n', '    kod\n', 'Text\n> citat\n']) {
    assert.equal(plainParagraph(syntax), undefined, syntax)
  }
})
