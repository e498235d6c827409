import { describePlace } from '../files/office/place'
import type { DocumentReport, FolderReport } from './report-data'
import type { Priorities, Priority } from './priorities'
import type { Evidence, TestAnswer } from './klarsprakstest'
import { verdictCounts } from './klarsprakstest'
import { KLARSPRAKSTEST_SOURCES } from './klarsprakstest-questions'
import { escapeHtml as h } from './escape'

/** How a section links to a place: a button into the editor, or an anchor within the page. */
export interface PlaceLinks {
  interactive?: boolean
  /** The id of the finding's row in "Alla fynd", for a page without the editor. */
  anchorOf: (path: string, offset: number, ruleId: string) => string | undefined
}

const SEVERITY_NAMES: Record<string, string> = { error: 'fel', warning: 'varning', info: 'information', hint: 'tips' }

/** "Att åtgärda först": the ranked things to do, each with its count and a link to where it first stands. */
export function prioritiesHtml(p: Priorities, links: PlaceLinks, headingId: string): string {
  const items = p.top.map((item) => `<li class="sev-${item.severity}"><strong>${h(item.action)}</strong> <span class="sev">${SEVERITY_NAMES[item.severity]}</span> – ${describe(item)}. Först: ${place(item, links)}</li>`).join('')
  const hints = p.hints.count
    ? `<p>Dessutom ${p.hints.count} ${p.hints.count === 1 ? 'ledtråd' : 'ledtrådar'} (tips) som inte räknas upp här: ${p.hints.rules.map((r) => `<code>${h(r.ruleId)}</code> ${r.count}`).join(', ')}. De står i listan över alla fynd.</p>`
    : ''
  const more = p.more ? `<p>${p.more} ${p.more === 1 ? 'annat slags fynd' : 'andra slags fynd'} står bara i listan över alla fynd.</p>` : ''
  const body = items ? `<ol class="priorities">${items}</ol>` : '<p>Inget att åtgärda först.</p>'
  return `<section aria-labelledby="${headingId}"><h2 id="${headingId}">Att åtgärda först</h2>${body}${hints}${more}</section>`
}

/** The count, reach, examples and files of one thing to do, as a phrase. */
export function describe(item: Priority): string {
  const count = `${item.count} ${item.count === 1 ? 'ställe' : 'ställen'}${severitySplit(item, SEVERITY_NAMES)}`
  const files = item.files !== undefined ? ` i ${item.files} ${item.files === 1 ? 'fil' : 'filer'}` : ''
  const reach = item.reach === 100 ? ', hela texten' : item.reach ? `, ${item.reach} % av meningarna` : ''
  const examples = item.examples.length ? ` (${item.examples.map((e) => `”${h(e)}”`).join(', ')})` : ''
  return `${count}${files}${reach}${examples}`
}

/** " (1 varning, 2 information)" when the findings of a thing to do differ in severity. */
export function severitySplit(item: Priority, names: Record<string, string>): string {
  if (!item.bySeverity) return ''
  return ` (${(['error', 'warning', 'info'] as const).filter((s) => item.bySeverity![s]).map((s) => `${item.bySeverity![s]} ${names[s]}`).join(', ')})`
}

function place(item: Priority, links: PlaceLinks): string {
  const f = item.first
  const label = `${item.files !== undefined ? `${h(f.path)}, ` : ''}${f.place ? h(describePlace(f.place)) : `rad ${f.line}:${f.column}`}`
  // a Word file or PDF is not open as text: nothing to jump to in the editor
  if (links.interactive && !f.place) return `<button type="button" class="jump" data-path="${h(f.path)}" data-offset="${f.offset}" data-end="${f.endOffset}">${label}</button>`
  if (links.interactive) return label
  const anchor = links.anchorOf(f.path, f.offset, item.ruleId)
  return anchor ? `<a href="#${anchor}">${label}</a>` : label
}

/** The Klarspråkstest: each question with its verdict, evidence, rule, question to the reviewer and source. */
export function klarsprakstestHtml(r: DocumentReport, interactive: boolean, headingId: string): string {
  const answers = r.klarsprakstest ?? []
  if (answers.length === 0) return ''
  const c = verdictCounts(answers)
  const summary = `${c.bra} bra, ${c['kan förbättras']} kan förbättras, ${c['behöver arbete']} behöver arbete, ${c['bedöm själv']} att bedöma själv.`
  const questions = answers.map((a) => question(r.path, a, interactive)).join('')
  return `<section aria-labelledby="${headingId}"><h2 id="${headingId}">Klarspråkstest</h2>
<p>Frågorna bygger på Isofs Klarspråkstestet, som nu är en del av Klarspråkshjälpen (${h(KLARSPRAKSTEST_SOURCES.test.url)}). Svaren bygger på det Klarspråk ser i texten: läs den själv också. <strong>${summary}</strong></p>${questions}</section>`
}

function question(path: string, a: TestAnswer, interactive: boolean): string {
  const evidence = a.evidence.length ? `<ul class="evidence">${a.evidence.map((e) => `<li>${h(e.text)}${at(path, e, interactive)}</li>`).join('')}</ul>` : ''
  const ask = a.ask ? `<p class="ask"><strong>Fråga till dig som granskar:</strong> ${h(a.ask)}</p>` : ''
  const sources = a.sources.map((s) => `${h(s.title)} (${h(s.url)})`).join('; ')
  return `<h3>${h(a.question)} ${verdictBadge(a.verdict)}</h3><p>${h(a.about)}</p>${evidence}<p class="rule">${h(a.reason)}</p>${ask}<p class="source">Källa: ${sources}</p>`
}

const VERDICT_CLASS: Record<string, string> = { bra: 'good', 'kan förbättras': 'improve', 'behöver arbete': 'work', 'bedöm själv': 'ask' }

export function verdictBadge(verdict: TestAnswer['verdict']): string {
  const name = verdict ?? 'bedöm själv'
  return `<span class="verdict verdict-${VERDICT_CLASS[name]}">${h(name)}</span>`
}

function at(path: string, e: Evidence, interactive: boolean): string {
  if (!e.at) return ''
  if (e.at.place) return ` <span class="where">(${h(describePlace(e.at.place))})</span>`
  if (interactive) return ` <button type="button" class="jump" data-path="${h(path)}" data-offset="${e.at.offset}" data-end="${e.at.endOffset}">rad ${e.at.line}</button>`
  return ` <span class="where">(rad ${e.at.line})</span>`
}

/** A folder's Klarspråkstest: per question, how many files got each verdict. */
export function folderTestHtml(r: FolderReport): string {
  const rows = (r.klarsprakstest ?? []).map((q) => `<tr><th scope="row">${h(q.question)}</th><td class="num">${q.verdicts.bra}</td><td class="num">${q.verdicts['kan förbättras']}</td><td class="num">${q.verdicts['behöver arbete']}</td><td class="num">${q.verdicts['bedöm själv']}</td></tr>`).join('')
  if (!rows) return ''
  return `<section aria-labelledby="test"><h2 id="test">Klarspråkstest</h2><table><caption>Antal filer per svar; varje fils svar och underlag står under filen</caption><thead><tr><th scope="col">Fråga</th><th scope="col">Bra</th><th scope="col">Kan förbättras</th><th scope="col">Behöver arbete</th><th scope="col">Bedöm själv</th></tr></thead><tbody>${rows}</tbody></table></section>`
}
