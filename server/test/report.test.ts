import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'

const ROOT = join(__dirname, '../..')
const BIN = join(ROOT, 'bin/klarsprak.js')
const DEMO = 'test-fixtures/remiss-kommunikationsprogram.md'
let dir = ''
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 })

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'klarsprak-report-'))
})
after(() => rmSync(dir, { recursive: true, force: true }))

test('the report’s figures equal the metrics of check --format json', () => {
  const report = JSON.parse(cli(['report', '--format', 'json', DEMO]).stdout)
  const [checked] = JSON.parse(cli(['check', '--format', 'json', DEMO]).stdout)
  assert.deepEqual(report.metrics, checked.metrics)
  assert.equal(report.findings.length, checked.messages.length)
  assert.equal(report.sentences.length, checked.metrics.sentences)
  assert.equal(report.sentences.filter((s: { long: boolean }) => s.long).length, checked.messages.filter((m: { ruleId: string; severity: string }) => m.ruleId === 'long-sentence' && m.severity === 'info').length)
  assert.equal(report.categories.reduce((n: number, c: { count: number }) => n + c.count, 0), checked.messages.length)
  assert.ok(report.heaviestParagraphs.length > 0 && report.heaviestParagraphs[0].lix >= report.heaviestParagraphs.at(-1).lix)
})

test('the HTML export is self-contained with a strict Content Security Policy and an accessible chart', () => {
  const html = cli(['report', DEMO]).stdout
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none';">/)
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b[^>]*\b(src|href)=/i, 'no remote or external resources')
  assert.match(html, /<html lang="sv">/)
  assert.match(html, /<svg role="img" aria-labelledby="chart-title"/)
  assert.match(html, /<caption>/)
})

test('Markdown export and --output', () => {
  const out = join(dir, 'rapport.md')
  assert.equal(cli(['report', '--format', 'md', '--output', out, DEMO]).status, 0)
  const md = readFileSync(out, 'utf8')
  // the report opens with what to fix first, then the Klarspråkstest, then the figures
  assert.match(md, /^# test-fixtures\/remiss-kommunikationsprogram\.md\n\n## Att åtgärda först\n\n1\. \*\*/)
  assert.ok(md.indexOf('## Klarspråkstest') < md.indexOf('## Läsbarhet\n\n| Mått | Värde |'))
  assert.match(md, /\| LIX \| \d+ \((mycket lättläst|lättläst|medelsvår|svår|mycket svår)\) \|/)
})

test('a folder report has a row per file and totals', () => {
  mkdirSync(join(dir, 'mapp'))
  writeFileSync(join(dir, 'mapp/a.md'), 'Du kan erhålla stöd.\n')
  writeFileSync(join(dir, 'mapp/b.txt'), 'Vi ses i morgon.\n')
  const report = JSON.parse(cli(['report', '--format', 'json', 'mapp'], dir).stdout)
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['mapp/a.md', 'mapp/b.txt'])
  assert.equal(report.totals.words, 8)
  assert.equal(report.totals.files, 2)
})

test('SARIF output is valid against the official SARIF 2.1.0 schema', () => {
  const sarif = JSON.parse(cli(['check', '--format', 'sarif', DEMO]).stdout)
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
  // the official schema has a pattern that is not valid with the u flag
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false })
  const validate = ajv.compile(schema)
  const valid: boolean = validate(sarif) as boolean // keep sarif's type (validate narrows it to unknown)
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5)))
  // the validator does reject a wrong log (a level SARIF does not know)
  const broken = structuredClone(sarif)
  broken.runs[0].results[0].level = 'info'
  assert.equal(validate(broken) as boolean, false)
  const run = sarif.runs[0]
  assert.ok(run.tool.driver.rules.every((r: { helpUri: string; help: { text: string } }) => r.helpUri.startsWith('https://') && r.help.text))
  const result = run.results[0]
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, DEMO)
  assert.ok(result.locations[0].physicalLocation.region.startLine >= 1)
})

test('--compare shows the figures at a git revision', () => {
  const repo = join(dir, 'repo')
  mkdirSync(repo)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.se', '-c', 'user.name=T', ...args], { cwd: repo })
  git('init', '-q')
  copyFileSync(join(ROOT, DEMO), join(repo, 'text.md'))
  git('add', '.')
  git('commit', '-qm', 'första')
  writeFileSync(join(repo, 'text.md'), 'Du kan få hjälp. Ring oss.\n')
  const r = cli(['report', '--format', 'json', '--compare', 'HEAD', 'text.md'], repo)
  const { report, before } = JSON.parse(r.stdout)
  assert.ok(before['text.md'].lix > report.metrics.lix)
  assert.match(cli(['report', '--format', 'md', '--compare', 'HEAD', 'text.md'], repo).stdout, /sedan jämförelsen/)
  assert.match(cli(['report', '--compare', 'finns-inte', 'text.md'], repo).stderr, /”finns-inte” är ingen git-version/)
})

test('--compare with a git revision reads an old Word file as a Word file, not as text', () => {
  const repo = join(dir, 'repo-docx')
  mkdirSync(repo)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.se', '-c', 'user.name=T', ...args], { cwd: repo })
  git('init', '-q')
  copyFileSync(join(ROOT, 'test-fixtures/office/remiss-kommunikationsprogram.docx'), join(repo, 'remiss.docx'))
  git('add', '.')
  git('commit', '-qm', 'första')
  const { report, before } = JSON.parse(cli(['report', '--format', 'json', '--compare', 'HEAD', 'remiss.docx'], repo).stdout)
  assert.equal(before['remiss.docx'].lix, report.metrics.lix)
  assert.ok(report.metrics.words > 500)
})

test('--compare with another file: what got better and worse, read as the checked file is read; an existing file wins over a git version', () => {
  const cmp = join(dir, 'jamfor')
  mkdirSync(cmp)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.se', '-c', 'user.name=T', ...args], { cwd: cmp })
  copyFileSync(join(ROOT, 'test-fixtures/klarsprakstest/dalig.md'), join(cmp, 'gammal.md'))
  copyFileSync(join(ROOT, 'test-fixtures/klarsprakstest/bra.md'), join(cmp, 'ny.md'))
  const json = cli(['report', '--format', 'json', '--compare', 'gammal.md', 'ny.md'], cmp)
  assert.equal(json.status, 0, json.stderr)
  const { report, before, compare } = JSON.parse(json.stdout)
  assert.equal(compare, 'gammal.md')
  const old = JSON.parse(cli(['report', '--format', 'json', 'gammal.md'], cmp).stdout)
  assert.deepEqual(before['ny.md'].lix, old.metrics.lix, 'the other file is checked the way it is checked on its own')
  assert.equal(Object.values(before['ny.md'].findings as Record<string, number>).reduce((n, c) => n + c, 0), old.findings.length)
  assert.equal(before['ny.md'].verdicts.rubriker, 'behöver arbete')
  assert.equal(report.klarsprakstest.find((a: { id: string }) => a.id === 'rubriker').verdict, 'bra')
  const md = cli(['report', '--format', 'md', '--compare', 'gammal.md', 'ny.md'], cmp).stdout
  const section = md.slice(md.indexOf('## Jämfört med gammal.md'), md.indexOf('## Klarspråkstest'))
  assert.match(section, /Bättre:\n\n- LIX: \d+ → \d+/)
  assert.match(section, /- plain-words: \d+ → 0/)
  assert.match(section, /- Säger rubrikerna vad avsnitten handlar om\? behöver arbete → bra/)
  assert.doesNotMatch(section, /Sämre:/)
  // the other way round, the same changes are worse
  assert.match(cli(['report', '--format', 'md', '--compare', 'ny.md', 'gammal.md'], cmp).stdout, /Sämre:\n\n- LIX/)
  // a branch with the file's name: the file wins
  git('init', '-q')
  git('add', '.')
  git('commit', '-qm', 'första')
  git('branch', 'gammal.md')
  assert.equal(JSON.parse(cli(['report', '--format', 'json', '--compare', 'gammal.md', 'ny.md'], cmp).stdout).before['ny.md'].lix, old.metrics.lix)
  // a folder, two files to check, or a file that cannot be read: a clear message and exit code 2
  const folder = cli(['report', '--compare', '.', 'ny.md'], cmp)
  assert.equal(folder.status, 2)
  assert.match(folder.stderr, /är en mapp/)
  const two = cli(['report', '--compare', 'gammal.md', 'ny.md', 'gammal.md'], cmp)
  assert.equal(two.status, 2)
  assert.match(two.stderr, /en fil jämförs med en fil/)
  writeFileSync(join(cmp, 'trasig.md'), Buffer.from([0x48, 0x00, 0x01, 0x02]))
  const broken = cli(['report', '--compare', 'trasig.md', 'ny.md'], cmp)
  assert.equal(broken.status, 2)
  assert.match(broken.stderr, /trasig\.md: ser ut att vara en binärfil/)
})
