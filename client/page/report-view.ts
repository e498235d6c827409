/**
 * The report beside the text: the same HTML as the editor's report view (readability, findings by
 * category, what to fix first), shown in a frame that runs no scripts. It is made again a moment
 * after typing stops, not on every keystroke.
 */
export class ReportView {
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly frame: HTMLIFrameElement
  private shown = ''

  constructor(container: HTMLElement, private readonly make: () => Promise<string | null>) {
    this.frame = document.createElement('iframe')
    this.frame.title = 'Granskning av texten'
    // no scripts, no forms; the report's only links lead within it (rad 1:8 → the finding)
    this.frame.setAttribute('sandbox', '')
    container.append(this.frame)
  }

  /** Asks for a new report once the text has been still for a while. */
  schedule(delayMs = 800): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.refresh(), delayMs)
  }

  async refresh(): Promise<void> {
    const html = await this.make()
    if (!html) return
    // a new srcdoc reloads the frame (it flashes and loses its scroll): only when the report changed
    if (html !== this.shown) this.frame.srcdoc = this.shown = html
  }
}
