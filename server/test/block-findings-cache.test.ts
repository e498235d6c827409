import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/config/rule-settings'
import { AnalysisCache } from '../src/engine/analysis-cache'
import { BlockFindingsCache } from '../src/engine/block-findings-cache'
import { AcceptedWords } from '../src/spelling/accepted-words'
import type { Speller } from '../src/spelling/speller'

const rules = resolveRules(undefined).rules
const speller: Speller = { correct: (w) => !/^x/i.test(w), suggest: () => [] }

test('cached block findings equal fresh ones after edits that move paragraphs', () => {
  const cache = new AnalysisCache()
  const findingsCache = new BlockFindingsCache()
  const spelling = { speller, accepted: new AcceptedWords() }
  const versions = [
    'Du kan erhålla stöd.\n\nVi ska vidta åtgärder för bullret.\n\nXyz är okänt.\n',
    'Ny rad först.\n\nDu kan erhålla stöd.\n\nVi ska vidta åtgärder för bullret.\n\nXyz är okänt.\n',
    'Ny rad först.\n\nDu kan erhålla stöd, t.ex. pengar.\n\nVi ska vidta åtgärder för bullret.\n\nXyz är okänt.\n',
  ]
  for (const text of versions) {
    const cached = checkText(text, 'markdown', { rules, cache, findingsCache, spelling }).findings
    const fresh = checkText(text, 'markdown', { rules, spelling }).findings
    assert.deepEqual(cached, fresh)
  }
})

test('a different word list is a different cache entry', () => {
  const findingsCache = new BlockFindingsCache()
  const text = 'Vi träffade Xander i dag.\n'
  const plain = checkText(text, 'markdown', { rules, findingsCache, spelling: { speller, accepted: new AcceptedWords() } }).findings
  const withWord = checkText(text, 'markdown', { rules, findingsCache, spelling: { speller, accepted: new AcceptedWords(['Xander']) } }).findings
  assert.deepEqual(plain.map((f) => f.actual), ['Xander'])
  assert.deepEqual(withWord, [])
})
