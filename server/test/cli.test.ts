import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BIN = join(__dirname, '../../bin/klarsprak.js')
let dir = ''

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'klarsprak-cli-'))
  writeFileSync(join(dir, 'rapport.md'), '# Rapport\n\nÅsa 😀 kan erhålla stöd.\n')
  writeFileSync(join(dir, 'ren.txt'), 'Allt är klart.\n')
  writeFileSync(join(dir, 'tom.md'), '')
  writeFileSync(join(dir, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x48, 0xe4, 0x6a, 0x21])) // "Häj!" in Latin-1
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Du kan erhålla stöd.', 'utf16le')]))
})
after(() => rmSync(dir, { recursive: true, force: true }))

test('text output is compiler style with 1-based UTF-16 columns', () => {
  const r = cli('check', 'rapport.md')
  assert.equal(r.code, 0)
  assert.equal(r.stdout, 'rapport.md:3:12 warning Skriv hellre ”få” än ”erhålla”. plain-words\n')
  assert.match(r.stderr, /1 fynd i 1 fil/)
})

test('JSON output: one object per file with metrics and messages', () => {
  const r = cli('check', '--format', 'json', 'rapport.md', 'ren.txt')
  assert.equal(r.code, 0)
  const [report, clean] = JSON.parse(r.stdout)
  // written file by file, yet exactly what one JSON.stringify of the whole list gives
  assert.equal(r.stdout, JSON.stringify([report, clean], null, 2) + '\n')
  assert.equal(report.path, 'rapport.md')
  assert.deepEqual(report.metrics, { words: 5, sentences: 2, longWords: 2, lix: 42.5, ovix: null, nominalRatio: 1.5, languages: { sv: 5 } })
  const m = report.messages[0]
  assert.deepEqual(
    { ruleId: m.ruleId, category: m.category, severity: m.severity, actual: m.actual, expected: m.expected, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, offset: m.offset, endOffset: m.endOffset },
    { ruleId: 'plain-words', category: 'plain-language', severity: 'warning', actual: 'erhålla', expected: ['få'], line: 3, column: 12, endLine: 3, endColumn: 19, offset: 22, endOffset: 29 },
  )
  assert.match(m.url, /^https:\/\//)
  assert.deepEqual(clean.messages, [])
})

test('an empty file gives zeros, never NaN', () => {
  const [report] = JSON.parse(cli('check', '--format', 'json', 'tom.md').stdout)
  assert.deepEqual(report.metrics, { words: 0, sentences: 0, longWords: 0, lix: 0, ovix: 0, nominalRatio: 0, languages: {} })
})

test('binary and non-UTF-8 files are skipped with a message; UTF-16 with a BOM is read', () => {
  const r = cli('check', '--format', 'json', 'bild.png', 'latin1.txt', 'utf16.txt')
  assert.equal(r.code, 0)
  assert.match(r.stderr, /bild\.png: ser ut att vara en binärfil/)
  assert.match(r.stderr, /latin1\.txt: är inte giltig UTF-8-text/)
  const reports = JSON.parse(r.stdout)
  assert.deepEqual(reports.map((x: { path: string }) => x.path), ['utf16.txt'])
  assert.equal(reports[0].messages[0].actual, 'erhålla')
})

test('globs and folders expand to the text files in them', () => {
  const r = cli('check', '--format', 'json', '*.md', '.')
  const paths = JSON.parse(r.stdout).map((x: { path: string }) => x.path)
  assert.deepEqual(paths, ['rapport.md', 'tom.md', 'ren.txt', 'utf16.txt'])
})

test('usage errors and unreadable files exit 2 with a clear message; the other files are still checked', () => {
  const missing = cli('check', 'finns-inte.md', 'rapport.md')
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /finns-inte\.md: filen finns inte/)
  assert.match(missing.stdout, /rapport\.md:3:12/)
  assert.equal(cli().code, 2)
  assert.equal(cli('granska', 'rapport.md').code, 2)
  assert.equal(cli('check', '--format', 'xml', 'rapport.md').code, 2)
  assert.match(cli('check', '--format', 'xml', 'rapport.md').stderr, /okänt format ”xml”/)
  assert.equal(cli('--help').code, 0)
})

test('spelling: unknown words are reported and the team’s .klarsprak.json words are accepted', () => {
  writeFileSync(join(dir, 'stavning.md'), 'Vi främjar komunikation i Kandelinxz.\n')
  const before = cli('check', 'stavning.md')
  assert.match(before.stdout, /stavning\.md:1:12 warning ”komunikation” finns inte i ordlistan\. Kontrollera stavningen\. spelling/)
  assert.match(before.stdout, /stavning\.md:1:27 info ”Kandelinxz”/)
  writeFileSync(join(dir, '.klarsprak.json'), '{\n  // teamets ord\n  "words": ["Kandelinxz", "komunikation",],\n}\n')
  const after = cli('check', 'stavning.md')
  assert.equal(after.code, 0)
  assert.equal(after.stdout, '')
  writeFileSync(join(dir, '.klarsprak.json'), '{"words": [')
  const broken = cli('check', 'stavning.md')
  assert.equal(broken.code, 2)
  assert.match(broken.stderr, /\.klarsprak\.json:1:\d+ fel Felaktig JSON/)
  rmSync(join(dir, '.klarsprak.json'))
})

test('configuration in the CLI: extends, overrides, ignore and terms apply; a missing extends exits 2', () => {
  const repo = join(dir, 'repo')
  mkdirSync(join(repo, '.git'), { recursive: true })
  mkdirSync(join(repo, 'lattlast'), { recursive: true })
  mkdirSync(join(repo, 'utkast'), { recursive: true })
  writeFileSync(join(repo, 'bas.json'), '{ "terms": [{ "avoid": "medborgare", "prefer": "invånare" }] }')
  writeFileSync(join(repo, '.klarsprak.json'), '{ "extends": ["klarsprak:standard", "./bas.json"], "rules": { "plain-words": "off" }, "ignore": ["utkast/**"], "overrides": [{ "files": ["lattlast/**"], "rules": { "long-sentence": ["error", { "max": 5 }] } }] }')
  const text = 'Alla medborgare kan erhålla stöd av nämnden i dag.\n'
  writeFileSync(join(repo, 'a.md'), text)
  writeFileSync(join(repo, 'lattlast/b.md'), text)
  writeFileSync(join(repo, 'utkast/c.md'), text)
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '.'], { cwd: repo, encoding: 'utf8' })
  const byPath = Object.fromEntries(JSON.parse(r.stdout).map((f: { path: string; messages: Array<{ ruleId: string }> }) => [f.path, f.messages.map((m) => m.ruleId)]))
  assert.deepEqual(byPath, { 'a.md': ['terms'], 'lattlast/b.md': ['long-sentence', 'terms'] })
  assert.equal(r.status, 1, 'an error-level finding (the override) exits 1')
  writeFileSync(join(repo, '.klarsprak.json'), '{ "extends": "./saknas.json" }')
  const missing = spawnSync(process.execPath, [BIN, 'check', 'a.md'], { cwd: repo, encoding: 'utf8' })
  assert.equal(missing.status, 2)
  assert.match(missing.stderr, /\.klarsprak\.json:1:14 fel Filen ”\.\/saknas\.json” i ”extends” finns inte/)
})

test('a configuration with 10,000 words and hostile patterns loads and checks normally', () => {
  const repo = join(dir, 'stor-konfiguration')
  mkdirSync(join(repo, '.git'), { recursive: true })
  const words = Array.from({ length: 10_000 }, (_, i) => `Xordet${i.toString(36)}`)
  const terms = Array.from({ length: 500 }, (_, i) => ({ avoid: `ovanligt${i}`, prefer: `vanligt${i}` }))
  // globs that make regular-expression matchers backtrack for minutes
  const ignore = ['*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/'.repeat(30) + 'x.md', '+(a|aa)+(a|aa)+(a|aa)b']
  writeFileSync(join(repo, '.klarsprak.json'), JSON.stringify({ words, terms, ignore }))
  writeFileSync(join(repo, `${'a'.repeat(200)}.md`), `Vi träffade ${words[9_999]} och ${words[0]} i dag. Det var ovanligt42.\n`)
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '.'], { cwd: repo, encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  const [report] = JSON.parse(r.stdout)
  assert.deepEqual(report.messages.map((m: { ruleId: string; actual: string }) => `${m.ruleId}:${m.actual}`), ['terms:ovanligt42'])
})

test('odd inputs: a huge file is skipped with a message; deep nesting, a 1 MB word and 10,000 list items do not break anything', () => {
  writeFileSync(join(dir, 'stor.md'), 'Du kan erhålla stöd. '.repeat(100_000))
  writeFileSync(join(dir, 'djup.md'), '>'.repeat(3000) + ' Du kan erhålla stöd.\n\nDu kan erhålla stöd.\n')
  writeFileSync(join(dir, 'ord.txt'), 'x'.repeat(1_000_000) + '\n')
  const r = cli('check', '--format', 'json', 'stor.md', 'djup.md', 'ord.txt')
  assert.equal(r.code, 0)
  assert.match(r.stderr, /stor\.md: filen är för stor \(2\.1 miljoner tecken\) och granskas inte/)
  assert.match(r.stderr, /djup\.md: Markdown nästlad i mer än 100 nivåer granskas som ren text/)
  const reports = JSON.parse(r.stdout)
  assert.deepEqual(reports.map((f: { path: string }) => f.path), ['djup.md', 'ord.txt'])
  assert.ok(reports[0].messages.some((m: { ruleId: string }) => m.ruleId === 'plain-words'))
  assert.deepEqual(reports[1].messages, [])
  const items = Array.from({ length: 10_000 }, (_, i) => `- Punkt ${i + 1}: du kan erhålla stöd.\n`).join('')
  writeFileSync(join(dir, 'lista.md'), items)
  const list = cli('check', '--format', 'json', 'lista.md')
  assert.equal(list.code, 0, list.stderr)
  const found = JSON.parse(list.stdout)[0].messages as Array<{ ruleId: string; line: number }>
  // one plain-words finding per item, and heading-structure's hint that 60 000 words have no heading
  const words = found.filter((m) => m.ruleId === 'plain-words')
  assert.equal(words.length, 10_000)
  assert.equal(words[9_999].line, 10_000)
  assert.deepEqual(found.filter((m) => m.ruleId !== 'plain-words').map((m) => m.ruleId), ['heading-structure'])
})

test('HTML pages: found in folders, checked at their exact place, bad input told in Swedish', () => {
  const web = mkdtempSync(join(tmpdir(), 'klarsprak-html-'))
  try {
    mkdirSync(join(web, 'sidor'))
    writeFileSync(join(web, 'sidor', 'index.html'), '<!doctype html>\n<html lang="sv">\n<body><main>\n<p>Åsa 😀 kan <em>erh&aring;lla</em> stöd.</p>\n</main></body></html>\n')
    writeFileSync(join(web, 'sidor', 'gammal.htm'), '<p>Du kan erhålla stöd.</p>\n')
    writeFileSync(join(web, 'sidor', 'oavslutad.html'), '<p>Du kan <strong>erhålla stöd\n<div>Och <span>mer')
    writeFileSync(join(web, 'sidor', 'skript.html'), '<!doctype html><html><head><script src="app.js"></script></head><body><div id="app"></div></body></html>\n')
    writeFileSync(join(web, 'sidor', 'bild.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    writeFileSync(join(web, 'sidor', 'stor.html'), `<!doctype html><html lang="sv"><body>${'<div class="kort"><p>Du kan erhålla stöd.</p></div>\n'.repeat(100_000)}</body></html>`)
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: web, encoding: 'utf8', maxBuffer: 1 << 26 })
    const text = run('check', join('sidor', 'index.html'))
    assert.equal(text.status, 0, text.stderr)
    // line 4, column 1-based in UTF-16 after Åsa and an emoji: the whole reference is covered
    assert.equal(text.stdout, `${join('sidor', 'index.html')}:4:19 warning Skriv hellre ”få” än ”erhålla”. plain-words\n`)
    const started = Date.now()
    const r = run('check', '--format', 'json', '.')
    assert.ok(Date.now() - started < 60_000)
    assert.equal(r.status, 0, r.stderr)
    const reports = JSON.parse(r.stdout)
    assert.deepEqual(reports.map((f: { path: string }) => f.path), ['gammal.htm', 'index.html', 'oavslutad.html', 'skript.html'].map((f) => join('sidor', f)))
    const [old, index, unclosed, script] = reports
    assert.deepEqual(old.messages.map((m: { ruleId: string; actual: string }) => `${m.ruleId}:${m.actual}`), ['plain-words:erhålla'])
    assert.deepEqual(index.messages.map((m: { column: number; endColumn: number }) => [m.column, m.endColumn]), [[19, 32]])
    assert.ok(unclosed.messages.some((m: { ruleId: string }) => m.ruleId === 'plain-words'))
    assert.deepEqual(script.messages, [])
    assert.match(r.stderr, /skript\.html: Sidan har ingen text utanför skript/)
    assert.match(r.stderr, /bild\.html: ser ut att vara en binärfil och hoppas över/)
    assert.match(r.stderr, /stor\.html: filen är för stor \(5\.\d miljoner tecken\) och granskas inte/)
  } finally {
    rmSync(web, { recursive: true, force: true })
  }
})
