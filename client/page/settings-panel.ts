import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser'
import type { RulesResult } from '../../server/src/protocol'
import { el } from './dom'
import { SEVERITY_NAMES } from './finding-text'

const SEVERITY_CHOICES: Array<[string, string]> = [['', 'Förvalt'], ['off', 'Av'], ...Object.entries(SEVERITY_NAMES)]
const CHOICE_NAMES: Record<string, string> = Object.fromEntries(SEVERITY_CHOICES)
const FORMAT = { insertSpaces: true, tabSize: 2, eol: '\n' }

/**
 * The settings panel: the page's configuration is a `.klarsprak.json`, read the same way as in
 * VS Code and the CLI. It can be loaded from a file, changed here (a preset, a rule's severity or
 * off, the own word list) and saved back as a file for the team; edits keep the file's comments.
 */
export class SettingsPanel {
  private config: string
  private readonly problems: HTMLElement
  private readonly form: HTMLFormElement

  constructor(
    container: HTMLElement,
    initial: string,
    private readonly rules: RulesResult,
    private readonly onChange: (config: string, why: string) => void,
  ) {
    this.config = initial
    this.problems = el('div', { class: 'config-problems', role: 'status' })
    this.form = el('form', { class: 'settings-form' })
    this.form.addEventListener('submit', (e) => e.preventDefault())
    container.append(this.fileControls(), this.problems, this.form)
    this.renderForm()
  }

  /** The configuration file's text ('' when there is none). */
  get text(): string {
    return this.config
  }

  /** Problems the server found in the file (JSON errors, unknown rules …), shown in the panel. */
  showProblems(messages: string[]): void {
    this.problems.replaceChildren(...(messages.length ? [el('p', {}, 'Fel i .klarsprak.json:'), el('ul', {}, ...messages.map((m) => el('li', {}, m)))] : []))
  }

  private fileControls(): HTMLElement {
    const input = el('input', { type: 'file', id: 'config-file', accept: '.json,.jsonc,application/json' })
    input.addEventListener('change', async () => {
      const file = input.files?.[0]
      if (!file) return
      if (file.size > 1_000_000) {
        this.showProblems([`${file.name} är för stor för en konfigurationsfil (${Math.round(file.size / 1024)} kB).`])
        return
      }
      this.set(await file.text(), `Inställningarna från ${file.name} används.`)
      input.value = ''
    })
    const saveButton = el('button', { type: 'button' }, 'Spara som .klarsprak.json')
    saveButton.addEventListener('click', () => this.download())
    const clear = el('button', { type: 'button', class: 'secondary' }, 'Återställ förvalda inställningar')
    clear.addEventListener('click', () => this.set('', 'De förvalda inställningarna används.'))
    return el(
      'div',
      { class: 'file-controls' },
      el('label', { for: 'config-file' }, 'Läs in teamets .klarsprak.json'),
      input,
      el('div', { class: 'buttons' }, saveButton, clear),
    )
  }

  private set(text: string, why: string): void {
    this.config = text
    this.renderForm()
    this.onChange(text, why)
  }

  private edit(path: Array<string | number>, value: unknown, why: string): void {
    const base = this.config.trim() === '' ? '{}\n' : this.config
    const edits = modify(base, path, value, { formattingOptions: FORMAT })
    this.config = applyEdits(base, edits)
    this.onChange(this.config, why)
  }

  private parsed(): { extends?: unknown; rules?: Record<string, unknown>; words?: unknown } {
    const errors: ParseError[] = []
    const value = parse(this.config || '{}', errors, { allowTrailingComma: true })
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {}
  }

  private renderForm(): void {
    const current = this.parsed()
    const ext = typeof current.extends === 'string' ? current.extends : ''
    const preset = el('select', { id: 'preset' }, el('option', { value: '' }, 'Ingen (förvalda regler)'), ...this.rules.presets.map((p) => el('option', { value: p }, p)))
    preset.value = this.rules.presets.includes(ext) ? ext : ''
    preset.disabled = Array.isArray(current.extends)
    preset.addEventListener('change', () => this.edit(['extends'], preset.value === '' ? undefined : preset.value, preset.value ? `Förinställningen ${preset.value} används.` : 'Ingen förinställning används.'))

    const words = el('textarea', { id: 'own-words', rows: '4' })
    words.value = Array.isArray(current.words) ? current.words.filter((w) => typeof w === 'string').join('\n') : ''
    words.addEventListener('change', () => {
      const list = words.value.split('\n').map((w) => w.trim()).filter(Boolean)
      this.edit(['words'], list.length ? list : undefined, 'Ordlistan är sparad.')
    })

    const ruleSettings = current.rules && typeof current.rules === 'object' ? current.rules : {}
    const rows = this.rules.rules.map((rule) => {
      const id = `rule-${rule.id}`
      const select = el('select', { id, 'aria-describedby': `${id}-description` }, ...SEVERITY_CHOICES.map(([value, name]) => el('option', { value }, value === '' ? `${name} (${CHOICE_NAMES[rule.defaultSeverity]})` : name)))
      const set = ruleSettings[rule.id]
      const severity = typeof set === 'string' ? set : Array.isArray(set) && typeof set[0] === 'string' ? set[0] : ''
      select.value = CHOICE_NAMES[severity] !== undefined ? severity : ''
      // a rule with options keeps them: only its severity changes
      select.addEventListener('change', () => {
        const value = select.value === '' ? undefined : Array.isArray(set) ? [select.value, ...set.slice(1)] : select.value
        this.edit(['rules', rule.id], value, `${rule.id}: ${select.value === '' ? 'förvald' : CHOICE_NAMES[select.value].toLowerCase()}.`)
      })
      return el('tr', {}, el('th', { scope: 'row' }, el('label', { for: id }, rule.id)), el('td', {}, select), el('td', { id: `${id}-description` }, `${rule.categoryName}: ${rule.description}`))
    })
    this.form.replaceChildren(
      el('p', {}, el('label', { for: 'preset' }, 'Förinställning'), preset),
      el('p', { class: 'hint', hidden: Array.isArray(current.extends) ? undefined : '' }, 'Filen bygger på flera förinställningar eller filer; ändra dem i filen.'),
      el('p', {}, el('label', { for: 'own-words' }, 'Egna ord som stavningskontrollen ska godta (ett per rad)'), words),
      el('table', { class: 'rules' }, el('caption', {}, 'Regler'), el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Regel'), el('th', { scope: 'col' }, 'Nivå'), el('th', { scope: 'col' }, 'Vad regeln gör'))), el('tbody', {}, ...rows)),
    )
  }

  /** Adds a word to the configuration's own list (a spelling finding's button). */
  addWord(word: string): void {
    const current = this.parsed()
    const list = Array.isArray(current.words) ? current.words.filter((w): w is string => typeof w === 'string') : []
    if (list.includes(word)) return
    this.edit(['words'], [...list, word], `”${word}” har lagts till i ordlistan.`)
    this.renderForm()
  }

  /** Saves the configuration as a file; a blob URL, so nothing leaves the machine. */
  private download(): void {
    const text = this.config.trim() === '' ? '{\n  "extends": "klarsprak:standard"\n}\n' : this.config
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    const link = el('a', { href: url, download: '.klarsprak.json' })
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
