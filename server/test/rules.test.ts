import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkFixtureFile } from './helpers/annotated'
import { RULES } from '../src/rules'
import { SpellingService } from '../src/spelling/spelling-service'
import type { SpellingContext } from '../src/spelling/speller'

const FIXTURES = join(__dirname, '../../test-fixtures/rules')
let spelling: SpellingContext | undefined

before(async () => {
  const service = new SpellingService()
  await service.load()
  // the en-spelling fixtures need the English word lists, which a check loads on demand
  await service.loadEnglish()
  spelling = service.context([])
})

/** Each rule has fixtures named after it: `<rule-id>.md`, `<rule-id>.txt`, `<rule-id>.<case>.md`. */
for (const file of readdirSync(FIXTURES).sort()) {
  const ruleId = file.split('.')[0]
  test(`fixture ${file}`, () => {
    assert.ok(RULES.some((r) => r.id === ruleId), `no rule named ${ruleId}`)
    const { problems } = checkFixtureFile(join(FIXTURES, file), [ruleId], {}, spelling)
    assert.deepEqual(problems, [])
  })
}

/** Rules that only act on a team's configuration are tested with one (terms.test.ts). */
const CONFIGURED_ONLY = new Set(['terms'])

test('every rule has at least one fixture', () => {
  const files = readdirSync(FIXTURES)
  for (const rule of RULES) {
    if (CONFIGURED_ONLY.has(rule.id)) continue
    assert.ok(files.some((f) => f.split('.')[0] === rule.id), `${rule.id} has no fixture`)
  }
})
