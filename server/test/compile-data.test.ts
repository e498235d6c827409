import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compilePhraseList } from '../../scripts/compile-data.mjs'

const ENTRY = `- id: s-k
  prefer: [så kallad]
  agreement: AGREEMENT
  forms:
  - s.k. -> FIXES
  note: En anteckning.
  source: En källa.
  url: https://exempel.se/
  examples: {bad: [Det är en s.k. remiss.], good: [Det är en så kallad remiss.]}
`

function compile(agreement: string, fixes: string): unknown {
  const file = join(mkdtempSync(join(tmpdir(), 'klarsprak-data-')), 'list.yaml')
  writeFileSync(file, ENTRY.replace('AGREEMENT', agreement).replace('FIXES', fixes))
  return compilePhraseList(file)
}

test('an agreeing entry names one phrase per fix, and every form has a fix for each', () => {
  const [entry] = compile('[plural, en, ett]', 'så kallade | så kallad | så kallat') as Array<{ agreement: string[] }>
  assert.deepEqual(entry.agreement, ['plural', 'en', 'ett'])
  assert.throws(() => compile('[plural, en, ett]', 'så kallade | så kallad'), /en ersättning för var och en av plural, en, ett/)
  assert.throws(() => compile('[plural, neutrum]', 'så kallade | så kallat'), /agreement ska vara en lista/)
  assert.throws(() => compile('[en, en]', 'så kallad | så kallad'), /agreement ska vara en lista/)
})
