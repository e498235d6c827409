import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../src/rules'

const ROOT = join(__dirname, '../..')
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

test('the README’s rules table lists every rule with its category and default severity', () => {
  for (const rule of RULES) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`))
    assert.ok(row, `README has no row for ${rule.id}`)
    assert.ok(row.includes(`| ${rule.category} | ${rule.defaultSeverity} |`), `README row for ${rule.id} has the wrong category or severity`)
  }
})

test('the README documents every setting and command the extension contributes', () => {
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), key)
  for (const { title } of manifest.contributes.commands) assert.ok(readme.includes(`Klarspråk: ${title}`), title)
})
