import * as vscode from 'vscode'
import type { BaseLanguageClient } from 'vscode-languageclient'
import { FILE_REPORT_REQUEST, FOLDER_REPORT_REQUEST, REPORT_REQUEST, type FileReportResult, type FolderReportResult, type ReportParams, type ReportResult } from '../../server/src/protocol'

/** An open text document, a folder, or a Word file or PDF read from disk (never opened as text, never edited). */
type Target = { kind: 'document' | 'folder' | 'file'; uri: vscode.Uri }

/** True for the files the report reads from disk rather than from an editor: Word files and PDFs. */
export function isOfficeFile(uri: vscode.Uri): boolean {
  return /\.(docx|pdf)$/i.test(uri.path)
}

/** The document the user is looking at: the active text editor's, or the active tab's (a Word file or PDF has no text editor). */
export function activeDocumentUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined
  return vscode.window.activeTextEditor?.document.uri ?? (input?.uri instanceof vscode.Uri ? input.uri : undefined)
}

/**
 * The reviewer's report beside the text: HTML drawn by the server (strict CSP, no remote
 * resources), refreshed when the document changes; a click on a finding selects it in the editor.
 */
export class ReportPanel {
  private static current: ReportPanel | undefined
  private readonly panel: vscode.WebviewPanel
  private target: Target
  private refreshTimer: ReturnType<typeof setTimeout> | undefined
  private readonly disposables: vscode.Disposable[] = []

  static async show(client: BaseLanguageClient, target: Target): Promise<void> {
    if (ReportPanel.current) {
      ReportPanel.current.target = target
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside, true)
    } else {
      ReportPanel.current = new ReportPanel(client, target)
    }
    await ReportPanel.current.render()
  }

  private constructor(private readonly client: BaseLanguageClient, target: Target) {
    this.target = target
    this.panel = vscode.window.createWebviewPanel('klarsprak.report', 'Klarspråk: granskning', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
    })
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables)
    this.panel.webview.onDidReceiveMessage((m) => void this.reveal(m), null, this.disposables)
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (this.target.kind === 'document' && e.document.uri.toString() === this.target.uri.toString()) this.scheduleRefresh()
    }, null, this.disposables)
    // a Word file or PDF changes on disk when it is saved in Word or exported again
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,pdf,DOCX,PDF}')
    const onFile = (uri: vscode.Uri) => {
      if (this.target.kind === 'file' && uri.toString() === this.target.uri.toString()) this.scheduleRefresh()
    }
    watcher.onDidChange(onFile, null, this.disposables)
    watcher.onDidCreate(onFile, null, this.disposables)
    this.disposables.push(watcher)
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer)
    this.refreshTimer = setTimeout(() => void this.render(), 600)
  }

  private async render(): Promise<void> {
    // Web Crypto, so that the same panel runs in VS Code in the browser
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
    const params: ReportParams = { uri: this.target.uri.toString(), format: 'html', nonce }
    const html =
      this.target.kind === 'document'
        ? await this.client.sendRequest<ReportResult>(REPORT_REQUEST, params)
        : await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: this.target.kind === 'file' ? 'Klarspråk: läser och granskar dokumentet …' : 'Klarspråk: granskar mappen …' },
            () => this.client.sendRequest<FileReportResult | FolderReportResult>(this.target.kind === 'file' ? FILE_REPORT_REQUEST : FOLDER_REPORT_REQUEST, params),
          )
    this.panel.title = this.target.kind === 'folder' ? 'Granskning av mappen' : `Granskning: ${vscode.workspace.asRelativePath(this.target.uri)}`
    this.panel.webview.html = html ?? '<p>Dokumentet är inte öppet.</p>'
  }

  private async reveal(message: { type?: string; path?: string; offset?: number; endOffset?: number }): Promise<void> {
    if (message.type !== 'reveal' || typeof message.offset !== 'number') return
    const uri = this.target.kind === 'document' || !message.path ? this.target.uri : vscode.Uri.file(message.path)
    if (isOfficeFile(uri)) return
    const document = await vscode.workspace.openTextDocument(uri)
    const start = document.positionAt(message.offset)
    const end = document.positionAt(message.endOffset ?? message.offset)
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(start, end) })
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  }

  private dispose(): void {
    ReportPanel.current = undefined
    clearTimeout(this.refreshTimer)
    this.disposables.forEach((d) => d.dispose())
  }
}

/** Writes the report for the active document (a Word file or PDF too) as HTML or Markdown where the user chooses. */
export async function exportReport(client: BaseLanguageClient): Promise<void> {
  const source = activeDocumentUri()
  if (!source || (!vscode.window.activeTextEditor && !isOfficeFile(source))) {
    void vscode.window.showWarningMessage('Klarspråk: öppna ett dokument först.')
    return
  }
  const formats: Array<{ label: string; format: ReportParams['format']; ext: string }> = [{ label: 'HTML', format: 'html', ext: 'html' }, { label: 'Markdown', format: 'md', ext: 'md' }]
  const choice = await vscode.window.showQuickPick(formats, { placeHolder: 'Format för granskningen' })
  if (!choice) return
  const target = await vscode.window.showSaveDialog({ defaultUri: source.with({ path: source.path.replace(/(\.[^./]+)?$/, `.granskning.${choice.ext}`) }) })
  if (!target) return
  const params: ReportParams = { uri: source.toString(), format: choice.format }
  const text = isOfficeFile(source) && !vscode.window.activeTextEditor ? await client.sendRequest<FileReportResult>(FILE_REPORT_REQUEST, params) : await client.sendRequest<ReportResult>(REPORT_REQUEST, params)
  if (text === null) {
    void vscode.window.showWarningMessage('Klarspråk: dokumentet är inte öppet.')
    return
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text))
  void vscode.window.showInformationMessage(`Klarspråk: granskningen sparades i ${vscode.workspace.asRelativePath(target)}.`)
}
