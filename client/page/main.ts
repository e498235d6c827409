/**
 * The writing page: a text editor with Klarspråk's findings, the list of findings and the report
 * beside it. The language server runs in a web worker (the same one VS Code in the browser uses),
 * so typing never waits for a check and nothing is sent anywhere: the text stays in this browser.
 */
import type { Diagnostic } from '@codemirror/lint'
import type { FindingResult, FindingsResult, OffsetEditResult } from '../../server/src/protocol'
import { ServerSession, type TextFormat } from './session'
import { TextEditor } from './editor'
import { FindingsPanel } from './findings-panel'
import { SettingsPanel } from './settings-panel'
import { ReportView } from './report-view'
import { el } from './dom'
import { explanation } from './finding-text'
import * as storage from './storage'

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

const status = byId<HTMLElement>('status')
const announce = (text: string): void => {
  status.textContent = text
}

const session = new ServerSession(new URL('worker.js', document.baseURI).href)
let format: TextFormat = storage.load('format') === 'plaintext' ? 'plaintext' : 'markdown'
let shown: FindingsResult | undefined
const suggestions: Record<string, string[]> = {}
/** When each version was typed, for the keystroke-to-underline latency (npm run bench -- web). */
const typedAt = new Map<number, number>()
const latencies: number[] = []
let storageWarned = false

const editor = new TextEditor(byId('editor'), storage.load('text') ?? '', (text) => {
  const version = session.change(text)
  typedAt.set(version, performance.now())
  if (!storage.save('text', text) && !storageWarned) {
    storageWarned = true
    announce('Texten kan inte sparas i webbläsaren (lagringen är full eller avstängd). Den finns kvar tills du stänger sidan.')
  }
  void update(version)
})

const findingsPanel = new FindingsPanel(byId('findings-list'), {
  show: (f) => editor.select(f.from, f.to),
  fix: (edits, title) => applyFix(edits, title),
  addWord: (word) => settings?.addWord(word),
})
const report = new ReportView(byId('report'), () => session.report())
let settings: SettingsPanel | undefined

/** Applies a fix only to the version it was made for: after an edit, the new findings must come first. */
function applyFix(edits: OffsetEditResult[], title: string): boolean {
  if (!shown || shown.version !== session.currentVersion) {
    announce('Texten har ändrats sedan fynden togs fram. Vänta ett ögonblick och försök igen.')
    return false
  }
  editor.apply(edits)
  announce(`${title.replace(/^Ersätt med/, 'Ersatt med').replace(/^Ta bort/, 'Borttaget:')}.`)
  return true
}

/** Asks for a version's findings and shows them, unless the text has moved on meanwhile. */
async function update(version: number): Promise<void> {
  const result = await session.findings(version).catch(() => null)
  if (!result || result.version !== session.currentVersion) return
  show(result)
  const started = typedAt.get(version)
  if (started !== undefined) {
    // the underline is drawn in the frame after this one
    requestAnimationFrame(() => latencies.push(performance.now() - started))
    typedAt.clear()
  }
  void fetchSuggestions(result)
}

function show(result: FindingsResult): void {
  shown = result
  const text = editor.text
  editor.showDiagnostics(result.findings.map(diagnostic))
  findingsPanel.render(result.findings, text, suggestions)
  byId('findings-count').textContent = result.findings.length === 0 ? 'inga' : String(result.findings.length)
  byId<HTMLButtonElement>('fix-all').disabled = result.fixAll.length === 0
  byId('fix-all-count').textContent = result.fixAll.length ? ` (${result.fixAll.length})` : ''
  report.schedule()
  window.dispatchEvent(new CustomEvent('klarsprak-findings', { detail: result }))
}

function diagnostic(f: FindingResult): Diagnostic {
  return {
    from: f.from,
    to: f.to,
    severity: f.severity,
    message: f.message,
    source: f.ruleId,
    renderMessage: () => el('div', { class: 'tooltip-finding' }, ...explanation(f)),
    // the underlines are replaced together with `shown`, so applyFix's check of the version holds for them too
    actions: f.fixes.map((fix) => ({ name: fix.title, apply: () => applyFix(fix.edits, fix.title) })),
  }
}

/** Suggestions for unknown words come after the findings (the dictionary's search takes longer). */
async function fetchSuggestions(result: FindingsResult): Promise<void> {
  const words = [...new Set(result.findings.map((f) => f.unknownWord).filter((w): w is string => !!w && !(w in suggestions)))]
  if (words.length === 0) return
  Object.assign(suggestions, await session.suggestions(words).catch(() => ({})))
  if (shown === result) findingsPanel.render(result.findings, editor.text, suggestions)
}

function reopen(): void {
  const version = session.open(editor.text, format)
  typedAt.set(version, performance.now())
  void update(version)
}

session.onRefresh = () => void update(session.currentVersion)
session.onMessage = (message) => announce(message)
session.onConfigProblems = (problems) => settings?.showProblems(problems)

byId<HTMLButtonElement>('fix-all').addEventListener('click', () => {
  if (shown && shown.fixAll.length > 0) applyFix(shown.fixAll, `Ersatt ${shown.fixAll.length} entydiga fynd`)
})

const formatSelect = byId<HTMLSelectElement>('format')
formatSelect.value = format
formatSelect.addEventListener('change', () => {
  format = formatSelect.value === 'plaintext' ? 'plaintext' : 'markdown'
  storage.save('format', format)
  reopen()
})

const settingsDialog = byId<HTMLDialogElement>('settings')
byId('open-settings').addEventListener('click', () => settingsDialog.showModal())
byId('close-settings').addEventListener('click', () => settingsDialog.close())

/** Milliseconds from navigation (performance's time origin) to the first findings shown. */
let firstFindingsAt: number | undefined
window.addEventListener('klarsprak-findings', () => (firstFindingsAt ??= performance.now()), { once: true })

async function start(): Promise<void> {
  await session.ready
  const config = storage.load('config') ?? ''
  session.setConfig(config)
  reopen()
  const rules = await session.rules()
  settings = new SettingsPanel(byId('settings-body'), config, rules, (text, why) => {
    storage.save('config', text)
    session.setConfig(text)
    announce(why)
  })
}

start().catch((error) => announce(`Klarspråk kunde inte starta: ${String(error)}`))

// for the browser tests and the benchmark (test-e2e/web-page.test.mjs, scripts/bench-web.ts)
Object.assign(window, {
  klarsprak: {
    get findings() {
      return shown
    },
    latencies,
    get firstFindingsMs() {
      return firstFindingsAt
    },
    editor,
  },
})
