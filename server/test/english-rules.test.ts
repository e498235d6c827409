import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkText } from '../src/engine/check'
import { analyse } from '../src/engine/analyse'
import { resolveRules } from '../src/rules/rule-settings'
import { SpellingService } from '../src/spelling/spelling-service'
import type { SpellingContext } from '../src/spelling/speller'
import { checkDocument } from '../src/files/check-document'
import { DocumentConfigs } from '../src/config/document-config'
import { englishWords } from '../src/rules/english/english-text'
import { applyFix } from './helpers/apply-fix'
import { TestClient } from './helpers/lsp-client'
import type { DocumentFormat } from '../src/engine/types'

const rules = resolveRules(undefined).rules
const ENGLISH_RULES = ['en-spelling', 'en-simplify', 'en-passive', 'en-inclusive']
const FIXTURES = join(__dirname, '../../test-fixtures/english-sections')
let env: SpellingContext

before(async () => {
  const service = new SpellingService()
  await service.load()
  await service.loadEnglish()
  env = service.context([])!
})

const check = (text: string, format: DocumentFormat = 'markdown') => checkText(text, format, { rules, spelling: env })

for (const file of ['sophamtning.md', 'sophamtning.txt']) {
  test(`${file}: every English rule fires in the English section and no Swedish rule fires anywhere`, () => {
    const text = readFileSync(join(FIXTURES, file), 'utf8')
    const { findings } = check(text, file.endsWith('.md') ? 'markdown' : 'plaintext')
    assert.deepEqual(findings.filter((f) => !f.ruleId.startsWith('en-')).map((f) => `${f.ruleId}: ${f.actual}`), [])
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), [...ENGLISH_RULES].sort())
    // every English finding stands between "In English" and "Kontakt"
    const from = text.indexOf('In English')
    const to = text.indexOf('Kontakt')
    for (const f of findings) assert.ok(f.offset > from && f.endOffset < to, `${f.ruleId} ${f.actual} outside the English section`)
    assert.deepEqual(findings.map((f) => f.actual), ['utilize', 'are given', 'be picked', 'chairman', 'he', 'is invoiced', 'was not emptied', 'workign'])
    // the Swedish paragraph with an English title stays Swedish, and the title is no misspelt Swedish
    const summary = analyse(text, file.endsWith('.md') ? 'markdown' : 'plaintext').blocks.find((b) => b.text.includes('Recycling made easy'))!
    assert.equal(check(summary.text).metrics.languages.en, undefined)
  })
}

test('a short English heading takes its section’s language; a short line in an English section is English too', () => {
  const text = '# Avfall\n\nDu som bor i villa ska sortera matavfallet i bruna påsar och ställa ut kärlet i tid.\n\n## Opening hours\n\nThe recycling centre is open on weekdays and on Saturdays, but it is closed on public holidays.\n\nPress release, 12 March\n'
  const { findings, overview } = check(text)
  assert.deepEqual(findings, [])
  assert.deepEqual(overview.blocks.map((b) => b.language), ['sv', 'sv', 'en', 'en', 'en'])
})

test('English findings sit at the right UTF-16 offsets after å, ä, ö and emoji', () => {
  const text = 'Vi hälsar dig välkommen till oss i Årsta och Västerås. 🌱\n\n🌱 We answer all questions about waste within two workign days, and we utilize the biogas. 🌍 You can reach us by phone on weekdays.\n'
  const { findings } = check(text)
  assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.offset, f.endOffset)]), [['en-spelling', 'workign'], ['en-simplify', 'utilize']])
})

test('en-simplify’s fixes read right once applied, keeping a capital; an entry whose fix depends on the sentence gets none', () => {
  const text = 'In order to apply, fill in the form. We utilize food waste to make biogas for the buses in the city.\n\nParents must notify the municipality of any changes in their income during the year.\n'
  const found = check(text).findings.filter((f) => f.ruleId === 'en-simplify')
  assert.deepEqual(found.map((f) => [f.actual, f.expected]), [['In order to', ['To']], ['utilize', ['use']], ['notify', []]])
  assert.equal(applyFix(text, found[0]).slice(0, 25), 'To apply, fill in the for')
  assert.match(applyFix(text, found[1]), /We use food waste/)
})

test('en-passive finds regular participles too, and leaves adjectives of state and words in -eed alone', () => {
  const run = (s: string) => check(s).findings.filter((f) => f.ruleId === 'en-passive').map((f) => f.actual)
  assert.deepEqual(run('Waste is collected every week, and bags are not provided by the landlord. The form was sent to you.'), ['is collected', 'are not provided', 'was sent'])
  assert.deepEqual(run('If you are interested, the office is located in the city hall. It is closed on Sundays, and we need your form.'), [])
  assert.deepEqual(run('The centre is red and the fee is one hundred kronor. Is. Collected data stays here.'), [])
})

test('en-inclusive: a generic his is flagged, a named person’s she is not, and he or she passes', () => {
  const run = (s: string) => check(s).findings.filter((f) => f.ruleId === 'en-inclusive').map((f) => f.actual)
  assert.deepEqual(run('Every applicant who wants to appeal must send his appeal to the court within three weeks of the decision.'), ['his'])
  assert.deepEqual(run('Anna Lind, chair of the committee, says that she is pleased with the new swimming hall in the city.'), [])
  assert.deepEqual(run('Every applicant must sign the form before he or she sends it to the traffic office in the city.'), [])
  assert.deepEqual(run('Your landlord must repair the lift, and an invalid permit cannot be used in the city centre.'), [])
})

test('en-spelling accepts British and American spelling, possessives, contractions, Swedish names and words', () => {
  const text = 'The organisation and the organization both run a centre, or a center, for the colour blue. It’s the council’s job, and we don’t charge for it.\n\nApply for bostadsbidrag at Försäkringskassan, or visit the library in Kista or Rinkeby with your e-identification.\n'
  assert.deepEqual(check(text).findings.filter((f) => f.ruleId === 'en-spelling').map((f) => f.actual), [])
  // a paragraph parse-english reads: contractions stay one word
  assert.deepEqual(englishWords("We don't know.").map((w) => w.text), ['We', "don't", 'know'])
})

test('an HTML section with lang="en" is checked by the English rules and left alone by the Swedish ones', () => {
  const html = '<html lang="sv"><body><h1>Avfall</h1><p>Du som bor i villa ska sortera matavfallet i bruna påsar.</p><section lang="en"><h2>Waste</h2><p>We utilize food waste to make biogas.</p></section></body></html>'
  const { findings } = check(html, 'html')
  assert.deepEqual(findings.map((f) => [f.ruleId, html.slice(f.offset, f.endOffset)]), [['en-simplify', 'utilize']])
})

test('the English word lists load only when a document needs them, and a run over files waits for them', async () => {
  const spelling = new SpellingService()
  await spelling.load()
  const services = { configs: new DocumentConfigs(), spelling }
  const swedish = await checkDocument({ text: 'Du som bor i villa ska sortera matavfallet i bruna påsar och ställa ut kärlet.\n', format: 'markdown' }, services)
  assert.ok(swedish.checked)
  assert.equal(spelling.englishWanted, true, 'Swedish text does not load English')
  const english = await checkDocument({ text: 'Vi hämtar soporna varannan vecka.\n\nWe collect the waste every second week. Contact us within two workign days.\n', format: 'markdown' }, services)
  assert.ok(english.checked)
  assert.deepEqual(english.result.findings.map((f) => f.ruleId), ['en-spelling'])
  assert.equal(spelling.englishWanted, false)
})

test('a missing English dictionary is said once in the document’s warnings, and the other rules still run', async () => {
  const spelling = new SpellingService(undefined, '/nonexistent/en')
  await spelling.load()
  const checked = await checkDocument({ text: 'We collect the waste every second week, and we utilize it to make biogas.\n', format: 'markdown' }, { configs: new DocumentConfigs(), spelling })
  assert.ok(checked.checked)
  assert.deepEqual(checked.result.findings.map((f) => f.ruleId), ['en-simplify'])
  assert.match(checked.result.overview.warnings?.join(' ') ?? '', /engelska stycken kontrolleras inte/)
})

test('the language server loads the English word lists in the background, then reports English typos with their fixes', async () => {
  const client = new TestClient()
  try {
    await client.initialize({ textDocument: { diagnostic: {} } })
    const uri = 'file:///english/doc.md'
    await client.open(uri, '# Avfall\n\nVi hämtar soporna varannan vecka och du ska sortera matavfallet.\n\nWe collect the waste every second week. Contact us within two workign days, and we will help you.\n')
    const items = await client.pullUntil(uri, (d) => d.some((x) => x.code === 'en-spelling'))
    assert.deepEqual(items.map((d) => d.code), ['en-spelling'])
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: items[0].range, context: { diagnostics: [items[0]] } })) as Array<{ title: string }>
    assert.equal(actions[0].title, 'Ersätt med ”working”')
    assert.ok(actions.some((a) => a.title === 'Lägg till ”workign” i teamets ordlista'))
  } finally {
    await client.close()
  }
})

test('en-spelling finds typos a Swedish writer makes in English, adress for address included', () => {
  const text = 'We recieve your aplication and send a desicion within four weeks. The comittee meets every secund month, and the adress of the ofice is on our websight. Please contct us if you have questons about the proccess or your paymnet.\n'
  assert.deepEqual(check(text).findings.filter((f) => f.ruleId === 'en-spelling').map((f) => f.actual), ['recieve', 'aplication', 'desicion', 'comittee', 'secund', 'adress', 'ofice', 'websight', 'contct', 'questons', 'proccess', 'paymnet'])
})

test('a page declared Swedish as a whole still reads an unmarked English paragraph as English; a declared element does not change', () => {
  const html = '<html lang="sv"><body><h1>Avfall</h1><p>Du som bor i villa ska sortera matavfallet i bruna påsar.</p><p>We collect household waste every second week, and we utilize the food waste to make biogas for the buses.</p><div lang="sv"><p>We collect household waste every second week.</p></div></body></html>'
  const { findings, metrics } = check(html, 'html')
  assert.deepEqual(findings.map((f) => [f.ruleId, html.slice(f.offset, f.endOffset)]), [['en-simplify', 'utilize']])
  // the element that says sv is taken at its word: counted as Swedish, no English rule reads it
  assert.equal(metrics.languages.en, 19)
  const front = '---\nlang: sv\n---\n\nDu som bor i villa ska sortera matavfallet i bruna påsar.\n\nWe collect household waste every second week, and we utilize the food waste to make biogas.\n'
  assert.deepEqual(check(front).findings.map((f) => f.ruleId), ['en-simplify'])
})
