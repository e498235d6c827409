import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { SpellingService } from '../src/spelling/spelling-service'
import type { SpellingContext } from '../src/engine/rule'

const rules = resolveRules(undefined).rules
let spelling: SpellingContext | undefined

before(async () => {
  const service = new SpellingService()
  await service.load()
  spelling = service.context([])
})

/** Each finding as rule, the source it covers, the text it names, and its fixes. */
function findings(page: string, ruleIds?: string[]): Array<[string, string, string, string[]]> {
  const active = ruleIds ? rules.filter((r) => ruleIds.includes(r.rule.id)) : rules
  return checkText(page, 'html', { rules: active, spelling }).findings.map((f) => [f.ruleId, page.slice(f.offset, f.endOffset), f.actual, f.expected])
}

test('a finding on a word written with references covers the references, names the word and fixes it in place', () => {
  const page = '<p>Du kan <em>erh&aring;lla</em> st&ouml;d.</p>'
  const result = checkText(page, 'html', { rules: rules.filter((r) => r.rule.id === 'plain-words'), spelling })
  const [f] = result.findings
  assert.equal(page.slice(f.offset, f.endOffset), 'erh&aring;lla')
  assert.equal(f.actual, 'erhålla')
  assert.equal(f.message, 'Skriv hellre ”få” än ”erhålla”.')
  assert.deepEqual(f.expected, ['få'])
  assert.equal(page.slice(0, f.offset) + f.expected[0] + page.slice(f.endOffset), '<p>Du kan <em>få</em> st&ouml;d.</p>')
})

test('spelling reads the words a reader sees: references decoded, a tag inside a word joined', () => {
  const page = '<p>H&auml;r s&ouml;ker du st&ouml;d hos <a href="/">Skatteverket</a>s kontor i Sm&aring;land. Men kommunnen h&auml;rr.</p>'
  assert.deepEqual(findings(page, ['spelling']).map(([, source, actual]) => [source, actual]), [
    ['kommunnen', 'kommunnen'],
    ['h&auml;rr', 'härr'],
  ])
})

test('a fix never deletes markup: a finding across a tag keeps its message and loses its fixes', () => {
  const page = '<p>Vi <b>erhåller</b> stöd.</p><p>Vi <b>erhåll</b>er stöd.</p>'
  const all = checkText(page, 'html', { rules: rules.filter((r) => r.rule.id === 'plain-words'), spelling }).findings
  assert.deepEqual(all.map((f) => [page.slice(f.offset, f.endOffset), f.actual, f.expected]), [
    ['erhåller', 'erhåller', ['får']],
    ['erhåll</b>er', 'erhåller', []],
  ])
  assert.match(all[1].message, /”erhåller”/)
})

test('&nbsp; is a blank to the rules that read the text: a number beside its unit, a grouped number', () => {
  assert.deepEqual(findings('<p>Det kostar 15&nbsp;000 kronor.</p>', ['number-format']), [])
  assert.deepEqual(findings('<p>Det kostar 15000&nbsp;kronor.</p>', ['number-format']), [['number-format', '15000', '15000', ['15\u00a0000']]])
  const [f] = checkText('<p>Vi kan erh&aring;lla&nbsp;st&ouml;d.</p>', 'html', { rules: rules.filter((r) => r.rule.id === 'long-sentence' || r.rule.id === 'plain-words'), spelling }).findings
  assert.equal(f.actual, 'erhålla')
})

test('suppression comments work in HTML as in Markdown', () => {
  const page = [
    '<p>Du kan erhålla stöd.</p>',
    '<!-- klarsprak-disable-next-line plain-words -->',
    '<p>Du kan erhålla stöd.</p>',
    '<!-- klarsprak-disable -->',
    '<ul><li>Du kan erhålla stöd.</li></ul>',
    '<!-- klarsprak-enable -->',
    '<p>Du kan erhålla stöd.</p>',
  ].join('\n')
  const lines = checkText(page, 'html', { rules: rules.filter((r) => r.rule.id === 'plain-words') }).findings.map((f) => page.slice(0, f.offset).split('\n').length)
  assert.deepEqual(lines, [1, 7])
})

test('bad input is checked as far as it parses, never a crash', () => {
  assert.deepEqual(findings('<p>Du kan <strong>erhålla stöd', ['plain-words']).map((f) => f[1]), ['erhålla'])
  assert.deepEqual(findings('<html><head><script>let a = "<p>Du kan erhålla stöd.</p>"</script></head><body></body></html>'), [])
  const noText = checkText('<script src="app.js"></script><div id="app"></div>', 'html', { rules })
  assert.deepEqual(noText.findings, [])
  assert.match(noText.overview.warnings?.join() ?? '', /ingen text utanför skript/)
  assert.deepEqual(checkText('\u0000\u0001\u0002<<<>>>&&&;;;\uFDD0\uFDD1', 'html', { rules }).findings.map((f) => f.ruleId), [])
})

test('the document the rules and the report read has the source length and lines', () => {
  const page = '<p>Rad\r\nett &amp;\nrad&#10;två</p>'
  const { overview } = checkText(page, 'html', { rules })
  assert.equal(overview.text.length, page.length)
  assert.deepEqual(overview.text.split(/\r\n|\n/).length, page.split(/\r\n|\n/).length)
})

test('the web text rules read a page like a Markdown text: a fix to an alt text edits the attribute, an empty heading can be removed whole', () => {
  const page = '<main><h1>Bygglov</h1>\n<h2></h2>\n<p>Läs <a href="/avgifter">här</a>. <img src="hus.jpg" alt="Bild på ett hus"> <img src="x.png"> <img src="linje.png" alt=""></p></main>'
  assert.deepEqual(findings(page, ['heading-structure', 'link-text', 'image-alt']).map(([id, source, actual, fixes]) => [id, source, actual, fixes]), [
    ['heading-structure', '<h2></h2>', '<h2></h2>', ['']],
    ['link-text', 'här', 'här', []],
    ['image-alt', 'Bild på ett hus', 'Bild på ett hus', ['Ett hus']],
    ['image-alt', '<img src="x.png">', '<img src="x.png">', []],
  ])
})
