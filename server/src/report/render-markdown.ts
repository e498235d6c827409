import { languagesLine, type DocumentReport, type FolderReport } from './report-data'
import { sv } from './number-format'
import { CATEGORY_NAMES } from './category-names'
import { verdictHeadline } from './profile-verdict'
import { folderTestMarkdown, klarsprakstestMarkdown, prioritiesMarkdown } from './render-verdict-markdown'
import { compareMarkdown } from './render-compare'
import type { Before } from './render-report'
import { placeLabel } from './place-label'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The report as Markdown, for pull requests and wikis. */
export function renderMarkdown(report: DocumentReport | FolderReport, before?: Map<string, Before>, compareLabel?: string): string {
  if ('files' in report) {
    const t = report.totals
    const rows = report.files.map((f) => {
      const b = before?.get(f.path)
      const change = b ? ` (${f.metrics.lix - b.lix >= 0 ? '+' : '−'}${Math.abs(f.metrics.lix - b.lix).toFixed(0)})` : ''
      return `| ${cell(f.path)} | ${f.metrics.words} | ${f.metrics.lix.toFixed(0)}${change} | ${f.lixBand} | ${f.findings.length} |`
    })
    return [
      `# Granskning av ${report.root}`,
      '',
      `${t.files} filer, ${t.words} ord, LIX ${t.lix.toFixed(0)} (${t.lixBand}), ${t.findings} fynd.`,
      '',
      '| Fil | Ord | LIX | Nivå | Fynd |',
      '|---|---:|---:|---|---:|',
      ...rows,
      '',
      ...(report.priorities ? prioritiesMarkdown(report.priorities, '##') : []),
      ...folderTestMarkdown(report),
      ...report.files.map((f) => documentMarkdown(f, before, '##', compareLabel)),
    ].join('\n')
  }
  return documentMarkdown(report, before, '#', compareLabel)
}

function documentMarkdown(r: DocumentReport, before: Map<string, Before> | undefined, level: string, compareLabel?: string): string {
  const m = r.metrics
  const b = before?.get(r.path)
  const sub = `${level}#`
  const lines = [
    `${level} ${r.path}`,
    '',
    ...(r.priorities ? prioritiesMarkdown(r.priorities, sub) : []),
    ...(b ? compareMarkdown(r, b, compareLabel, sub) : []),
    ...klarsprakstestMarkdown(r, sub),
    `${sub} Läsbarhet`,
    '',
    '| Mått | Värde |',
    '|---|---|',
    `| LIX | ${m.lix.toFixed(0)} (${r.lixBand})${b ? `, ${m.lix - b.lix >= 0 ? '+' : '−'}${Math.abs(m.lix - b.lix).toFixed(0)} sedan jämförelsen` : ''} |`,
    `| Ord | ${m.words} |`,
    `| Meningar | ${m.sentences} |`,
    `| Ord per mening | ${sv(r.averageSentenceLength)} |`,
    `| Långa ord | ${sv(r.longWordShare)} % |`,
    `| OVIX | ${m.ovix === null ? '–' : sv(m.ovix)} |`,
    `| Nominalkvot | ${m.nominalRatio === null ? '–' : sv(m.nominalRatio)} |`,
  ]
  const languages = languagesLine(r, sv)
  if (languages) lines.push(`| Språk (andel av orden) | ${languages} |`, '', '> Måtten ovan gäller bara den svenska texten: stycken på andra språk räknas inte in i LIX, OVIX, nominalkvoten eller antalet ord och meningar.')
  lines.push('')
  if (r.profile) lines.push(`**${verdictHeadline(r.profile)}**`, '', ...r.profile.breaks.map((line) => `- ${line}`), ...(r.profile.breaks.length ? [''] : []))
  if (b && m.lix > b.lix) lines.push('> LIX har stigit. Det kan hända efter en bra omskrivning, till exempel när förkortningar skrivs ut – läs texten innan du drar slutsatser.', '')
  const long = r.sentences.filter((s) => s.long)
  lines.push(`Meningar längre än ${r.maxSentenceWords} ord: ${long.length} av ${r.sentences.length}${long.length ? ` (${long[0].place ? (long[0].place.page !== undefined ? 'sida' : 'stycke') : 'rad'} ${long.slice(0, 20).map((s) => s.place?.page ?? s.place?.paragraph ?? s.line).join(', ')}${long.length > 20 ? ' …' : ''})` : ''}.`, '')
  if (r.categories.length) {
    lines.push('| Kategori | Regel | Antal |', '|---|---|---:|')
    for (const c of r.categories) for (const rule of c.rules) lines.push(`| ${CATEGORY_NAMES[c.category]} | \`${rule.ruleId}\` | ${rule.count} |`)
    lines.push('')
  }
  if (r.heaviestParagraphs.length) {
    lines.push('De tyngsta styckena:', '')
    for (const p of r.heaviestParagraphs) lines.push(`1. ${p.place ? placeLabel(p.place) : `Rad ${p.line}`}: LIX ${p.lix.toFixed(0)} (${p.lixBand}), ${p.words} ord – ${cell(p.preview)}`)
    lines.push('')
  }
  if (r.findings.length) lines.push(`${sub} Alla fynd`, '')
  for (const f of r.findings) lines.push(`- ${f.place ? `${placeLabel(f.place)}: ”${cell(f.place.context)}”` : `Rad ${f.line}:${f.column}`} ${f.severity}: ${cell(f.message)} \`${f.ruleId}\``)
  return lines.join('\n') + '\n'
}
