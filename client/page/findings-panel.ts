import type { FindingResult, OffsetEditResult } from '../../server/src/protocol'
import { el } from './dom'
import { explanation, SEVERITY_NAMES } from './finding-text'

export interface FindingActions {
  /** Selects the finding's text in the editor. */
  show(finding: FindingResult): void
  /** Applies a fix's edits, made for the version the list shows. */
  fix(edits: OffsetEditResult[], description: string): void
  /** Adds an unknown word to the page's own word list. */
  addWord(word: string): void
}


/**
 * The list of findings beside the text (the region "Fynd"): each with its explanation, its source
 * and its fixes as buttons, in the order of the text. Everything is reachable with Tab; after a fix
 * the focus goes to the finding that took its place, so a keyboard user can go on down the list.
 */
export class FindingsPanel {
  private readonly list: HTMLOListElement
  private readonly empty: HTMLParagraphElement
  private focusIndex: number | undefined
  /** The findings the list shows, with the offsets of the newest version (the buttons read them). */
  private shown: FindingResult[] = []
  private suggestions: Record<string, string[]> = {}
  private signature = ''

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: FindingActions,
  ) {
    this.list = el('ol', { class: 'findings' })
    this.empty = el('p', { class: 'empty' }, 'Inga fynd. Skriv eller klistra in en text.')
    container.append(this.empty, this.list)
  }

  render(findings: FindingResult[], text: string, suggestions: Record<string, string[]>): void {
    this.shown = findings
    this.suggestions = suggestions
    // most keystrokes move findings without changing them: then the list stays as it is (and keeps
    // its scroll and focus), and only the offsets its buttons use are new
    const signature = findings.map((f) => [f.ruleId, f.message, text.slice(f.from, f.to), this.fixesOf(f).map((x) => x.title).join('|')].join('\u0001')).join('\u0002')
    if (signature === this.signature && this.list.childElementCount === findings.length) return
    this.signature = signature
    const hadFocus = this.container.contains(document.activeElement)
    this.list.replaceChildren(...findings.map((f, i) => this.item(f, i, text)))
    this.empty.hidden = findings.length > 0
    if (this.focusIndex !== undefined && hadFocus) {
      const items = this.list.querySelectorAll<HTMLElement>('li')
      const target = items[Math.min(this.focusIndex, items.length - 1)]
      ;(target?.querySelector<HTMLElement>('.fixes button') ?? target?.querySelector<HTMLElement>('button.goto') ?? this.container).focus()
    }
    if (!hadFocus) this.focusIndex = undefined
  }

  /** A finding's fixes: its own, then the dictionary's suggestions for an unknown word. */
  private fixesOf(f: FindingResult): FindingResult['fixes'] {
    const guesses = f.unknownWord ? (this.suggestions[f.unknownWord] ?? []) : []
    return [...f.fixes, ...guesses.map((s) => ({ title: `Ersätt med ”${s}”`, edits: [{ from: f.from, to: f.to, insert: s }] }))]
  }

  private item(f: FindingResult, index: number, text: string): HTMLLIElement {
    const quoted = text.slice(f.from, f.to)
    const buttons = this.fixesOf(f).map((fix, j) => {
      const button = el('button', { type: 'button' }, fix.title)
      button.addEventListener('click', () => {
        this.focusIndex = index
        // the fix as it is now: the text may have moved since the list was drawn
        const current = this.shown[index] && this.fixesOf(this.shown[index])[j]
        if (current) this.actions.fix(current.edits, current.title)
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
    goto.addEventListener('click', () => this.actions.show(this.shown[index] ?? f))
    return el(
      'li',
      { class: `finding severity-${f.severity}` },
      el('p', { class: 'finding-head' }, goto, ' ', el('span', { class: 'tag' }, `${SEVERITY_NAMES[f.severity]} · ${f.categoryName}`)),
      ...explanation(f),
      buttons.length > 0 && el('div', { class: 'fixes' }, ...buttons),
    )
  }
}
