import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyse } from '../src/engine/analyse'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { random } from './helpers/protocol-fuzz'


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
