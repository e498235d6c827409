import { languagesLine, type DocumentReport, type FolderReport } from './report-data'
import { sv } from './number-format'
import { CATEGORY_NAMES } from './category-names'
import { sentenceChart } from './sentence-chart'
import { escapeHtml as h } from './escape'
import { REPORT_CSS } from './report-css'
import { verdictHeadline } from './profile-verdict'
import { folderTestHtml, klarsprakstestHtml, prioritiesHtml, type PlaceLinks } from './render-verdict-html'
import { compareHtml } from './render-compare'
import type { Before } from './render-report'
import { placeLabel } from './place-label'

export interface HtmlOptions {
  /** Buttons that jump to findings, with a nonce'd script that posts the offsets (VS Code's webview). */
  interactive?: boolean
  /** CSP nonce for the inline style and script. */
  nonce?: string
  /** The figures before a change (klarsprak report --compare). */
  before?: Map<string, Before>
  /** What the figures before are of: a git version or another file. */
  compareLabel?: string
}

const SEVERITY_NAMES: Record<string, string> = { error: 'fel', warning: 'varning', info: 'information', hint: 'tips' }

/** A complete, self-contained HTML page: no remote resources, a strict Content Security Policy. */
export function renderHtml(report: DocumentReport | FolderReport, options: HtmlOptions = {}): string {
  const nonce = options.nonce ?? ''
  const csp = `default-src 'none'; img-src data:; style-src ${nonce ? `'nonce-${nonce}'` : "'unsafe-inline'"}; script-src ${options.interactive && nonce ? `'nonce-${nonce}'` : "'none'"};`
  const body = 'files' in report ? folderBody(report, options) : documentBody(report, options)
  const script = options.interactive
    ? `<script nonce="${nonce}">const vscode = acquireVsCodeApi();document.addEventListener('click', (e) => {const b = e.target.closest('[data-offset]');if (b) vscode.postMessage({ type: 'reveal', path: b.dataset.path, offset: Number(b.dataset.offset), endOffset: Number(b.dataset.end) });});</script>`
    : ''
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klarspråk – granskning</title>
<style${nonce ? ` nonce="${nonce}"` : ''}>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
${script}
</body>
</html>
`
}

function documentBody(r: DocumentReport, options: HtmlOptions, prefix = ''): string {
  const before = options.before?.get(r.path)
  const links: PlaceLinks = { interactive: options.interactive, anchorOf: (_path, offset, ruleId) => findingAnchor(r, offset, ruleId, prefix) }
  return `<h1>Granskning av <span class="path">${h(r.path)}</span></h1>
${profile(r)}${r.priorities ? prioritiesHtml(r.priorities, links, `${prefix}first`) : ''}
${before ? compareHtml(r, before, options.compareLabel) : ''}
${klarsprakstestHtml(r, Boolean(options.interactive), `${prefix}test`)}
${figures(r, before)}
<section aria-labelledby="lengths"><h2 id="lengths">Meningslängder</h2>${sentenceChart(r)}</section>
${categories(r)}
${heaviest(r, options)}
${findingList(r, options, prefix)}`
}

/** The id of a finding's row in "Alla fynd" (the first of the rule at that offset). */
function findingAnchor(r: DocumentReport, offset: number, ruleId: string, prefix: string): string | undefined {
  const i = r.findings.findIndex((f) => f.offset === offset && f.ruleId === ruleId)
  return i < 0 ? undefined : `${prefix}f${i}`
}

function profile(r: DocumentReport): string {
  if (!r.profile) return ''
  const breaks = r.profile.breaks.length ? `<ul>${r.profile.breaks.map((line) => `<li>${h(line)}</li>`).join('')}</ul>` : ''
  return `<section aria-labelledby="profile"><h2 id="profile">Lättläst</h2><p><strong>${h(verdictHeadline(r.profile))}</strong></p>${breaks}</section>\n`
}

function figures(r: DocumentReport, before?: { lix: number; words: number; sentences: number }): string {
  const m = r.metrics
  const delta = (now: number, then: number | undefined, digits = 0) =>
    then === undefined ? '' : ` <span class="delta">(${now - then >= 0 ? '+' : '−'}${Math.abs(now - then).toFixed(digits)} sedan jämförelsen)</span>`
  const languages = languagesLine(r, sv)
  const lixNote = before && m.lix > before.lix ? '<p class="note">LIX har stigit. Det kan hända efter en bra omskrivning, till exempel när förkortningar skrivs ut eller korta stödord blir färre – läs texten innan du drar slutsatser.</p>' : ''
  return `<section aria-labelledby="figures"><h2 id="figures">Läsbarhet</h2>
<table class="figures"><caption>${languages ? 'Mått för den svenska texten' : 'Mått för hela dokumentet'}</caption><tbody>
<tr><th scope="row">LIX</th><td><strong>${m.lix.toFixed(0)}</strong> – ${h(r.lixBand)}${delta(m.lix, before?.lix)}</td></tr>
<tr><th scope="row">Ord</th><td>${m.words}${delta(m.words, before?.words)}</td></tr>
<tr><th scope="row">Meningar</th><td>${m.sentences}${delta(m.sentences, before?.sentences)}</td></tr>
<tr><th scope="row">Ord per mening</th><td>${sv(r.averageSentenceLength)}</td></tr>
<tr><th scope="row">Långa ord (fler än sex bokstäver)</th><td>${sv(r.longWordShare)} %</td></tr>
<tr><th scope="row">OVIX (ordvariation)</th><td>${m.ovix === null ? '–' : sv(m.ovix)}</td></tr>
<tr><th scope="row">Nominalkvot</th><td>${m.nominalRatio === null ? '–' : sv(m.nominalRatio)}</td></tr>
${languages ? `<tr><th scope="row">Språk (andel av orden)</th><td>${h(languages)}</td></tr>\n` : ''}</tbody></table>${languages ? '<p class="note">Måtten gäller bara den svenska texten: stycken på andra språk räknas inte in i LIX, OVIX, nominalkvoten eller antalet ord och meningar.</p>' : ''}${lixNote}</section>`
}

function categories(r: DocumentReport): string {
  if (r.categories.length === 0) return '<section aria-labelledby="cats"><h2 id="cats">Fynd</h2><p>Inga fynd.</p></section>'
  const rows = r.categories
    .map((c) => c.rules.map((rule, i) => `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${c.rules.length}">${h(CATEGORY_NAMES[c.category])} (${c.count})</th>` : ''}<td><code>${h(rule.ruleId)}</code> – ${h(rule.description)}</td><td class="num">${rule.count}</td></tr>`).join(''))
    .join('')
  return `<section aria-labelledby="cats"><h2 id="cats">Fynd per kategori och regel</h2><table><caption>${r.findings.length} fynd</caption><thead><tr><th scope="col">Kategori</th><th scope="col">Regel</th><th scope="col">Antal</th></tr></thead><tbody>${rows}</tbody></table></section>`
}

function heaviest(r: DocumentReport, options: HtmlOptions): string {
  if (r.heaviestParagraphs.length === 0) return ''
  const items = r.heaviestParagraphs
    .map((p) => `<li>${jump(r.path, p.offset, p.endOffset, `${p.place ? h(placeLabel(p.place)) : `Rad ${p.line}`}: LIX ${p.lix.toFixed(0)} (${h(p.lixBand)}), ${p.words} ord`, options, Boolean(p.place))}<blockquote>${h(p.preview)}</blockquote></li>`)
    .join('')
  return `<section aria-labelledby="heavy"><h2 id="heavy">De tyngsta styckena</h2><ol>${items}</ol></section>`
}

function findingList(r: DocumentReport, options: HtmlOptions, prefix: string): string {
  if (r.findings.length === 0) return ''
  const items = r.findings
    .map((f, i) => {
      const where = f.place ? h(placeLabel(f.place)) : `Rad ${f.line}:${f.column}`
      const quote = f.place ? ` <q class="context">${h(f.place.context)}</q>` : ''
      return `<li id="${prefix}f${i}" class="sev-${f.severity}">${jump(r.path, f.offset, f.endOffset, where, options, Boolean(f.place))} <span class="sev">${SEVERITY_NAMES[f.severity]}</span> ${h(f.message)} <code>${h(f.ruleId)}</code>${quote}</li>`
    })
    .join('')
  return `<section aria-labelledby="all"><h2 id="all">Alla fynd</h2><ul class="findings">${items}</ul></section>`
}

/** A button that selects the place in the editor, or only its label where there is no text to open (a Word file, a PDF). */
function jump(path: string, offset: number, endOffset: number, label: string, options: HtmlOptions, inOfficeFile = false): string {
  return options.interactive && !inOfficeFile
    ? `<button type="button" class="jump" data-path="${h(path)}" data-offset="${offset}" data-end="${endOffset}">${label}</button>`
    : `<span class="where">${label}</span>`
}

function folderBody(r: FolderReport, options: HtmlOptions): string {
  const t = r.totals
  const rows = r.files
    .map((f) => {
      const before = options.before?.get(f.path)
      const change = before ? ` <span class="delta">(${f.metrics.lix - before.lix >= 0 ? '+' : '−'}${Math.abs(f.metrics.lix - before.lix).toFixed(0)})</span>` : ''
      return `<tr><th scope="row">${h(f.path)}</th><td class="num">${f.metrics.words}</td><td class="num">${f.metrics.lix.toFixed(0)}${change}</td><td>${h(f.lixBand)}</td><td class="num">${f.findings.length}</td></tr>`
    })
    .join('')
  const sections = r.files.map((f, i) => `<details><summary>${h(f.path)}: LIX ${f.metrics.lix.toFixed(0)}, ${f.findings.length} fynd</summary>${documentBody(f, options, `d${i}-`).replace(/<h1>[\s\S]*?<\/h1>/, '')}</details>`).join('\n')
  const fileIndex = new Map(r.files.map((f, i) => [f.path, i]))
  const links: PlaceLinks = {
    interactive: options.interactive,
    anchorOf: (path, offset, ruleId) => {
      const i = fileIndex.get(path)
      return i === undefined ? undefined : findingAnchor(r.files[i], offset, ruleId, `d${i}-`)
    },
  }
  return `<h1>Granskning av <span class="path">${h(r.root)}</span></h1>
<section aria-labelledby="summary"><h2 id="summary">Sammanfattning</h2><p>${t.files} filer, ${t.words} ord, LIX ${t.lix.toFixed(0)} (${h(t.lixBand)}), ${t.findings} fynd.</p>
<table><caption>En rad per fil</caption><thead><tr><th scope="col">Fil</th><th scope="col">Ord</th><th scope="col">LIX</th><th scope="col">Nivå</th><th scope="col">Fynd</th></tr></thead><tbody>${rows}</tbody></table></section>
${r.priorities ? prioritiesHtml(r.priorities, links, 'first') : ''}
${folderTestHtml(r)}
${sections}`
}
