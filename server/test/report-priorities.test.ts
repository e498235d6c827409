import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rankPriorities, type RankSource } from '../src/report/priorities'
import { RULE_ACTIONS } from '../src/report/rule-actions'
import { RULES } from '../src/rules'
import { documentReport, folderReport } from '../src/report/report-data'
import { renderReport } from '../src/report/render-report'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import type { Severity } from '../src/engine/types'

/** A document of `sentences` sentences, ten offsets apart, with findings at the given sentences. */
function source(path: string, sentences: number, findings: Array<[ruleId: string, severity: Severity, sentence: number, actual?: string]>): RankSource {
  return {
    path,
    sentenceStarts: Array.from({ length: sentences }, (_, i) => i * 10),
    findings: findings.map(([ruleId, severity, sentence, actual = ruleId], i) => ({ ruleId, severity, actual, line: sentence + 1, column: 1 + i, offset: sentence * 10 + 1, endOffset: sentence * 10 + 5 })),
  }
}

test('a graver severity ranks first when count and reach are equal', () => {
  const p = rankPriorities([source('a.md', 10, [['passive-voice', 'info', 1], ['plain-words', 'warning', 2]])])
  assert.deepEqual(p.top.map((t) => t.ruleId), ['plain-words', 'passive-voice'])
})

test('many findings outrank one graver finding: each doubling of the count adds a weight', () => {
  // 8 × info: 2 × (1 + 3) = 8 before reach; 1 × warning: 4 × 1 = 4
  const many = Array.from({ length: 8 }, (_, i): [string, Severity, number] => ['passive-voice', 'info', i])
  const p = rankPriorities([source('a.md', 40, [...many, ['plain-words', 'warning', 30]])])
  assert.deepEqual(p.top.map((t) => t.ruleId), ['passive-voice', 'plain-words'])
  assert.equal(p.top[0].count, 8)
  assert.equal(p.top[0].reach, 20)
})

test('the share of the text a rule touches breaks an even count: spread beats bunched', () => {
  const p = rankPriorities([source('a.md', 10, [['nominalization', 'info', 3], ['nominalization', 'info', 3], ['long-sentence', 'info', 1], ['long-sentence', 'info', 7]])])
  assert.deepEqual(p.top.map((t) => [t.ruleId, t.reach]), [['long-sentence', 20], ['nominalization', 10]])
  assert.ok(p.top[0].score > p.top[1].score)
})

test('a finding about the whole text (LIX) touches every sentence and shows no example', () => {
  const p = rankPriorities([source('a.md', 12, [['readability', 'info', 0, 'Första meningen.']])])
  assert.equal(p.top[0].reach, 100)
  assert.deepEqual(p.top[0].examples, [])
})

test('hints are summed up per rule, never ranked, and at most five things are listed', () => {
  const hints = Array.from({ length: 15 }, (_, i): [string, Severity, number] => ['passive-voice', 'hint', i])
  const rules = ['plain-words', 'jargon', 'long-sentence', 'nominalization', 'anglicism', 'empty-phrase', 'double-negation']
  const p = rankPriorities([source('a.md', 30, [...hints, ['long-word', 'hint', 20], ...rules.map((r, i): [string, Severity, number] => [r, 'info', i])])])
  assert.equal(p.top.length, 5)
  assert.equal(p.more, 2)
  assert.ok(p.top.every((t) => t.ruleId !== 'passive-voice' && t.ruleId !== 'long-word'))
  assert.deepEqual(p.hints, { count: 16, rules: [{ ruleId: 'passive-voice', count: 15 }, { ruleId: 'long-word', count: 1 }] })
})

test('one rule is one thing to do: its gravest severity weighs, and the split is kept', () => {
  const p = rankPriorities([source('a.md', 10, [['plain-words', 'info', 1, 'samt'], ['plain-words', 'warning', 4, 'erhålla'], ['plain-words', 'info', 6, 'samt']])])
  assert.equal(p.top.length, 1)
  assert.equal(p.top[0].severity, 'warning')
  assert.deepEqual(p.top[0].bySeverity, { info: 2, warning: 1 })
  assert.deepEqual(p.top[0].examples, ['samt', 'erhålla'])
  assert.equal(p.top[0].first.line, 2, 'the first place in the text, whatever its severity')
})

test('a folder counts across files: how many files, the first place in file order, the share of all sentences', () => {
  const p = rankPriorities([source('a.md', 10, [['long-sentence', 'info', 2]]), source('b.md', 10, [['long-sentence', 'info', 1], ['long-sentence', 'info', 5]])])
  assert.equal(p.top[0].count, 3)
  assert.equal(p.top[0].files, 2)
  assert.equal(p.top[0].first.path, 'a.md')
  assert.equal(p.top[0].reach, 15)
})

test('every rule has an action for "Att åtgärda först"', () => {
  assert.deepEqual(RULES.map((r) => r.id).filter((id) => !RULE_ACTIONS[id]), [])
})

const TEXT = `# Ansökan

Härmed vill vi meddela att ansökan ska inlämnas. Blanketten ska undertecknas. Beslutet skickas ut. Du kan erhålla stöd.
`

test('the report, its JSON and a folder report carry the ranking; HTML links each thing to do to its first finding', () => {
  const rules = resolveRules({}).rules
  const checked = checkText(TEXT, 'markdown', { rules })
  const report = documentReport('ansokan.md', checked.overview, checked.findings, checked.metrics, 25, { rules })
  assert.ok(report.priorities.top.length > 0)
  assert.equal(report.priorities.top[0].ruleId, 'plain-words', 'the warning before the three passives of severity info')
  const json = JSON.parse(renderReport(report, 'json'))
  assert.deepEqual(json.priorities, report.priorities)
  const html = renderReport(report, 'html')
  const section = html.match(/<section aria-labelledby="first">([\s\S]*?)<\/section>/)?.[1] ?? ''
  const anchors = [...section.matchAll(/href="#(f\d+)"/g)].map((m) => m[1])
  assert.equal(anchors.length, report.priorities.top.length)
  for (const id of anchors) assert.match(html, new RegExp(`<li id="${id}" class="sev-`))
  assert.ok(html.indexOf('Att åtgärda först') < html.indexOf('<h2 id="figures">'), 'the report opens with what to fix first')
  const folder = folderReport('mapp', [report, { ...report, path: 'kopia.md' }])
  assert.equal(folder.priorities.top[0].files, 2)
  assert.equal(folder.priorities.top[0].count, 2 * report.priorities.top[0].count)
  assert.match(renderReport(folder, 'md'), /## Att åtgärda först\n\n1\. \*\*Byt krångliga ord mot enklare\*\*/)
})
