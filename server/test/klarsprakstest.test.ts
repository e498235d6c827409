import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkText } from '../src/engine/check'
import { resolveRules, type RuleSetting } from '../src/rules/rule-settings'
import { documentReport, folderReport } from '../src/report/report-data'
import { renderReport } from '../src/report/render-report'
import type { DocumentFormat } from '../src/engine/types'
import type { QuestionId } from '../src/report/klarsprakstest-questions'

const ROOT = join(__dirname, '../..')

/** The report of a text checked with the default rules (spelling needs the dictionary and stays silent). */
function reportOf(text: string, format: DocumentFormat = 'markdown', settings: Record<string, RuleSetting> = {}) {
  const rules = resolveRules(settings).rules
  const checked = checkText(text, format, { rules })
  return documentReport('text.md', checked.overview, checked.findings, checked.metrics, 25, { rules })
}

function answer(text: string, id: QuestionId, format: DocumentFormat = 'markdown', settings: Record<string, RuleSetting> = {}) {
  const a = reportOf(text, format, settings).klarsprakstest.find((q) => q.id === id)
  assert.ok(a, `no answer for ${id}`)
  return a
}

/** Sentences that are plain, active and short, to pad a text without touching the other questions. */
const FILLER = 'Vi ringer dig i augusti. Du kan alltid fråga oss. Vi hjälper dig gärna med det.'
const filler = (n: number) => Array.from({ length: n }, () => FILLER).join(' ')

test('every question names its ISOF source, and the reader question asks the reviewer', () => {
  const r = reportOf(`# Du får bygglov\n\nVi har beviljat ditt bygglov. ${FILLER}\n`)
  assert.deepEqual(r.klarsprakstest.map((a) => a.id), ['lasaren', 'viktigast-forst', 'rubriker', 'meningar', 'ord', 'termer', 'tilltal'])
  for (const a of r.klarsprakstest) {
    assert.ok(a.sources.length > 0 && a.sources.every((s) => s.url.startsWith('https://')), a.id)
    assert.ok(a.reason.length > 20, a.id)
  }
  const reader = r.klarsprakstest[0]
  assert.equal(reader.verdict, null)
  assert.match(reader.ask ?? '', /Vem ska läsa texten/)
})

test('the most important first: the decision in the first sentences, a quarter in, at the end, or nowhere', () => {
  assert.equal(answer(`# Bygglov\n\nVi har beviljat ditt bygglov för garaget. ${filler(4)}\n`, 'viktigast-forst').verdict, 'bra')
  const middle = answer(`# Bygglov\n\n${filler(2)}\n\nVi har beviljat ditt bygglov för garaget. ${filler(4)}\n`, 'viktigast-forst')
  assert.equal(middle.verdict, 'kan förbättras')
  assert.match(middle.evidence[0].text, /mening 7 av 19/)
  assert.equal(middle.evidence[0].at?.line, 5)
  assert.equal(answer(`# Bygglov\n\n${filler(4)}\n\nVi har beviljat ditt bygglov för garaget.\n`, 'viktigast-forst').verdict, 'behöver arbete')
  const none = answer(`# Bygglov\n\n${filler(3)}\n`, 'viktigast-forst')
  assert.equal(none.verdict, null)
  assert.match(none.ask ?? '', /viktigaste budskap/)
  assert.equal(answer(`# Beslut\n\nNämnden beslutade om riktlinjer år 2019. ${filler(3)}\n`, 'viktigast-forst').verdict, null, 'a past decision in the background is not the message')
})

test('headings: informative ones, none in a short text, none or generic ones in a long text, and plain text', () => {
  assert.equal(answer(`# Du får bygglov för garaget\n\n${filler(3)}\n\n## Så överklagar du beslutet\n\n${filler(3)}\n`, 'rubriker').verdict, 'bra')
  assert.equal(answer(`${filler(3)}\n`, 'rubriker').verdict, 'kan förbättras')
  assert.equal(answer(`${filler(10)}\n`, 'rubriker').verdict, 'behöver arbete')
  const generic = answer(`# Bakgrund\n\n${filler(3)}\n\n## Information\n\n${filler(3)}\n\n## Du får bygglov för garaget\n\n${FILLER}\n`, 'rubriker')
  assert.equal(generic.verdict, 'behöver arbete')
  assert.match(generic.evidence.map((e) => e.text).join(' '), /Intetsägande: ”Bakgrund”, ”Information”/)
  assert.equal(answer(`# Du får bygglov\n\n${filler(3)}\n\n## Avgifter\n\n${filler(3)}\n`, 'rubriker').verdict, 'bra', 'half the headings informative is enough')
  assert.equal(answer(`# Du får bygglov\n\n${filler(3)}\n\n## Avgifter\n\n${filler(3)}\n\n## Överklagande\n\n${FILLER}\n`, 'rubriker').verdict, 'kan förbättras', 'one informative heading of three')
  assert.equal(answer(`Du får bygglov\n\n${filler(3)}\n`, 'rubriker', 'plaintext').verdict, null)
})

const LONG = 'Vi har gått igenom din ansökan om bygglov för ett garage på fastigheten och kommit fram till att garaget följer detaljplanen för området och passar in i omgivningen.'
const MIDDLE = 'Vi har gått igenom din ansökan om bygglov för ett nytt garage på fastigheten i det nya området.'

test('sentences: short, middling, long on average or often too long, and too little text', () => {
  assert.equal(answer(`# Bygglov\n\n${filler(3)}\n`, 'meningar').verdict, 'bra')
  assert.equal(answer(`# Bygglov\n\n${Array(4).fill(MIDDLE).join(' ')}\n`, 'meningar').verdict, 'kan förbättras')
  const long = answer(`# Bygglov\n\n${LONG} ${filler(1)}\n`, 'meningar')
  assert.equal(long.verdict, 'behöver arbete', 'one sentence in four over the limit')
  assert.match(long.evidence.map((e) => e.text).join(' '), /Meningar längre än 25 ord: 1 av 4 \(25 %\)/)
  assert.equal(answer(`# Bygglov\n\n${LONG} ${filler(2)}\n`, 'meningar').verdict, 'kan förbättras', 'one sentence in seven over the limit')
  assert.equal(answer(`# Bygglov\n\n${LONG} ${filler(6)}\n`, 'meningar').verdict, 'bra', 'one long sentence among many short')
  assert.equal(answer('Du får bygglov.\n', 'meningar').verdict, null)
})

test('words: plain and active, some bureaucratic words, many or passives everywhere, and too few words', () => {
  assert.equal(answer(`# Bygglov\n\n${filler(4)}\n`, 'ord').verdict, 'bra')
  assert.equal(answer(`# Bygglov\n\nDu kan erhålla stöd. ${filler(5)}\n`, 'ord').verdict, 'kan förbättras')
  const bad = answer(`# Bygglov\n\nDu kan erhålla stöd. Vi tillhandahåller blanketter. Du äger rätt att överklaga. ${filler(3)}\n`, 'ord')
  assert.equal(bad.verdict, 'behöver arbete')
  assert.match(bad.evidence[0].text, /”erhålla”/)
  const passive = answer(`# Bygglov\n\nAnsökan granskas av nämnden. Blanketten skickas in. Avgiften betalas i förskott. Beslutet skickas ut i maj. ${filler(3)}\n`, 'ord')
  assert.equal(passive.verdict, 'behöver arbete')
  assert.match(passive.evidence[1].text, /4 meningar av 13 \(31 %\)/)
  assert.equal(answer('Du får bygglov. Vi ringer dig.\n', 'ord').verdict, null)
})

test('terms and acronyms: explained, one unexplained, three unexplained, and the rules switched off', () => {
  assert.equal(answer(`# Beslut\n\nDu får bygglov, det vill säga lov att bygga. ${filler(2)}\n`, 'termer').verdict, 'bra')
  const one = answer(`# Beslut\n\nDu får bygglov. ${filler(2)}\n`, 'termer')
  assert.equal(one.verdict, 'kan förbättras')
  assert.match(one.evidence[0].text, /1: ”bygglov”/)
  assert.equal(answer(`# Beslut\n\nBeslutet har vunnit laga kraft efter delgivning. Du har rätt till stöd enligt LSS. ${filler(2)}\n`, 'termer').verdict, 'behöver arbete')
  assert.equal(answer(`# Beslut\n\nDu har rätt till stöd enligt LSS. ${filler(2)}\n`, 'termer', 'markdown', { jargon: 'off', acronym: 'off' }).verdict, null)
})

test('addressing the reader: du throughout, neither du nor the reader named, the reader named in the third person', () => {
  assert.equal(answer(`# Bygglov\n\n${filler(3)}\n`, 'tilltal').verdict, 'bra')
  assert.equal(answer('# Bygglov\n\nNämnden sammanträder i maj. Kommunen bygger en ny skola. Skolan har plats för 300 elever.\n', 'tilltal').verdict, 'kan förbättras')
  const third = answer('# Bygglov\n\nSökanden ska betala avgiften. Sökanden får ett beslut i maj. Nämnden sammanträder i maj.\n', 'tilltal')
  assert.equal(third.verdict, 'behöver arbete')
  assert.match(third.evidence.map((e) => e.text).join(' '), /tredje person: 2 gånger \(sökanden\)/)
  assert.match(third.ask ?? '', /du eller ni/)
  assert.equal(answer(`# Bygglov\n\nDu får bygglov. Ni kan ringa oss. ${filler(1)}\n`, 'tilltal').verdict, 'kan förbättras', 'du and ni mixed')
})

test('the three example letters: the good one gets no "behöver arbete", the poor one gets it on most questions', () => {
  const verdicts = (name: string) => {
    const text = readFileSync(join(ROOT, 'test-fixtures/klarsprakstest', name), 'utf8')
    return Object.fromEntries(reportOf(text).klarsprakstest.map((a) => [a.id, a.verdict]))
  }
  const good = verdicts('bra.md')
  assert.deepEqual(good, { lasaren: null, 'viktigast-forst': 'bra', rubriker: 'bra', meningar: 'bra', ord: 'bra', termer: 'bra', tilltal: 'bra' })
  const poor = verdicts('dalig.md')
  assert.ok(Object.values(poor).filter((v) => v === 'behöver arbete').length >= 4, JSON.stringify(poor))
})

test('the section in HTML, Markdown and JSON, and a folder counts the verdicts per question', () => {
  const r = reportOf(`# Du får bygglov\n\nVi har beviljat ditt bygglov. ${FILLER}\n`)
  const html = renderReport(r, 'html')
  assert.match(html, /<h2 id="test">Klarspråkstest<\/h2>/)
  assert.match(html, /<h3>Kommer det viktigaste först\? <span class="verdict verdict-good">bra<\/span><\/h3>/)
  assert.doesNotMatch(html, /href="https?:/, 'sources are shown as text: the exported page links nowhere')
  assert.match(renderReport(r, 'md'), /### Är texten skriven för sin läsare\? – bedöm själv/)
  assert.equal(JSON.parse(renderReport(r, 'json')).klarsprakstest.length, 7)
  const folder = folderReport('mapp', [r, reportOf('# Bakgrund\n\nSökanden ska betala. Sökanden får beslut.\n')])
  const address = folder.klarsprakstest.find((q) => q.id === 'tilltal')
  assert.deepEqual(address?.verdicts, { bra: 1, 'kan förbättras': 0, 'behöver arbete': 1, 'bedöm själv': 0 })
  assert.match(renderReport(folder, 'html'), /<h2 id="test">Klarspråkstest<\/h2><table>/)
})
