import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import { RULES } from '../src/rules'
import { configSchema } from '../src/rules/schema'

const ROOT = join(__dirname, '../..')

test('the shipped schema is the one built from the rule registry and names every rule and option', () => {
  type RuleSchema = { anyOf: [unknown, { items: [unknown, { properties: Record<string, unknown> }] }] }
  const text = readFileSync(join(ROOT, 'dist/klarsprak.schema.json'), 'utf8')
  assert.deepEqual(JSON.parse(text), configSchema())
  const shipped = JSON.parse(text) as { properties: { rules: { properties: Record<string, RuleSchema> } } }
  const rules = shipped.properties.rules.properties
  assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.id).sort())
  assert.deepEqual(Object.keys(rules['long-sentence'].anyOf[1].items[1].properties), ['max'])
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.klarsprak.json', url: './dist/klarsprak.schema.json' }])
})

test('the schema accepts a complete example and rejects mistakes', () => {
  const validate = new Ajv({ strict: false }).compile(configSchema())
  assert.ok(validate({ extends: ['klarsprak:lattlast'], rules: { 'long-sentence': ['warning', { max: 20 }], 'passive-voice': 'off' }, words: ['Kista'], terms: [{ avoid: 'medborgare', prefer: 'invånare' }], ignore: ['utkast/**'], overrides: [{ files: ['a/**'], rules: { spelling: 'off' } }] }))
  assert.equal(validate({ rules: { 'lang-mening': 'off' } }), false)
  assert.equal(validate({ rules: { 'long-sentence': ['warning', { max: 'tio' }] } }), false)
  assert.equal(validate({ word: [] }), false)
})
