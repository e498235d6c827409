import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText, checkTextCancellable } from '../src/engine/check'
import { checkDocument } from '../src/files/check-document'
import { resolveRules } from '../src/rules/rule-settings'
import { DocumentConfigs, type DocumentConfig } from '../src/config/document-config'
import { SpellingService } from '../src/spelling/spelling-service'
import { MAX_DOCUMENT_LENGTH } from '../src/engine/limits'

const { rules } = resolveRules(undefined)
/** Paragraphs that differ, so no block is answered from another's cache. */
const longText = (n: number): string => Array.from({ length: n }, (_, i) => `Stycke ${i}: Du kan erhålla stöd om du ansöker före den ${(i % 28) + 1} maj.`).join('\n\n')
const noSpelling = new SpellingService(undefined)

/** Configurations that give every document the same rules (here: with one that throws). */
function fixedConfigs(activeRules: DocumentConfig['rules']): DocumentConfigs {
  return new (class extends DocumentConfigs {
    override forDocument(path: string | undefined, stopAt?: string): DocumentConfig {
      return { ...super.forDocument(path, stopAt), rules: activeRules }
    }
  })()
}

test('a cancellable check that is never stopped finds what the plain check finds', async () => {
  const text = longText(300)
  const plain = checkText(text, 'plaintext', { rules })
  const sliced = await checkTextCancellable(text, 'plaintext', { rules }, () => false)
  assert.ok(sliced)
  assert.deepEqual(sliced.findings, plain.findings)
  assert.equal(sliced.findings.filter((f) => f.ruleId === 'plain-words').length, 300)
})

test('a cancellable check gives the thread back between blocks and stops when asked', async () => {
  const text = longText(3000)
  let turns = 0
  let stopNow = false
  const ticker = setInterval(() => turns++, 0)
  // other work (here: a timer) runs while the check is under way, and can stop it
  setTimeout(() => (stopNow = true), 5)
  const result = await checkTextCancellable(text, 'plaintext', { rules }, () => stopNow)
  clearInterval(ticker)
  assert.equal(result, undefined)
  assert.ok(turns > 0, 'the event loop ran during the check')
})

test('checkDocument says why a document is skipped: switched off, ignored, too large, cancelled', async () => {
  const configs = new DocumentConfigs()
  const services = { configs, spelling: noSpelling }
  const off = await checkDocument({ text: 'Du kan erhålla stöd.', format: 'plaintext' }, { ...services, enabled: false })
  assert.deepEqual(off.checked ? 'checked' : off.reason, 'disabled')
  const big = await checkDocument({ text: 'a'.repeat(MAX_DOCUMENT_LENGTH + 1), format: 'plaintext' }, services)
  assert.equal(big.checked ? 'checked' : big.reason, 'too-large')
  assert.match(big.checked ? '' : big.message, /för stor \(2\.0 miljoner tecken\)/)
  const cancelled = await checkDocument({ text: longText(50), format: 'plaintext' }, services, () => true)
  assert.equal(cancelled.checked ? 'checked' : cancelled.reason, 'cancelled')
  const ok = await checkDocument({ text: 'Du kan erhålla stöd.', format: 'plaintext' }, services)
  assert.ok(ok.checked)
  assert.deepEqual(ok.result.findings.map((f) => f.actual), ['erhålla'])
})

test('a rule that throws on every block is reported once per check and the other rules still report', async () => {
  const broken = { ...rules[1], rule: { ...rules[1].rule, id: 'broken', checkBlock: () => { throw new Error('boom') } } }
  const services = { configs: fixedConfigs([broken, ...rules]), spelling: noSpelling }
  const outcome = await checkDocument({ text: longText(20), format: 'plaintext' }, services)
  assert.ok(outcome.checked)
  assert.deepEqual(outcome.ruleErrors.map((e) => [e.ruleId, (e.error as Error).message]), [['broken', 'boom']])
  assert.equal(outcome.result.findings.filter((f) => f.ruleId === 'plain-words').length, 20)
  // the next version is its own check: reported again, once
  const next = await checkDocument({ text: longText(21), format: 'plaintext' }, services)
  assert.equal(next.checked && next.ruleErrors.length, 1)
})
