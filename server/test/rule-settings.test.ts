import { test } from 'node:test'
import assert from 'node:assert/strict'
import { resolveRules } from '../src/rules/rule-settings'
import { checkText } from '../src/engine/check'
import { RULES } from '../src/rules'
import { SEVERITIES } from '../src/engine/types'
import { configSchema } from '../src/rules/schema'

const LONG = 'Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo.'

test('defaults: every rule on at its default severity', () => {
  const { rules, problems } = resolveRules(undefined)
  assert.deepEqual(problems, [])
  assert.deepEqual(rules.map((r) => r.rule.id), RULES.map((r) => r.id))
  for (const r of rules) assert.equal(r.severity, r.rule.defaultSeverity)
  assert.deepEqual(rules.find((r) => r.rule.id === 'long-sentence')?.options, { max: 25 })
})

test('a rule can be turned off, given a severity, or given options', () => {
  assert.ok(!resolveRules({ 'plain-words': 'off' }).rules.some((r) => r.rule.id === 'plain-words'))
  const { rules } = resolveRules({ 'long-sentence': ['warning', { max: 15 }] })
  const found = checkText(LONG, 'plaintext', { rules }).findings
  assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['long-sentence', 'warning']])
  assert.equal(checkText(LONG, 'plaintext', { rules: resolveRules({}).rules }).findings.length, 0)
})

test('mistakes are reported in Swedish and the rule keeps its default', () => {
  const { rules, problems } = resolveRules({ 'lang-mening': 'off', 'long-sentence': ['loud', { max: 'tio', width: 3 }] })
  assert.deepEqual(problems.map((p) => p.message), [
    'Okänd regel ”lang-mening”.',
    'Regeln ”long-sentence”: okänd allvarlighetsgrad "loud".',
    'Regeln ”long-sentence”: ”max” ska vara av typen number.',
    'Regeln ”long-sentence” har ingen inställning ”width”.',
  ])
  const long = rules.find((r) => r.rule.id === 'long-sentence')
  assert.deepEqual([long?.severity, long?.options], ['info', { max: 25 }])
  assert.deepEqual(resolveRules('fel').problems.map((p) => p.message), ['Inställningen för regler måste vara ett objekt.'])
})

test('problems say in fields what is wrong, so code never reads the Swedish message', () => {
  const { problems } = resolveRules({
    'lang-mening': 'warning',
    'long-sentence': ['loud', { max: 'tio', width: 3 }],
    readability: ['info', 'hög'],
    shouting: 'Error',
  })
  assert.deepEqual(problems.map(({ message, ...fields }) => fields), [
    { code: 'unknown-rule', ruleId: 'lang-mening' },
    { code: 'bad-severity', ruleId: 'long-sentence' },
    { code: 'bad-option', ruleId: 'long-sentence', option: 'max' },
    { code: 'bad-option', ruleId: 'long-sentence', option: 'width' },
    { code: 'bad-option', ruleId: 'readability' },
    { code: 'bad-severity', ruleId: 'shouting' },
  ])
  assert.deepEqual(problems.find((p) => p.option === 'max')?.message, 'Regeln ”long-sentence”: ”max” ska vara av typen number.')
  assert.deepEqual(resolveRules({ 'long-sentence': ['info', { max: 0 }] }).problems, [
    { code: 'bad-option', ruleId: 'long-sentence', option: 'max', message: 'Regeln ”long-sentence”: ”max” måste vara minst 5.' },
  ])
  assert.deepEqual(resolveRules('fel').problems.map((p) => p.code), ['bad-option'])
})

test('one list of severities: the type, the settings check and the schema agree', () => {
  assert.deepEqual([...SEVERITIES], ['error', 'warning', 'info', 'hint'])
  for (const severity of SEVERITIES) assert.deepEqual(resolveRules({ shouting: severity }).problems, [], severity)
  const rules = (configSchema().properties as Record<string, { properties: Record<string, { anyOf: Array<{ enum?: string[] }> }> }>).rules
  assert.deepEqual(rules.properties.shouting.anyOf[0].enum, ['off', ...SEVERITIES])
})

test('a rule that throws is isolated: the others still report and the error is passed on once', () => {
  const { rules } = resolveRules(undefined)
  const broken = { ...rules[1], rule: { ...rules[1].rule, id: 'broken', checkBlock: () => { throw new Error('boom') } } }
  const errors: string[] = []
  const result = checkText('Du kan erhålla stöd.', 'plaintext', { rules: [broken, ...rules], onRuleError: (id) => errors.push(id) })
  assert.deepEqual(errors, ['broken'])
  assert.deepEqual(result.findings.map((f) => f.ruleId), ['plain-words'])
})
