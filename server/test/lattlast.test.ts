import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRESET_RULES, LATTLAST, LATTLAST_RAISED } from '../src/rules/presets'
import { resolveRules } from '../src/rules/rule-settings'
import { RULES } from '../src/rules'
import { frontMatterPreset } from '../src/config/document-preset'
import { parseConfig } from '../src/config/parse-config'
import { DocumentConfigs } from '../src/config/document-config'
import { resolveConfig } from '../src/config/resolve-config'
import { checkDocument } from '../src/files/check-document'
import { SpellingService } from '../src/spelling/spelling-service'
import { checkedFileReport } from '../src/report/report-data'
import { renderReport } from '../src/report/render-report'

const ROOT = join(__dirname, '../..')
const FIXTURE = join(ROOT, 'test-fixtures/lattlast/sortera-soporna.md')
const noSpelling = new SpellingService(undefined)

let root = ''
before(() => {
  root = mkdtempSync(join(tmpdir(), 'klarsprak-ll-'))
  mkdirSync(join(root, '.git'))
  mkdirSync(join(root, 'sidor/lattlast'), { recursive: true })
})
after(() => rmSync(root, { recursive: true, force: true }))
const write = (name: string, text: string) => {
  writeFileSync(join(root, name), text)
  return join(root, name)
}
const severityOf = (configs: DocumentConfigs, path: string | undefined, id: string, frontMatter?: string) => configs.forDocument(path, root, frontMatter).rules.find((r) => r.rule.id === id)

test('the lättläst preset raises the rules lättläst text must pass and lowers the limits', () => {
  const preset = PRESET_RULES[LATTLAST]
  for (const id of ['passive-voice', 'abbreviation', 'nominalization', 'jargon', 'acronym', 'number-format']) {
    assert.equal(preset[id], 'warning', id)
    const rule = RULES.find((r) => r.id === id)
    assert.ok(rule && rule.defaultSeverity !== 'warning' && rule.defaultSeverity !== 'error', `${id} is raised from ${rule?.defaultSeverity}`)
  }
  assert.deepEqual(preset['long-sentence'], ['warning', { max: 15 }])
  assert.deepEqual(preset['long-word'], ['warning', { maxLetters: 14 }])
  assert.deepEqual(preset.readability, ['warning', { target: 30, minWords: 50 }])
  assert.deepEqual(resolveRules(preset).problems, [])
  for (const id of LATTLAST_RAISED) assert.equal((Array.isArray(preset[id]) ? (preset[id] as unknown[])[0] : preset[id]), 'warning', id)
})

test('front matter chooses a preset in Markdown only, by short or full name', () => {
  assert.equal(frontMatterPreset('---\ntitle: x\nklarsprak: lattlast\n---\n\nText.', 'markdown'), LATTLAST)
  assert.equal(frontMatterPreset('---\nklarsprak: "klarsprak:lattlast"\n---\nText.', 'markdown'), LATTLAST)
  assert.equal(frontMatterPreset('---\nklarsprak: okand\n---\nText.', 'markdown'), undefined)
  assert.equal(frontMatterPreset('Text.\n\nklarsprak: lattlast', 'markdown'), undefined)
  assert.equal(frontMatterPreset('---\nklarsprak: lattlast\n---\nText.', 'plaintext'), undefined)
})

test('a document checked with front matter gets the preset, in the same check the editor and CLI share', async () => {
  const configs = new DocumentConfigs()
  const text = '---\nklarsprak: lattlast\n---\n\nPåsen läggs i tunnan. Skriv t.ex. ditt namn.\n'
  const path = join(root, 'sidor/sida.md')
  const withProfile = await checkDocument({ text, format: 'markdown', path, stopAt: root }, { configs, spelling: noSpelling })
  const without = await checkDocument({ text: text.replace('klarsprak: lattlast', 'title: x'), format: 'markdown', path, stopAt: root }, { configs, spelling: noSpelling })
  assert.ok(withProfile.checked && without.checked)
  const sev = (c: typeof withProfile, id: string) => (c.checked ? c.result.findings.filter((f) => f.ruleId === id).map((f) => f.severity) : [])
  assert.deepEqual(sev(withProfile, 'passive-voice'), ['warning'])
  assert.deepEqual(sev(without, 'passive-voice'), ['info'])
  assert.deepEqual(sev(withProfile, 'abbreviation'), ['warning'])
  assert.deepEqual(withProfile.config.effective.profile, { name: LATTLAST, chosenBy: 'dokumentets front matter' })
  assert.equal(without.config.effective.profile, undefined)
})

test('an override glob chooses the preset; the team file’s own settings rank above it, the override’s rules above all', () => {
  const config = write(
    '.klarsprak.json',
    JSON.stringify({
      extends: 'klarsprak:strikt',
      rules: { 'passive-voice': 'info', 'long-sentence': ['warning', { max: 18 }] },
      overrides: [{ files: ['**/lattlast/**'], extends: 'klarsprak:lattlast', rules: { acronym: 'error' } }],
    }),
  )
  assert.deepEqual(parseConfig(readFileSync(config, 'utf8'), config).problems, [])
  const configs = new DocumentConfigs()
  const easy = join(root, 'sidor/lattlast/sida.md')
  const plain = join(root, 'sidor/sida.md')
  // the preset where the team said nothing (strikt's abbreviation: warning either way; jargon info → warning)
  assert.equal(severityOf(configs, easy, 'jargon')?.severity, 'warning')
  assert.equal(severityOf(configs, plain, 'jargon')?.severity, 'info')
  assert.equal(configs.forDocument(easy, root).effective.rules.jargon.source, `${LATTLAST} (${config} (overrides[0]))`)
  assert.equal(severityOf(configs, easy, 'number-format')?.severity, 'warning')
  // the preset beats an extended preset: strikt's long-word info → lattlast's warning with 14 letters
  assert.deepEqual([severityOf(configs, easy, 'long-word')?.severity, severityOf(configs, easy, 'long-word')?.options.maxLetters], ['warning', 14])
  // the team's explicit settings stay
  assert.equal(severityOf(configs, easy, 'passive-voice')?.severity, 'info')
  assert.equal(severityOf(configs, easy, 'long-sentence')?.options.max, 18)
  // the override's own rules come last
  assert.equal(severityOf(configs, easy, 'acronym')?.severity, 'error')
  assert.deepEqual(configs.forDocument(easy, root).effective.profile?.name, LATTLAST)
  assert.equal(configs.forDocument(plain, root).effective.profile?.name, 'klarsprak:strikt')
  // front matter too stays below the team's settings
  assert.equal(severityOf(configs, plain, 'passive-voice', LATTLAST)?.severity, 'info')
  assert.equal(severityOf(configs, plain, 'jargon', LATTLAST)?.severity, 'warning')
  rmSync(config)
})

test('an override can only extend a preset', () => {
  const text = '{ "overrides": [{ "files": ["a/**"], "extends": ["./annan.json"] }] }'
  const { layer, problems } = parseConfig(text, '/x/.klarsprak.json')
  assert.deepEqual(layer.overrides[0].extends, [])
  assert.match(problems[0].message, /bara bygga vidare på en förinställning/)
  assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), '"./annan.json"')
})

test('the report says whether a lättläst document meets the profile and what breaks it', async () => {
  const configs = new DocumentConfigs()
  const report = async (text: string) => {
    const path = join(root, 'sidor/rapport.md')
    const c = await checkDocument({ text, format: 'markdown', path, stopAt: root }, { configs, spelling: noSpelling })
    assert.ok(c.checked)
    return checkedFileReport({ path, result: c.result, config: c.config })
  }
  const fixture = await report(readFileSync(FIXTURE, 'utf8'))
  assert.equal(fixture.profile?.meets, false)
  assert.equal(fixture.profile?.longSentences.count, 2)
  assert.deepEqual(fixture.profile?.raised, [
    { ruleId: 'passive-voice', count: 3 },
    { ruleId: 'abbreviation', count: 1 },
    { ruleId: 'acronym', count: 1 },
    { ruleId: 'long-word', count: 2 },
  ])
  assert.equal(fixture.profile?.lix.over, false)
  assert.ok(fixture.profile?.breaks.includes('2 meningar är längre än 15 ord.'))
  assert.match(renderReport(fixture, 'md'), /Texten uppfyller inte lättlästprofilen/)
  assert.match(renderReport(fixture, 'html'), /<h2 id="profile">Lättläst<\/h2>/)
  const good = await report('---\nklarsprak: lattlast\n---\n\n# Sopor\n\nDu sorterar dina sopor hemma. Vi hämtar dem varannan vecka.\n')
  assert.equal(good.profile?.meets, true)
  assert.deepEqual(good.profile?.breaks, [])
  assert.equal(good.profile?.lix.judged, false)
  const notLattlast = await report('# Sopor\n\nPåsen läggs i tunnan.\n')
  assert.equal(notLattlast.profile, undefined)
})

test('a team that sets only a severity keeps the preset\'s limits; a later layer with only a severity keeps earlier options', () => {
  const layer = (rules: Record<string, unknown>, source: string) => ({ source, dir: '/x', extends: [], rules, words: [], terms: [], acronyms: [], ignore: [], overrides: [] })
  const fromFrontMatter = resolveConfig('/x/sida.md', [layer({ 'long-sentence': 'warning' }, '/x/.klarsprak.json')], {}, [], LATTLAST)
  assert.deepEqual(fromFrontMatter.rules['long-sentence'].value, ['warning', { max: 15 }])
  assert.equal(fromFrontMatter.rules['long-sentence'].source, '/x/.klarsprak.json')
  const layered = resolveConfig(undefined, [layer({ 'long-word': ['hint', { maxLetters: 18 }] }, 'a'), layer({ 'long-word': 'info' }, 'b')])
  assert.deepEqual(layered.rules['long-word'].value, ['info', { maxLetters: 18 }])
  // off, or options of its own, replace the earlier setting
  assert.equal(resolveConfig(undefined, [layer({ 'long-word': ['hint', { maxLetters: 18 }] }, 'a'), layer({ 'long-word': 'off' }, 'b')]).rules['long-word'].value, 'off')
})
