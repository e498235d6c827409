import type { Category, DocumentOverview, Finding, Metrics } from '../engine/types'
import { blockCounts, lix, swedishBlocks } from '../engine/metrics'
import { languageName } from '../engine/language'
import { lixBand } from '../engine/lix-band'
import { LineIndex } from '../engine/line-index'
import { readable } from '../engine/fillers'
import { RULES } from '../rules'
import type { CheckResult } from '../engine/check'
import type { ActiveRule } from '../rules/rule-settings'
import { longSentence } from '../rules/long-sentence'
import { CATEGORY_NAMES } from './category-names'
import { profileVerdict, type ProfileVerdict } from './profile-verdict'
import { rankPriorities, type Priorities } from './priorities'
import { klarsprakstest, type TestAnswer, type Verdict } from './klarsprakstest'
import type { QuestionId } from './klarsprakstest-questions'
import { placeFinder, type DocumentSource, type Place } from '../files/office/place'

/** One document's report: what a reviewer reads at a glance, computed by the engine. */
export interface DocumentReport {
  path: string
  /** Set for a Word file (`docx`) or PDF (`pdf`): findings and paragraphs carry a `place`, and lines count in the text read out of it. */
  source?: DocumentSource['kind']
  metrics: Metrics
  lixBand: string
  averageSentenceLength: number
  longWordShare: number
  /**
   * The share of the words in each language, most first (svenska 84 %, engelska 16 %); the other
   * figures are over the Swedish text only. Empty for a document without words.
   */
  languages: Array<{ language: string; name: string; words: number; percent: number }>
  /** Every Swedish sentence's length in words, in order; `long` when over the long-sentence limit. */
  sentences: Array<{ offset: number; line: number; words: number; long: boolean; place?: Pick<Place, 'paragraph' | 'page'> }>
  maxSentenceWords: number
  categories: Array<{ category: Category; count: number; rules: Array<{ ruleId: string; description: string; count: number }> }>
  /** Swedish paragraphs with the highest LIX (at least 15 words), heaviest first. */
  heaviestParagraphs: Array<{ offset: number; endOffset: number; line: number; lix: number; lixBand: string; words: number; preview: string; place?: Place }>
  findings: Array<{ ruleId: string; category: Category; severity: Finding['severity']; message: string; actual: string; line: number; column: number; offset: number; endOffset: number; url?: string; place?: Place }>
  /** For a document checked by the lättläst profile: whether it meets it and what breaks it. */
  profile?: ProfileVerdict
  /** What to fix first: at most five things, ranked by how much each would help (see priorities.ts). */
  priorities: Priorities
  /** ISOF's klarspråk questions with the text's evidence and a verdict (see klarsprakstest.ts). */
  klarsprakstest: TestAnswer[]
}

/** What a report needs of a document's configuration: its rules and the preset it is checked by. */
export interface ReportConfig {
  rules: ActiveRule[]
  effective?: { profile?: { name: string; chosenBy: string } }
}

/** The long-sentence limit in force (the rule's `max`), which the report marks long sentences by. */
export function longSentenceLimit(rules: ReadonlyArray<{ rule: { id: string }; options: Record<string, unknown> }>): number {
  const max = rules.find((r) => r.rule.id === longSentence.id)?.options.max
  return typeof max === 'number' ? max : 25
}

/** The report lists categories in the order their names are given. */
const CATEGORY_ORDER = Object.keys(CATEGORY_NAMES) as Category[]
const HEAVIEST = 5
const MIN_PARAGRAPH_WORDS = 15

/** The report of one checked file, with the long-sentence limit of its own configuration. */
export function checkedFileReport(file: { path: string; result: CheckResult; config: ReportConfig; source?: DocumentSource }): DocumentReport {
  return documentReport(file.path, file.result.overview, file.result.findings, file.result.metrics, longSentenceLimit(file.config.rules), file.config, file.source)
}

/**
 * With `config`, a document checked by the lättläst profile gets the profile's verdict; with
 * `source` (a Word file or PDF), findings and paragraphs get their place in the reader's terms.
 */
export function documentReport(path: string, doc: DocumentOverview, findings: Finding[], metrics: Metrics, maxSentenceWords: number, config?: ReportConfig, source?: DocumentSource): DocumentReport {
  const lines = new LineIndex(doc.text)
  const placeOf = source ? placeFinder(doc, source) : undefined
  const at = (offset: number, endOffset: number) => (placeOf ? { place: placeOf(offset, endOffset) } : {})
  const sentencePlace = (offset: number) => {
    if (!placeOf) return {}
    const { paragraph, page } = placeOf(offset, offset)
    return { place: page === undefined ? { paragraph } : { paragraph, page } }
  }
  // LIX and sentence lengths are Swedish measures: an English section is counted in `languages` only
  const swedish = swedishBlocks(doc)
  const sentences = swedish.flatMap((b) => b.sentences)
  const paragraphs = swedish
    .filter((b) => b.kind !== 'heading')
    .map((b) => {
      const c = blockCounts(b)
      return { offset: b.start, endOffset: b.end, line: lines.position(b.start).line + 1, lix: c.lix, lixBand: lixBand(c.lix), words: c.words, preview: preview(doc.text.slice(b.start, b.end)) }
    })
    .filter((p) => p.words >= MIN_PARAGRAPH_WORDS)
    .sort((a, b) => b.lix - a.lix)
    .slice(0, HEAVIEST)
    .map((p) => ({ ...p, ...at(p.offset, p.endOffset) }))
  const sentenceRows = sentences.map((s) => ({ offset: s.start, line: lines.position(s.start).line + 1, words: s.words, long: s.words > maxSentenceWords, ...sentencePlace(s.start) }))
  const findingRows = findings.map((f) => {
    const p = lines.position(f.offset)
    return { ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, actual: f.actual, line: p.line + 1, column: p.character + 1, offset: f.offset, endOffset: f.endOffset, ...(f.url ? { url: f.url } : {}), ...at(f.offset, f.endOffset) }
  })
  const active = config ? new Set(config.rules.map((r) => r.rule.id)) : undefined
  const profile = config ? profileVerdict({ profile: config.effective?.profile, rules: config.rules, metrics, sentences: sentenceRows, maxSentenceWords, findings }) : undefined
  return {
    path,
    ...(source ? { source: source.kind } : {}),
    metrics,
    lixBand: lixBand(metrics.lix),
    averageSentenceLength: metrics.sentences ? round1(metrics.words / metrics.sentences) : 0,
    longWordShare: metrics.words ? round1((100 * metrics.longWords) / metrics.words) : 0,
    languages: languageShares(metrics.languages ?? {}),
    sentences: sentenceRows,
    maxSentenceWords,
    categories: groupFindings(findings),
    heaviestParagraphs: paragraphs,
    findings: findingRows,
    ...(profile ? { profile } : {}),
    priorities: rankPriorities([{ path, findings: findingRows, sentenceStarts: sentenceRows.map((s) => s.offset) }]),
    klarsprakstest: klarsprakstest({ doc, findings, metrics, maxSentenceWords, lines, active, ...(placeOf ? { placeOf } : {}) }),
  }
}

/** Words per language as shares of the whole, most first. */
function languageShares(words: Record<string, number>): DocumentReport['languages'] {
  const total = Object.values(words).reduce((n, w) => n + w, 0)
  return Object.entries(words)
    .map(([language, w]) => ({ language, name: languageName(language), words: w, percent: round1((100 * w) / total) }))
    .sort((a, b) => b.words - a.words || a.language.localeCompare(b.language))
}

/** The languages line of a report ("svenska 84 %, engelska 16 %"), or undefined when the text is all Swedish. */
export function languagesLine(r: Pick<DocumentReport, 'languages'>, format: (n: number) => string): string | undefined {
  const languages = r.languages ?? []
  if (languages.every((l) => l.language === 'sv')) return undefined
  return languages.map((l) => `${l.name} ${format(l.percent)} %`).join(', ')
}

function groupFindings(findings: Finding[]): DocumentReport['categories'] {
  return CATEGORY_ORDER.map((category) => {
    const inCategory = findings.filter((f) => f.category === category)
    const ids = [...new Set(inCategory.map((f) => f.ruleId))]
    const rules = ids
      .map((ruleId) => ({ ruleId, description: RULES.find((r) => r.id === ruleId)?.description ?? '', count: inCategory.filter((f) => f.ruleId === ruleId).length }))
      .sort((a, b) => b.count - a.count)
    return { category, count: inCategory.length, rules }
  }).filter((c) => c.count > 0)
}

/** A paragraph's first words on one line; an HTML page's text as its reader sees it (see engine/fillers.ts). */
function preview(text: string): string {
  const flat = readable(text).replace(/\s+/g, ' ').trim()
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat
}

function round1(x: number): number {
  return Math.round(x * 10) / 10
}

/** A folder's report: one row per file and the figures for all of them together. */
export interface FolderReport {
  root: string
  files: DocumentReport[]
  totals: { files: number; words: number; sentences: number; longWords: number; lix: number; lixBand: string; findings: number }
  /** What to fix first over all the files: the same ranking, counted across them. */
  priorities: Priorities
  /** Each Klarspråkstest question with how many files got each verdict. */
  klarsprakstest: Array<{ id: QuestionId; question: string; verdicts: Record<Verdict | 'bedöm själv', number> }>
}

export function folderReport(root: string, files: DocumentReport[]): FolderReport {
  const words = files.reduce((n, f) => n + f.metrics.words, 0)
  const sentences = files.reduce((n, f) => n + f.metrics.sentences, 0)
  const longWords = files.reduce((n, f) => n + f.metrics.longWords, 0)
  const value = lix(words, sentences, longWords)
  const priorities = rankPriorities(files.map((f) => ({ path: f.path, findings: f.findings, sentenceStarts: f.sentences.map((s) => s.offset) })))
  return { root, files, totals: { files: files.length, words, sentences, longWords, lix: value, lixBand: lixBand(value), findings: files.reduce((n, f) => n + f.findings.length, 0) }, priorities, klarsprakstest: folderVerdicts(files) }
}

/** How many files got each verdict, question by question, in the questions' order. */
function folderVerdicts(files: readonly DocumentReport[]): FolderReport['klarsprakstest'] {
  const rows = new Map<QuestionId, FolderReport['klarsprakstest'][number]>()
  for (const f of files) {
    for (const a of f.klarsprakstest ?? []) {
      let row = rows.get(a.id)
      if (!row) rows.set(a.id, (row = { id: a.id, question: a.question, verdicts: { bra: 0, 'kan förbättras': 0, 'behöver arbete': 0, 'bedöm själv': 0 } }))
      row.verdicts[a.verdict ?? 'bedöm själv']++
    }
  }
  return [...rows.values()]
}
