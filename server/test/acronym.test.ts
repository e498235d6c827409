import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { parseConfig } from '../src/config/parse-config'
import { resolveConfig } from '../src/config/resolve-config'
import { acronymKey } from '../src/rules/acronym/scan'

const rules = resolveRules({}).rules.filter((r) => r.rule.id === 'acronym')
const run = (text: string, acronyms?: string[]) => checkText(text, 'markdown', { rules, acronyms }).findings.map((f) => f.actual)

test('the team’s own acronyms (configuration field acronyms) need no explanation, whatever their case', () => {
  const text = 'SBK och KS:s beslut gäller. Enligt LSS får du stöd.'
  assert.deepEqual(run(text), ['SBK', 'KS', 'LSS'])
  assert.deepEqual(run(text, ['SBK', 'ks']), ['LSS'])
})

test('acronyms in .klarsprak.json and its overrides reach the rule as the editor and the CLI read them', () => {
  const { layer, problems } = parseConfig('{ "acronyms": ["SBK"], "overrides": [{ "files": ["lss/**"], "acronyms": ["LSS"] }] }', '/repo/.klarsprak.json')
  assert.deepEqual(problems, [])
  const plain = resolveConfig('/repo/a.md', [layer])
  const lss = resolveConfig('/repo/lss/b.md', [layer])
  assert.deepEqual(plain.acronyms.map((a) => a.value), ['SBK'])
  assert.deepEqual(lss.acronyms.map((a) => [a.value, a.source]), [['SBK', '/repo/.klarsprak.json'], ['LSS', '/repo/.klarsprak.json (overrides[0])']])
  const text = 'SBK ger stöd enligt LSS.'
  assert.deepEqual(run(text, plain.acronyms.map((a) => a.value)), ['LSS'])
  assert.deepEqual(run(text, lss.acronyms.map((a) => a.value)), [])
})

test('acronyms must be a list of text', () => {
  const { problems } = parseConfig('{ "acronyms": "SBK" }', '/repo/.klarsprak.json')
  assert.match(problems[0].message, /”acronyms” ska vara en lista/)
})

test('one finding per acronym and document, at its first use, saying how often it stands', () => {
  const findings = checkText('Enligt LSS får du stöd.\n\nLSS gäller alla. Lagen om stöd och service (LSS) är en lag.', 'markdown', { rules }).findings
  assert.equal(findings.length, 1)
  assert.equal(findings[0].offset, 7)
  assert.equal(findings[0].severity, 'hint')
  assert.deepEqual(findings[0].expected, [])
  assert.match(findings[0].message, /Förklara ”LSS” första gången den används, inte längre fram i texten\. Den står 3 gånger i texten\./)
  assert.match(findings[0].source ?? '', /1\.4\.6 och 11\.2/)
})

test('what counts as an acronym', () => {
  const keys = (words: string[]) => words.map((w) => acronymKey(w)?.key ?? '-')
  assert.deepEqual(keys(['LSS', 'SoL:s', 'SKR:s', 'FoU', 'JuU', 'MP3', 'XIV', 'II', 'CO2', 'H2O', 'McDonald', 'DeLorean', 'Stockholm', 'A4', 'kWh']), [
    'LSS', 'SOL', 'SKR', 'FOU', 'JUU', 'MP3', '-', '-', '-', '-', '-', '-', '-', '-', '-',
  ])
})
