import { EditorState } from '@codemirror/state'
import { EditorView, keymap, placeholder } from '@codemirror/view'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint'
import type { OffsetEditResult } from '../../server/src/protocol'

/**
 * The text editor: CodeMirror 6 without code features (no line numbers, no tab indentation, so
 * Tab leaves the editor as in any text field), with line wrapping and the lint underlines.
 */
export class TextEditor {
  readonly view: EditorView

  constructor(parent: HTMLElement, text: string, onChange: (text: string) => void) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          placeholder('Skriv eller klistra in din text här …'),
          EditorView.contentAttributes.of({ 'aria-label': 'Text att granska', lang: 'sv', spellcheck: 'false' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChange(update.state.doc.toString())
          }),
        ],
      }),
    })
  }

  get text(): string {
    return this.view.state.doc.toString()
  }

  /** Replaces the whole text (a loaded example, a reset) as one undoable change. */
  replaceAll(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } })
  }

  /** Applies edits made for the current text, as one undoable change. */
  apply(edits: readonly OffsetEditResult[]): void {
    this.view.dispatch({ changes: edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })), userEvent: 'input.fix' })
  }

  showDiagnostics(diagnostics: Diagnostic[]): void {
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics))
  }

  /** Selects a finding's text and scrolls to it; the editor takes the focus. */
  select(from: number, to: number): void {
    const end = Math.min(to, this.view.state.doc.length)
    this.view.dispatch({ selection: { anchor: Math.min(from, end), head: end }, scrollIntoView: true })
    this.view.focus()
  }
}
