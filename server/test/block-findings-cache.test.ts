import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { ChunkCache } from '../src/engine/chunk-cache'
import { BlockFindingsCache } from '../src/engine/block-findings-cache'
import { AcceptedWords } from '../src/spelling/accepted-words'
import type { Speller } from '../src/spelling/speller'

const rules = resolveRules(undefined).rules
const speller: Speller = { correct: (w) => !/^x/i.test(w), suggest: () => [] }

test('cached block findings and figures equal fresh ones after edits that move paragraphs', () => {
  const cache = new ChunkCache()
  const findingsCache = new BlockFindingsCache()
  const spelling = { speller, accepted: new AcceptedWords() }
  const versions = [
    'Du kan erhålla stöd.\n\nVi ska vidta åtgärder för bullret.\n\nXyz är okänt.\n',
    'Ny rad först.\n\nDu kan erhålla stöd.\n\nVi ska vidta åtgärder för bullret.\n\nXyz är okänt.\n',
    'Ny rad först.\n\nDu kan erhålla stöd, t.ex. pengar.\n\nVi ska vidta åtgärder för bullret.\n\nXyz är okänt.\n',
    'Ny rad först.\n\nDu kan erhålla stöd, t.ex. pengar.\n\nNi ska vidta åtgärder för bullret.\n\nXyz är okänt. Du får svar.\n',
    'Du kan erhålla stöd, t.ex. pengar.\n\nNi ska vidta åtgärder för bullret.\n\nXyz är okänt. Du får svar.\n',
  ]
  for (const text of versions) {
    const cached = checkText(text, 'markdown', { rules, cache, findingsCache, spelling })
    const fresh = checkText(text, 'markdown', { rules, spelling })
    assert.deepEqual(cached.findings, fresh.findings)
    assert.deepEqual(cached.overview, fresh.overview)
    assert.deepEqual(cached.metrics, fresh.metrics)
  }
  // the whole-document rule saw the cached blocks: "Ni" is the minority form in the last version
  assert.ok(checkText(versions.at(-1)!, 'markdown', { rules, cache, findingsCache, spelling }).findings.some((f) => f.ruleId === 'du-ni-mix' && f.actual === 'Ni'))
})

test('different rule settings are different cache entries', () => {
  const findingsCache = new BlockFindingsCache()
  const text = 'Detta är en mening med ganska många ord i sig som gör att den blir lång för läsaren att ta in.\n'
  const strict = resolveRules({ 'long-sentence': ['warning', { max: 10 }] }).rules
  const loose = resolveRules({ 'long-sentence': ['warning', { max: 40 }] }).rules
  const long = (r: typeof rules) => checkText(text, 'markdown', { rules: r, findingsCache }).findings.filter((f) => f.ruleId === 'long-sentence').length
  assert.equal(long(strict), 1)
  assert.equal(long(loose), 0)
  // equal settings in a new array share the entries
  assert.equal(long(resolveRules({ 'long-sentence': ['warning', { max: 10 }] }).rules), 1)
})

test('a different word list is a different cache entry', () => {
  const findingsCache = new BlockFindingsCache()
  const text = 'Vi träffade Xander i dag.\n'
  const plain = checkText(text, 'markdown', { rules, findingsCache, spelling: { speller, accepted: new AcceptedWords() } }).findings
  const withWord = checkText(text, 'markdown', { rules, findingsCache, spelling: { speller, accepted: new AcceptedWords(['Xander']) } }).findings
  assert.deepEqual(plain.map((f) => f.actual), ['Xander'])
  assert.deepEqual(withWord, [])
})
