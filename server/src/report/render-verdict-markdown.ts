import { describePlace } from '../files/office/place'
import type { DocumentReport, FolderReport } from './report-data'
import type { Priorities } from './priorities'
import { verdictCounts } from './klarsprakstest'
import { KLARSPRAKSTEST_SOURCES } from './klarsprakstest-questions'
import { severitySplit } from './render-verdict-html'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** "Att åtgärda först" in Markdown: a numbered list, then the hints summed up. */
export function prioritiesMarkdown(p: Priorities, level: string): string[] {
  const lines = [`${level} Att åtgärda först`, '']
  if (p.top.length === 0) lines.push('Inget att åtgärda först.', '')
  for (const item of p.top) {
    const files = item.files !== undefined ? ` i ${item.files} ${item.files === 1 ? 'fil' : 'filer'}` : ''
    const reach = item.reach === 100 ? ', hela texten' : item.reach ? `, ${item.reach} % av meningarna` : ''
    const examples = item.examples.length ? ` (${item.examples.map((e) => `”${cell(e)}”`).join(', ')})` : ''
    const where = `${item.files !== undefined ? `${item.first.path}, ` : ''}${item.first.place ? describePlace(item.first.place) : `rad ${item.first.line}:${item.first.column}`}`
    lines.push(`1. **${item.action}** (${item.severity}) – ${item.count} ${item.count === 1 ? 'ställe' : 'ställen'}${severitySplit(item, { error: 'error', warning: 'warning', info: 'info' })}${files}${reach}${examples}. Först: ${where}.`)
  }
  if (p.top.length) lines.push('')
  if (p.hints.count) lines.push(`Dessutom ${p.hints.count} ${p.hints.count === 1 ? 'ledtråd' : 'ledtrådar'} (hint) som inte räknas upp här: ${p.hints.rules.map((r) => `\`${r.ruleId}\` ${r.count}`).join(', ')}. De står i listan över alla fynd.`, '')
  if (p.more) lines.push(`${p.more} ${p.more === 1 ? 'annat slags fynd' : 'andra slags fynd'} står bara i listan över alla fynd.`, '')
  return lines
}

/** The Klarspråkstest in Markdown: each question with its verdict, evidence, rule, question to the reviewer and source. */
export function klarsprakstestMarkdown(r: DocumentReport, level: string): string[] {
  const answers = r.klarsprakstest ?? []
  if (answers.length === 0) return []
  const c = verdictCounts(answers)
  const lines = [
    `${level} Klarspråkstest`,
    '',
    `Frågorna bygger på Isofs [Klarspråkstestet](${KLARSPRAKSTEST_SOURCES.test.url}), som nu är en del av Klarspråkshjälpen. Svaren bygger på det Klarspråk ser i texten: läs den själv också. **${c.bra} bra, ${c['kan förbättras']} kan förbättras, ${c['behöver arbete']} behöver arbete, ${c['bedöm själv']} att bedöma själv.**`,
    '',
  ]
  for (const a of answers) {
    lines.push(`${level}# ${a.question} – ${a.verdict ?? 'bedöm själv'}`, '', a.about, '')
    for (const e of a.evidence) lines.push(`- ${e.text}${e.at ? ` (${e.at.place ? describePlace(e.at.place) : `rad ${e.at.line}`})` : ''}`)
    if (a.evidence.length) lines.push('')
    lines.push(`*${a.reason}*`, '')
    if (a.ask) lines.push(`**Fråga till dig som granskar:** ${a.ask}`, '')
    lines.push(`Källa: ${a.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}`, '')
  }
  return lines
}

/** A folder's Klarspråkstest: per question, how many files got each verdict. */
export function folderTestMarkdown(r: FolderReport): string[] {
  const rows = r.klarsprakstest ?? []
  if (rows.length === 0) return []
  return [
    '## Klarspråkstest',
    '',
    '| Fråga | Bra | Kan förbättras | Behöver arbete | Bedöm själv |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((q) => `| ${cell(q.question)} | ${q.verdicts.bra} | ${q.verdicts['kan förbättras']} | ${q.verdicts['behöver arbete']} | ${q.verdicts['bedöm själv']} |`),
    '',
  ]
}
