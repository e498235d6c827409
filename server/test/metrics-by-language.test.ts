import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { analyse } from '../src/engine/analyse'
import { summarize } from '../src/engine/summary'
import { computeMetrics } from '../src/engine/metrics'
import { checkText } from '../src/engine/check'
import { blockLanguage } from '../src/engine/language'
import { resolveRules } from '../src/rules/rule-settings'
import { BlockFindingsCache } from '../src/engine/block-findings-cache'
import { SpellingService } from '../src/spelling/spelling-service'
import type { SpellingContext } from '../src/spelling/speller'
import { documentReport } from '../src/report/report-data'
import { renderMarkdown } from '../src/report/render-markdown'
import { renderHtml } from '../src/report/render-html'
import type { DocumentFormat, Metrics } from '../src/engine/types'

const rules = resolveRules(undefined).rules
let env: SpellingContext

before(async () => {
  const service = new SpellingService()
  await service.load()
  env = service.context([])!
})

const SV_INTRO = 'Du behöver bygglov när du bygger ett nytt hus eller gör en stor tillbyggnad. Ansök hos stadsbyggnadsnämnden i god tid innan du börjar bygga.'
const SV_MORE = 'Handläggningen tar normalt tio veckor från det att ansökan är komplett. Vi skickar beslutet till dig med post eller via e-tjänsten.'
const SV_CONTACT = 'Ring kontaktcenter om du har frågor om din ansökan eller om avgiften för bygglovet.'
const EN_ONE = 'You need a building permit when you build a new house or make a large extension. Apply to the city planning committee well before you start building.'
const EN_TWO = 'Processing normally takes ten weeks from the day your application is complete. We send the decision to you by post or through the e-service.'

/** The same document in both formats: Swedish, then a section in English, then Swedish again. */
function documents(format: DocumentFormat): { mixed: string; swedish: string; english: string } {
  if (format === 'markdown') {
    const sv1 = `# Bygglov\n\n${SV_INTRO}\n\n${SV_MORE}\n\n`
    const en = `## In English\n\n${EN_ONE}\n\n${EN_TWO}\n\n`
    const sv2 = `## Kontakt\n\n${SV_CONTACT}\n`
    return { mixed: sv1 + en + sv2, swedish: sv1 + sv2, english: en }
  }
  // plain text: a heading is a short line straight above its paragraph
  const sv1 = `Bygglov\n${SV_INTRO}\n\n${SV_MORE}\n\n`
  const en = `In English\n${EN_ONE}\n\n${EN_TWO}\n\n`
  const sv2 = `Kontakt\n${SV_CONTACT}\n`
  return { mixed: sv1 + en + sv2, swedish: sv1 + sv2, english: en }
}

const withoutLanguages = ({ languages: _, ...figures }: Metrics) => figures

for (const format of ['markdown', 'plaintext'] as const) {
  test(`${format}: a mixed document's metrics equal those of its Swedish text alone; its English words are counted apart`, () => {
    const { mixed, swedish, english } = documents(format)
    const m = checkText(mixed, format, { rules: [] }).metrics
    const s = checkText(swedish, format, { rules: [] }).metrics
    const e = computeMetrics(summarize(analyse(english, format)))
    assert.deepEqual(withoutLanguages(m), withoutLanguages(s))
    // the analyse-only path (tools, tests) gives the same figures as the check
    assert.deepEqual(computeMetrics(summarize(analyse(mixed, format))), m)
    assert.deepEqual(s.languages, { sv: s.words })
    assert.deepEqual(e.languages, { en: 28 + 23 + 2 })
    assert.deepEqual(m.languages, { sv: s.words, en: e.languages.en })
    assert.equal(e.words, 0, 'an English text has no Swedish words to measure')
    console.log(`${format}: mixed ${JSON.stringify(m)}\n${format}: Swedish only ${JSON.stringify(s)}`)
  })
}

test('before: the English section would have changed every figure (counted as Swedish, the mixed text differs)', () => {
  const { mixed, swedish } = documents('markdown')
  // declaring every block Swedish counts everything, as the metrics did before
  const all = computeMetrics(summarize(analyse(mixed.replace(/^/, '<!-- klarsprak-language: sv -->\n\n'), 'markdown')))
  const s = checkText(swedish, 'markdown', { rules: [] }).metrics
  assert.notEqual(all.words, s.words)
  assert.notEqual(all.lix, s.lix)
  console.log(`markdown, English counted as Swedish: ${JSON.stringify(all)}`)
})

test('the report shows each language’s share and measures the Swedish text only', () => {
  const { mixed } = documents('markdown')
  const checked = checkText(mixed, 'markdown', { rules })
  const report = documentReport('bygglov.md', checked.overview, checked.findings, checked.metrics, 25)
  assert.deepEqual(report.languages.map((l) => [l.name, l.words]), [['svenska', checked.metrics.languages.sv], ['engelska', 53]])
  assert.equal(report.sentences.length, checked.metrics.sentences)
  const md = renderMarkdown(report)
  assert.match(md, /\| Språk \(andel av orden\) \| svenska \d+(,\d)? %, engelska \d+(,\d)? % \|/)
  assert.match(md, /gäller bara den svenska texten/)
  assert.match(renderHtml(report), /Mått för den svenska texten[\s\S]*engelska/)
  // an all-Swedish document says nothing of languages
  const plain = checkText(documents('markdown').swedish, 'markdown', { rules })
  const swedishReport = documentReport('sv.md', plain.overview, plain.findings, plain.metrics, 25)
  assert.doesNotMatch(renderMarkdown(swedishReport), /Språk \(andel av orden\)/)
  assert.match(renderHtml(swedishReport), /Mått för hela dokumentet/)
})

test('a short heading takes the language of the section it opens; a long one is detected', () => {
  const text = `# Bygglov\n\n${SV_INTRO}\n\n## In English\n\n### Permits\n\n${EN_ONE}\n\n## Kontakt\n\n## Tom\n\n${SV_CONTACT}\n`
  const blocks = analyse(text, 'markdown').blocks
  const of = (start: string) => blocks.find((b) => text.slice(b.start).startsWith(start))!
  assert.equal(of('# Bygglov').sectionLanguage, 'sv')
  assert.equal(of('## In English').sectionLanguage, 'en', 'a deeper heading does not end the section')
  assert.equal(of('### Permits').sectionLanguage, 'en')
  assert.equal(of('## Kontakt').sectionLanguage, undefined, 'a heading of the same level ends the section')
  assert.equal(of('## Tom').sectionLanguage, 'sv')
  assert.equal(blockLanguage(of('## In English')), 'en')
  // a declared language is kept; a heading long enough to detect is not given its section's
  const declared = `<div lang="en">\n\n## Hej\n\n</div>\n\n${SV_INTRO}\n\n## The building permit process and what it costs you\n\n${SV_MORE}\n`
  const d = analyse(declared, 'markdown').blocks
  assert.deepEqual([d[0].language, d[0].sectionLanguage], ['en', undefined])
  assert.equal(d[2].sectionLanguage, undefined)
  assert.equal(blockLanguage(d[2]), 'en')
})

test('the comment klarsprak-language declares the following blocks’ language until the next one; sv switches back', () => {
  const text = `${SV_INTRO}\n\n<!-- klarsprak-language: en -->\n\n## Hi\n\nShort.\n\n- One\n- Two\n\n<div lang="de">\n\nKurz.\n\n</div>\n\n<!--klarsprak-language:sv-->\n\nKort.\n`
  const blocks = analyse(text, 'markdown').blocks
  assert.deepEqual(blocks.map((b) => [text.slice(b.start, b.end).replace(/^#+ |^- /, ''), b.language]), [
    [SV_INTRO, undefined],
    ['Hi', 'en'],
    ['Short.', 'en'],
    ['One', 'en'],
    ['Two', 'en'],
    ['Kurz.', 'de'],
    ['Kort.', 'sv'],
  ])
  // the comment overrides the front matter's language
  const front = `---\nlang: en\n---\n\nHello.\n\n<!-- klarsprak-language: sv -->\n\nHej.\n`
  assert.deepEqual(analyse(front, 'markdown').blocks.map((b) => b.language ?? b.documentLanguage), ['en', 'sv'])
  // plain text: the same words on a line of their own, which is not prose
  const plain = `Hej.\n\nklarsprak-language: en\nHello there.\n\nBye.\n\nklarsprak-language: sv\n\nHej då.\n`
  const p = analyse(plain, 'plaintext').blocks
  assert.deepEqual(p.map((b) => [plain.slice(b.start, b.end), b.language]), [['Hej.', undefined], ['Hello there.', 'en'], ['Bye.', 'en'], ['Hej då.', 'sv']])
})

test('a short English paragraph under the comment is counted as English and skipped by the Swedish rules', () => {
  const text = `${SV_INTRO}\n\n<!-- klarsprak-language: en -->\n\nOpening hours: weekdays.\n\n<!-- klarsprak-language: sv -->\n\n${SV_MORE}\n`
  const checked = checkText(text, 'markdown', { rules, spelling: env })
  assert.deepEqual(checked.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual), [])
  assert.equal(checked.metrics.languages.en, 3)
})

test('English, In English and Engelska in a heading get no spelling warning; an English section is left to the English rules', () => {
  const spellingOf = (text: string) => checkText(text, 'markdown', { rules, spelling: env }).findings.filter((f) => f.ruleId === 'spelling' || f.ruleId === 'other-language')
  // a Swedish section under the heading English: the word is known
  assert.deepEqual(spellingOf(`## English\n\n${SV_INTRO}\n`), [])
  assert.deepEqual(spellingOf(`## Engelska\n\n${SV_INTRO}\n`), [])
  assert.deepEqual(spellingOf(`## Information in English\n\n${SV_INTRO}\n`), [])
  const english = spellingOf(`# Bygglov\n\n${SV_INTRO}\n\n## In English\n\n${EN_ONE}\n`)
  assert.deepEqual(english, [])
  // a short English heading of an English section: not misspelt Swedish
  assert.deepEqual(spellingOf(`# Bygglov\n\n${SV_INTRO}\n\n## Opening hours\n\n${EN_ONE}\n`), [])
  // the same heading over a Swedish section is Swedish text with unknown words
  assert.deepEqual(spellingOf(`## Opening hours\n\n${SV_INTRO}\n`).map((f) => f.actual), ['Opening', 'hours'])
})

test('the block cache keeps a heading’s findings apart when its section changes language', () => {
  const findingsCache = new BlockFindingsCache()
  const versions = [
    `## Opening hours\n\n${EN_ONE}\n`,
    `## Opening hours\n\n${SV_INTRO}\n`,
    `## Opening hours\n\n${EN_ONE}\n`,
    `## Opening hours\n\n<!-- klarsprak-language: en -->\n\n${SV_INTRO}\n`,
  ]
  for (const format of ['markdown', 'plaintext'] as const) {
    for (const text of versions) {
      const source = format === 'markdown' ? text : text.replace('## ', '').replace('\n\n', '\n')
      const cached = checkText(source, format, { rules, spelling: env, findingsCache })
      const fresh = checkText(source, format, { rules, spelling: env })
      assert.deepEqual(cached.findings, fresh.findings, source)
      assert.deepEqual(cached.overview, fresh.overview, source)
      assert.deepEqual(cached.metrics, fresh.metrics, source)
    }
  }
})

test('detection alone does not take a Swedish paragraph out of the metrics; its function words must bear it out', () => {
  // franc reads these as other languages; they hold no English, German … function words
  for (const text of ['Du kan få stöd enl. 3 kap. § socialtjänstlagen. Ring oss kl. 12.00!', 'A bc def ghij klmno pqrstu vxyzåäö a bc def ghij klmno pqrstu vxyzåäö.']) {
    const m = computeMetrics(summarize(analyse(text, 'plaintext')))
    assert.deepEqual(Object.keys(m.languages), ['sv'], text)
  }
  assert.deepEqual(computeMetrics(summarize(analyse(EN_ONE, 'plaintext'))).languages, { en: 27 })
})

test('an HTML page: a short heading takes its section’s language, and the metrics leave the section out', () => {
  const page = (body: string) => `<!doctype html><html><body><main>${body}</main></body></html>`
  const sv = `<h1>Bygglov</h1><p>${SV_INTRO}</p>`
  const en = `<h2>In English</h2><p>${EN_ONE}</p>`
  const blocks = analyse(page(sv + en), 'html').blocks
  assert.equal(blocks.find((b) => b.kind === 'heading' && b.level === 2)?.sectionLanguage, 'en')
  const mixed = checkText(page(sv + en), 'html', { rules: [] }).metrics
  const alone = checkText(page(sv), 'html', { rules: [] }).metrics
  assert.deepEqual(withoutLanguages(mixed), withoutLanguages(alone))
  assert.deepEqual(mixed.languages, { sv: alone.words, en: 27 + 2 })
})
