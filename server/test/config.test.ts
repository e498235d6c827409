import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig } from '../src/config/parse-config'
import { ConfigFileCache, loadConfig } from '../src/config/load-config'
import { activeRules, resolveConfig } from '../src/config/resolve-config'
import { DocumentConfigs } from '../src/config/document-config'

let root = ''
before(() => {
  root = mkdtempSync(join(tmpdir(), 'klarsprak-cfg-'))
  mkdirSync(join(root, '.git'))
  mkdirSync(join(root, 'lattlast'), { recursive: true })
  mkdirSync(join(root, 'node_modules/@stad/klarsprak-stil'), { recursive: true })
})
after(() => rmSync(root, { recursive: true, force: true }))

const write = (name: string, text: string) => {
  writeFileSync(join(root, name), text)
  return join(root, name)
}
const problemsOf = (text: string) => parseConfig(text, '/x/.klarsprak.json').problems.map((p) => [p.message, text.slice(p.offset, p.offset + p.length)])

test('every field is read; comments and trailing commas are allowed', () => {
  const { layer, problems } = parseConfig(
    `{
      // kommentar
      "extends": "klarsprak:strikt",
      "rules": { "long-sentence": ["warning", { "max": 20 }], "passive-voice": "off", },
      "words": ["Skärholmen"],
      "terms": [{ "avoid": "medborgare", "prefer": ["invånare"], "severity": "info" }],
      "ignore": ["utkast/**"],
      "overrides": [{ "files": ["lattlast/**"], "rules": { "long-sentence": ["warning", { "max": 12 }] }, "words": ["Kista"] }],
    }`,
    '/x/.klarsprak.json',
  )
  assert.deepEqual(problems, [])
  assert.deepEqual(layer.extends.map((e) => e.name), ['klarsprak:strikt'])
  assert.deepEqual(layer.rules, { 'long-sentence': ['warning', { max: 20 }], 'passive-voice': 'off' })
  assert.deepEqual(layer.words, ['Skärholmen'])
  assert.deepEqual(layer.terms, [{ avoid: ['medborgare'], prefer: ['invånare'], severity: 'info' }])
  assert.deepEqual(layer.ignore, ['utkast/**'])
  assert.deepEqual(layer.overrides, [{ files: ['lattlast/**'], rules: { 'long-sentence': ['warning', { max: 12 }] }, words: ['Kista'], terms: [], acronyms: [], extends: [] }])
})

test('mistakes point at the offending text, in Swedish', () => {
  assert.deepEqual(problemsOf('{"rules": {"lang-mening": "off"}}'), [['Okänd regel ”lang-mening”.', '"lang-mening"']])
  assert.deepEqual(problemsOf('{"rules": {"long-sentence": ["warning", {"max": "tio"}]}}'), [['Regeln ”long-sentence”: ”max” ska vara av typen number.', '["warning", {"max": "tio"}]']])
  assert.deepEqual(problemsOf('{"rules": {"long-sentence": "loud"}}'), [['Regeln ”long-sentence”: okänd allvarlighetsgrad "loud".', '"loud"']])
  assert.deepEqual(problemsOf('{"word": []}')[0][1], '"word"')
  assert.deepEqual(problemsOf('{"words": "Kista"}'), [['”words” ska vara en lista.', '"Kista"']])
  assert.deepEqual(problemsOf('{"terms": [{"prefer": "x"}]}')[0][0], 'En term behöver ”avoid”: ett ord, en fras eller en lista med dem.')
  assert.match(problemsOf('{"words": [')[0][0], /^Felaktig JSON: /)
})

test('extends: presets, relative files, npm packages; missing and circular ones are problems', () => {
  write('bas.json', '{"words": ["Bas"], "rules": {"abbreviation": "warning"}}')
  write('node_modules/@stad/klarsprak-stil/klarsprak.json', '{"words": ["Paket"]}')
  const main = write('.klarsprak.json', '{"extends": ["klarsprak:lattlast", "./bas.json", "@stad/klarsprak-stil", "./finns-inte.json", "klarsprak:okand"], "words": ["Egen"]}')
  const loaded = loadConfig(main, { trusted: true })
  assert.deepEqual(loaded.layers.map((l) => l.source.replace(root, '')), ['klarsprak:lattlast', '/bas.json', '/node_modules/@stad/klarsprak-stil/klarsprak.json', '/.klarsprak.json'])
  assert.deepEqual(loaded.problems.map((p) => p.message.split(' (')[0].split('. ')[0]), ['Filen ”./finns-inte.json” i ”extends” finns inte', 'Okänd förinställning ”klarsprak:okand”'])
  const untrusted = loadConfig(main, { trusted: false })
  assert.ok(untrusted.problems.some((p) => p.message.includes('läses inte förrän du litar på arbetsytan')))
  write('a.json', '{"extends": "./b.json"}')
  write('b.json', '{"extends": "./a.json"}')
  const circular = loadConfig(join(root, 'a.json'), { trusted: true })
  assert.match(circular.problems[0].message, /går i cirkel/)
})

test('layers: defaults < user settings < file and its extends < overrides; lists concatenate', () => {
  write('bas.json', '{"words": ["Bas"], "rules": {"abbreviation": "warning"}}')
  const main = write('.klarsprak.json', JSON.stringify({
    extends: ['klarsprak:lattlast', './bas.json'],
    rules: { 'passive-voice': 'off' },
    words: ['Egen'],
    ignore: ['utkast/**', '*.en.md'],
    overrides: [{ files: ['lattlast/**'], rules: { 'long-sentence': ['error', { max: 10 }] }, words: ['Kista'] }],
  }))
  const loaded = loadConfig(main, { trusted: true })
  const user = { rules: { 'long-sentence': 'hint', 'capital-du': 'off' }, words: ['Min'] }
  const plain = resolveConfig(join(root, 'text.md'), loaded.layers, user)
  assert.deepEqual(plain.words.map((w) => w.value), ['Min', 'Bas', 'Egen'])
  assert.deepEqual(plain.rules['long-sentence'], { value: ['warning', { max: 15 }], source: 'klarsprak:lattlast' })
  assert.deepEqual(plain.rules['capital-du'].source, 'användarinställningar (klarsprak.*)')
  assert.equal(plain.rules.abbreviation.source, join(root, 'bas.json'))
  const ids = activeRules(plain).map((r) => r.rule.id)
  assert.ok(!ids.includes('passive-voice') && !ids.includes('capital-du') && ids.includes('generic-man'))
  const easy = resolveConfig(join(root, 'lattlast/sida.md'), loaded.layers, user)
  assert.deepEqual(easy.rules['long-sentence'], { value: ['error', { max: 10 }], source: `${main} (overrides[0])` })
  assert.deepEqual(easy.words.map((w) => w.value), ['Min', 'Bas', 'Egen', 'Kista'])
  assert.equal(resolveConfig(join(root, 'utkast/a.md'), loaded.layers).ignored, true)
  assert.equal(resolveConfig(join(root, 'docs/sida.en.md'), loaded.layers).ignored, true)
  assert.equal(plain.ignored, false)
})

test('a broken file keeps its last good version, and says what is wrong', () => {
  const files = new ConfigFileCache()
  const path = write('trasig.json', '{"words": ["Kista"]}')
  assert.deepEqual(files.read(path).layer.words, ['Kista'])
  writeFileSync(path, '{"words": ["Kista", "Rinkeby"')
  const later = new Date(Date.now() + 10_000)
  utimesSync(path, later, later)
  const broken = files.read(path)
  assert.deepEqual(broken.layer.words, ['Kista'])
  assert.match(broken.problems[0].message, /Felaktig JSON/)
})

test('documents resolve per folder: the nearest file wins, and results are kept until cleared', () => {
  mkdirSync(join(root, 'a/b'), { recursive: true })
  write('a/.klarsprak.json', '{"words": ["Närmast"]}')
  const configs = new DocumentConfigs()
  assert.deepEqual(configs.forDocument(join(root, 'a/b/text.md')).words, ['Närmast'])
  assert.equal(configs.forDocument(join(root, 'a/b/text.md')), configs.forDocument(join(root, 'a/b/text.md')))
  assert.deepEqual(configs.forDocument(undefined).words, [])
})
