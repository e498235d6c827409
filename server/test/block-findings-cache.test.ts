import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { ChunkCache } from '../src/engine/chunk-cache'
import { BlockFindingsCache, blockCacheKey } from '../src/engine/block-findings-cache'
import { documentBlocks } from '../src/engine/analyse'
import { defineRule } from '../src/engine/rule'
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

test('blocks with the same text but other links, images or heading level never share cached findings', () => {
  // a rule that reads the model beyond the text: each link's target, each image's alt, the level
  const structure = defineRule({
    id: 'structure-probe',
    category: 'readability',
    defaultSeverity: 'info',
    description: 'Testregel.',
    checkBlock(block, ctx) {
      const facts = [`nivå ${block.level ?? '-'}`, ...(block.links ?? []).map((l) => l.target), ...(block.images ?? []).map((i) => i.alt)]
      ctx.report({ message: facts.join(' | '), actual: '', expected: [], offset: block.start, endOffset: block.start })
    },
  })
  const probe = [{ rule: structure, severity: 'info' as const, explicitSeverity: false, options: {} }]
  const findingsCache = new BlockFindingsCache()
  const messages = (text: string) => checkText(text, 'markdown', { rules: probe, findingsCache }).findings.map((f) => f.message)
  const pairs = [
    ['Läs [här](https://a.se).\n', 'Läs [här](https://b.se).\n'],
    ['## Rubrik\n', '### Rubrik\n'],
    ['Se ![en älg](a.png).\n', 'Se ![en ko](a.png).\n'],
  ]
  for (const [a, b] of pairs) {
    const first = messages(a)
    assert.notDeepEqual(messages(b), first, `${a} and ${b} shared findings`)
    assert.deepEqual(messages(b), checkText(b, 'markdown', { rules: probe }).findings.map((f) => f.message))
  }
  const [x, y] = ['Läs [här](https://a.se).\n', 'Läs [här](https://b.se).\n'].map((t) => documentBlocks(t, 'markdown').blocks[0])
  assert.equal(x.text, y.text)
  assert.notEqual(blockCacheKey('s', x), blockCacheKey('s', y))
})
