import * as vscode from 'vscode'
import type { BaseLanguageClient } from 'vscode-languageclient'
import { STATS_REQUEST, type DocumentParams, type DocumentStatsResult } from '../../server/src/protocol'

const LANGUAGES = new Set(['markdown', 'plaintext', 'html'])

/** "LIX 48 · 12 fynd" for the active document; a click opens the report. */
export function createStatusItem(client: BaseLanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('klarsprak.status', vscode.StatusBarAlignment.Right, 100)
  item.name = 'Klarspråk'
  item.command = 'klarsprak.showReport'
  let timer: ReturnType<typeof setTimeout> | undefined
  const update = async () => {
    const editor = vscode.window.activeTextEditor
    if (!editor || !LANGUAGES.has(editor.document.languageId)) {
      item.hide()
      return
    }
    const params: DocumentParams = { uri: editor.document.uri.toString() }
    const stats = await client.sendRequest<DocumentStatsResult>(STATS_REQUEST, params)
    if (!stats) {
      item.hide()
      return
    }
    item.text = `$(book) LIX ${stats.lix.toFixed(0)} · ${stats.findings} fynd`
    item.tooltip = `Klarspråk: LIX ${stats.lix.toFixed(0)} (${stats.lixBand}), ${stats.words} ord, ${stats.findings} fynd. Klicka för att granska dokumentet.`
    item.accessibilityInformation = { label: item.tooltip }
    item.show()
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void update().catch(() => item.hide()), 400)
  }
  schedule()
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString()
      if (active && e.uris.some((u) => u.toString() === active)) schedule()
    }),
    { dispose: () => clearTimeout(timer) },
  )
}
