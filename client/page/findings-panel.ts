import type { FindingResult, OffsetEditResult } from '../../server/src/protocol'
import { el, sourceLink } from './dom'

export interface FindingActions {
  /** Selects the finding's text in the editor. */
  show(finding: FindingResult): void
  /** Applies a fix's edits, made for the version the list shows. */
  fix(edits: OffsetEditResult[], description: string): void
  /** Adds an unknown word to the page's own word list. */
  addWord(word: string): void
}

const SEVERITY_NAMES: Record<FindingResult['severity'], string> = { error: 'Fel', warning: 'Varning', info: 'Information', hint: 'Tips' }

/**
 * The list of findings beside the text (the region "Fynd"): each with its explanation, its source
 * and its fixes as buttons, in the order of the text. Everything is reachable with Tab; after a fix
 * the focus goes to the finding that took its place, so a keyboard user can go on down the list.
 */
export class FindingsPanel {
  private readonly list: HTMLOListElement
  private readonly empty: HTMLParagraphElement
  private focusIndex: number | undefined

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: FindingActions,
  ) {
    this.list = el('ol', { class: 'findings' })
    this.empty = el('p', { class: 'empty' }, 'Inga fynd. Skriv eller klistra in en text.')
    container.append(this.empty, this.list)
  }

  render(findings: FindingResult[], text: string, suggestions: Record<string, string[]>): void {
    const hadFocus = this.container.contains(document.activeElement)
    this.list.replaceChildren(...findings.map((f, i) => this.item(f, i, text, suggestions)))
    this.empty.hidden = findings.length > 0
    if (this.focusIndex !== undefined && hadFocus) {
      const items = this.list.querySelectorAll<HTMLElement>('li')
      const target = items[Math.min(this.focusIndex, items.length - 1)]
      ;(target?.querySelector<HTMLElement>('.fixes button') ?? target?.querySelector<HTMLElement>('button.goto') ?? this.container).focus()
    }
    if (!hadFocus) this.focusIndex = undefined
  }

  private item(f: FindingResult, index: number, text: string, suggestions: Record<string, string[]>): HTMLLIElement {
    const quoted = text.slice(f.from, f.to)
    const fixes = [...f.fixes]
    for (const s of f.unknownWord ? (suggestions[f.unknownWord] ?? []) : []) {
      fixes.push({ title: `Ersätt med ”${s}”`, edits: [{ from: f.from, to: f.to, insert: s }] })
    }
    const buttons = fixes.map((fix) => {
      const button = el('button', { type: 'button' }, fix.title)
      button.addEventListener('click', () => {
        this.focusIndex = index
        this.actions.fix(fix.edits, fix.title)
      })
      return button
    })
    if (f.unknownWord) {
      const add = el('button', { type: 'button', class: 'secondary' }, `Lägg till ”${f.unknownWord}” i min ordlista`)
      add.addEventListener('click', () => {
        this.focusIndex = index
        this.actions.addWord(f.unknownWord!)
      })
      buttons.push(add)
    }
    const goto = el('button', { type: 'button', class: 'goto', title: 'Visa i texten' }, `”${quoted.length > 60 ? quoted.slice(0, 57) + '…' : quoted}”`)
    goto.addEventListener('click', () => this.actions.show(f))
    return el(
      'li',
      { class: `finding severity-${f.severity}` },
      el('p', { class: 'finding-head' }, goto, ' ', el('span', { class: 'tag' }, `${SEVERITY_NAMES[f.severity]} · ${f.categoryName}`)),
      el('p', { class: 'message' }, f.message),
      f.note && el('p', { class: 'note' }, f.note),
      (f.source || f.url) && el('p', { class: 'source' }, 'Källa: ', f.url ? sourceLink(f.url, f.source ?? f.url) : f.source!),
      buttons.length > 0 && el('div', { class: 'fixes' }, ...buttons),
    )
  }
}
