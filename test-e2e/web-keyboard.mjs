// The writing page by keyboard alone: Tab reaches the toolbar, leaves the editor (no tab trap) and
// goes on to the findings' buttons; the settings dialog closes with Escape and with its "Stäng"
// button, and gives the focus back; every focused control shows a ring one can see.
import { fail } from './web-harness.mjs'

/** The focused element as the checks need it, with the outline drawn around it (the editor's frame for the editor). */
const focused = async (page) => {
  // CodeMirror marks itself focused a moment after the focus event
  await page.waitForFunction(() => !document.activeElement.classList.contains('cm-content') || document.activeElement.closest('.cm-editor').classList.contains('cm-focused'))
  return page.evaluate(() => {
    const a = document.activeElement
    const framed = a.classList.contains('cm-content') ? a.closest('.cm-editor') : a
    const style = getComputedStyle(framed)
    return {
      key: a.classList.contains('cm-content') ? 'editor' : a.id ? `#${a.id}` : `${a.tagName.toLowerCase()} ${(a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}`,
      tag: a.tagName.toLowerCase(),
      inFynd: !!a.closest('[aria-label=Fynd]'),
      inDialog: !!a.closest('dialog'),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
    }
  })
}

const visibleRing = (stop) => stop.outline.style !== 'none' && stop.outline.width >= 2

export async function keyboardChecks(page) {
  // start from the top: a click on the page's heading moves the starting point of Tab there
  await page.locator('header h1').click()
  const stops = []
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const stop = await focused(page)
    stops.push(stop)
    if (stop.inFynd && stop.tag === 'button' && stops.some((s) => s.key === 'editor')) break
  }
  const at = (test, what) => {
    const i = stops.findIndex(test)
    if (i < 0) fail(`Tab never reached ${what}: ${stops.map((s) => s.key).join(' → ')}`)
    return i
  }
  const order = [
    at((s) => s.key === '#format', 'the format select'),
    at((s) => s.key === '#fix-all', '"Åtgärda alla entydiga fynd"'),
    at((s) => s.key === '#open-settings', '"Inställningar"'),
    at((s) => s.key === 'editor', 'the editor'),
    at((s, i) => s.inFynd && s.tag === 'button' && i > stops.findIndex((e) => e.key === 'editor'), 'a button in Fynd after the editor'),
  ]
  if (order.some((n, i) => i > 0 && n <= order[i - 1])) fail(`out of order: ${stops.map((s) => s.key).join(' → ')}`)
  const editor = order[3]
  if (stops[editor + 1]?.key === 'editor') fail('Tab does not leave the editor')
  const unringed = stops.filter((s) => !visibleRing(s))
  if (unringed.length) fail(`focus not visible (outline under 2 px or none) on: ${unringed.map((s) => `${s.key} ${JSON.stringify(s.outline)}`).join('; ')}`)

  const settings = page.getByRole('button', { name: 'Inställningar', exact: true })
  const dialog = page.locator('dialog#settings')
  const isOpen = () => dialog.evaluate((d) => d.open)
  await settings.focus()
  await page.keyboard.press('Enter')
  if (!(await isOpen())) fail('Enter on "Inställningar" did not open the settings')
  if (!(await focused(page)).inDialog) fail('the focus did not move into the settings')
  await page.keyboard.press('Escape')
  if (await isOpen()) fail('Escape did not close the settings')
  const back = await focused(page)
  if (back.key !== '#open-settings') fail(`after Escape the focus is on ${back.key}, not "Inställningar"`)
  await page.keyboard.press('Enter')
  let closeStop
  for (let i = 0; i < 30 && (closeStop = await focused(page)).key !== '#close-settings'; i++) await page.keyboard.press('Tab')
  if (closeStop.key !== '#close-settings') fail('Tab never reached "Stäng" in the settings')
  if (!visibleRing(closeStop)) fail(`focus not visible on "Stäng": ${JSON.stringify(closeStop.outline)}`)
  await page.keyboard.press('Enter')
  if (await isOpen()) fail('"Stäng" did not close the settings')

  const ring = stops.find((s) => s.key === '#open-settings').outline
  return `${stops.length} Tab stops: ${stops.map((s) => s.key).join(' → ')}; every one with a ring (on "Inställningar": ${ring.style} ${ring.width}px ${ring.color}); Escape and "Stäng" close the settings, the focus goes back to "Inställningar"`
}
