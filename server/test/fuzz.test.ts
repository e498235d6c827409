import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyse } from '../src/engine/analyse'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { random } from './helpers/protocol-fuzz'
import { readable } from '../src/engine/fillers'


const PIECES = [
  'Du kan erhålla stöd', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '.', '. ', '!', '?', 't.ex.', 'kl. 12.00', '3 kap. 2 §',
  '😀', '👩‍👩‍👧', 'e\u0301', '\ud800', '\udc00', '\u200b', '```', '`', '*', '_', '#', '> ', '- ', '1. ', '<!--', '-->',
  '---\n', '<div>', '[a](https://x.se)', 'https://exempel.se/erhålla', 'a@b.se', '|', 'äger rätt att', 'Erhöll', 'ERHÅLLA',
  'x'.repeat(300), 'Miljö- och', 'EU-bidrag', '\t', '    ', '\\', '&amp;',
]

test('random and adversarial documents never crash the engine and every finding lies inside its text', () => {
  const next = random(20261126)
  const rules = resolveRules(undefined).rules
  for (let n = 0; n < 400; n++) {
    let text = ''
    const parts = 1 + Math.floor(next() * 60)
    for (let i = 0; i < parts; i++) text += PIECES[Math.floor(next() * PIECES.length)]
    for (const format of ['markdown', 'plaintext'] as const) {
      const { findings, metrics, overview } = checkText(text, format, { rules, onRuleError: (id, e) => assert.fail(`${id}: ${String(e)}`) })
      for (const f of findings) {
        assert.ok(f.offset >= 0 && f.offset < f.endOffset && f.endOffset <= text.length, `finding outside text in case ${n}`)
        assert.equal(f.actual, text.slice(f.offset, f.endOffset))
      }
      for (const block of analyse(text, format).blocks) {
        for (const s of block.sentences) for (const w of s.words) assert.equal(w.text, text.slice(w.start, w.end), `word offsets in case ${n}`)
      }
      for (const block of overview.blocks) {
        for (const s of block.sentences) assert.ok(block.start <= s.start && s.start < s.end && s.end <= block.end, `sentence inside its block in case ${n}`)
      }
      assert.ok(Number.isFinite(metrics.lix), `lix in case ${n}`)
    }
  }
})

const HTML_PIECES = [
  'Du kan erhålla stöd', ' ', '\n', '\r\n', '.', '. ', 'h&auml;r', '&auml', '&nbsp;', '&amp;', '&lt;', '&#x1F600;', '&#10;', '&#0;',
  '&notit;', '&', '😀', '\ud800', '\u0000', '\uFDD0', '<p>', '</p>', '<h2>', '</h2>', '<li>', '<ul>', '<table><tr><td>', '</td>',
  '<a href="x">', '</a>', '<b>', '</b>', '<br>', '<wbr>', '<img src="x" alt="Bild">', '<img>', '<code>', '</code>', '<pre>', '</pre>',
  '<script>', '</script>', '<style>', '<!--', '-->', '<div hidden>', '<main>', '<nav>', '</div>', '<span lang="en">', '<section lang="sv-SE">',
  '<', '>', '"', '<!-- klarsprak-disable-next-line -->', 'Erhöll', 'x'.repeat(200), 'kl 8-17', '15000 kronor',
]

test('random and adversarial HTML never crashes the engine; words are what a reader sees, over whole references', () => {
  const next = random(20261201)
  const rules = resolveRules(undefined).rules
  for (let n = 0; n < 300; n++) {
    let text = ''
    const parts = 1 + Math.floor(next() * 60)
    for (let i = 0; i < parts; i++) text += HTML_PIECES[Math.floor(next() * HTML_PIECES.length)]
    const { findings, overview } = checkText(text, 'html', { rules, onRuleError: (id, e) => assert.fail(`${id}: ${String(e)}`) })
    const view = overview.text
    assert.equal(view.length, text.length, `view length in case ${n}`)
    for (const f of findings) {
      assert.ok(f.offset >= 0 && f.offset < f.endOffset && f.endOffset <= text.length, `finding outside text in case ${n}`)
      assert.ok(!/[\uFDD0\uFDD1]/.test(f.actual + f.message + f.expected.join('')), `fillers in a finding in case ${n}`)
    }
    let previousEnd = 0
    for (const block of analyse(text, 'html').blocks) {
      assert.ok(previousEnd <= block.start && block.start < block.end && block.end <= text.length, `block order in case ${n}`)
      assert.equal(block.text.length, block.end - block.start, `block length in case ${n}`)
      previousEnd = block.end
      for (const s of block.sentences) {
        for (const w of s.words) {
          assert.equal(w.text, readable(view.slice(w.start, w.end)), `word text in case ${n}`)
          assert.notEqual(view[w.start], '\uFDD0', `word starts inside a reference in case ${n}`)
          assert.notEqual(view[w.end], '\uFDD0', `word ends inside a reference in case ${n}`)
        }
      }
    }
  }
})
