import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SpellingService } from '../src/spelling/spelling-service'
import type { CachedSpeller } from '../src/spelling/speller'

const VERDICTS = join(__dirname, '../../test-fixtures/spelling/debian-hunspell-sv.tsv')
let speller: CachedSpeller

before(async () => {
  const loaded = await new SpellingService().load()
  assert.ok(loaded, 'the dictionary loads')
  speller = loaded
})

test('canary: known misspellings are flagged and long compounds accepted', () => {
  for (const wrong of ['komunikation', 'kompetensförsörjnig', 'överklagdes', 'xqzzv', 'namnder', 'stockholm', 'beslutaa']) {
    assert.equal(speller.correct(wrong), false, `should be wrong: ${wrong}`)
  }
  for (const right of ['kommunikationsprogrammet', 'stadsledningskontorets', 'digitaliseringsstrategin', 'kompetensförsörjning', 'överklagades', 'öppnar', 'skapar', 'data', 'Stockholm', 'nämnder', 'EU-bidrag', 'Miljö-']) {
    assert.equal(speller.correct(right), true, `should be right: ${right}`)
  }
})

test('agrees with Debian’s Hunspell (sv_SE) on recorded verdicts for corpus words and typos', () => {
  const rows = readFileSync(VERDICTS, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  const disagreements: string[] = []
  for (const row of rows) {
    const [word, verdict] = row.split('\t')
    if (speller.correct(word) !== (verdict === 'right')) disagreements.push(`${word}: Debian says ${verdict}`)
  }
  const agreement = 1 - disagreements.length / rows.length
  assert.ok(rows.length > 2000, 'the verdict list is complete')
  assert.ok(agreement >= 0.995, `agreement ${(agreement * 100).toFixed(2)} %: ${disagreements.slice(0, 20).join(', ')}`)
})

test('suggestions: at most five, compounds included, the likeliest first', () => {
  assert.deepEqual(speller.suggest('komunikation')[0], 'kommunikation')
  assert.ok(speller.suggest('kompetensförsörjnig').includes('kompetensförsörjning'))
  assert.ok(speller.suggest('stadsledningskontorest').includes('stadsledningskontorets'))
  for (const w of ['komunikation', 'xqzzv', 'kompetensförsörjnig']) assert.ok(speller.suggest(w).length <= 5)
})
