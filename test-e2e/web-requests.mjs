// What the writing page asks of the network, and what it says in the console. The page promises
// that the text stays in the browser: everything is loaded from the serve address at start (the
// worker fetches both dictionaries then), and nothing at all is requested while one writes.
import { fail, waitForFindings } from './web-harness.mjs'

/** Each different line once, with how often it came, at most 12 of them. */
function listed(lines) {
  const counts = new Map()
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1)
  const shown = [...counts].slice(0, 12).map(([line, n]) => (n > 1 ? `${line} (×${n})` : line))
  return shown.join('\n') + (counts.size > 12 ? `\n… and ${counts.size - 12} more` : '')
}

/** URLs that never leave the browser (the page's empty icon, a configuration saved as a blob). */
const local = (url) => /^(data|blob|about):/.test(url)

/** Collects, over every page given to it, console errors and warnings, page errors, failed requests and requests elsewhere. */
export function watch() {
  const seen = { console: [], pageErrors: [], failed: [], elsewhere: [], requests: 0 }
  return {
    seen,
    page(page, origin) {
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && seen.console.push(`${m.type()}: ${m.text()}`))
      page.on('pageerror', (e) => seen.pageErrors.push(String(e)))
      page.on('requestfailed', (r) => seen.failed.push(`${r.url()}: ${r.failure()?.errorText}`))
      page.on('request', (r) => {
        seen.requests++
        if (!r.url().startsWith(origin) && !local(r.url())) seen.elsewhere.push(r.url())
      })
    },
  }
}

export function allQuiet({ seen }, origin) {
  const problems = [
    ...seen.console.map((m) => `console ${m}`),
    ...seen.pageErrors.map((e) => `page error: ${e}`),
    ...seen.failed.map((f) => `failed request: ${f}`),
    ...seen.elsewhere.map((u) => `request outside ${origin}: ${u}`),
  ]
  if (problems.length) fail(listed(problems))
  return `${seen.requests} requests over all pages, all to ${origin}`
}

const DICTIONARIES = ['dictionaries/sv-SE/index.dic', 'dictionaries/en/en-US.dic', 'dictionaries/en/en-GB.dic']

/**
 * Loads the page in a fresh context and records every request the context sees (a worker's
 * fetches included: this is checked, since the dictionaries are the worker's); once the
 * dictionaries are in and nothing is pending, writes, fixes and changes settings, and fails on
 * any request from then on.
 */
export async function noRequestsAfterLoad(context, url, watcher) {
  const requests = []
  const pending = new Set()
  let phase = 'load'
  context.on('request', (r) => {
    requests.push({ url: r.url(), phase })
    pending.add(r)
  })
  context.on('requestfinished', (r) => pending.delete(r))
  context.on('requestfailed', (r) => pending.delete(r))
  const page = await context.newPage()
  watcher.page(page, url)
  const pageSaw = []
  page.on('request', (r) => pageSaw.push(r.url()))

  await page.goto(url, { waitUntil: 'load' })
  const deadline = Date.now() + 60_000
  while (pending.size > 0 || !DICTIONARIES.every((d) => requests.some((r) => r.url === url + d))) {
    if (Date.now() > deadline) fail(`the dictionaries did not arrive within 60 s; requests: ${requests.map((r) => r.url).join(', ')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await waitForFindings(page, () => true, 'first findings after load')
  const loaded = requests.slice()
  phase = 'after'

  const region = page.getByRole('region', { name: 'Fynd', exact: true })
  const done = []
  await page.getByRole('textbox', { name: 'Text att granska', exact: true }).click()
  await page.keyboard.type('Du kan erhålla ett svar inom två veckor. Vi ber Dig att skicka in blanketten, men jag skrver fel.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('This paragraph is written in English for the test, and it has one speling error in it.')
  const has = (r, id) => r.findings.some((f) => f.ruleId === id)
  await waitForFindings(page, (r) => ['plain-words', 'spelling', 'en-spelling', 'capital-du'].every((id) => has(r, id)), 'Swedish, spelling and English spelling findings', 60_000)
  done.push('typed Swedish and English')
  await region.getByRole('button', { name: 'Ersätt med ”få”', exact: true }).click()
  await waitForFindings(page, (r, text) => text.includes('kan få') && !has(r, 'plain-words'), 'the fix applied')
  done.push('a fix from Fynd')
  await page.getByRole('button', { name: /^Åtgärda alla entydiga fynd/ }).click()
  await waitForFindings(page, (r, text) => text.includes('ber dig'), 'the unambiguous fixes applied')
  done.push('Åtgärda alla entydiga fynd')
  await region.getByRole('button', { name: 'Lägg till ”skrver” i min ordlista', exact: true }).click()
  await waitForFindings(page, (r, text) => !r.findings.some((f) => text.slice(f.from, f.to) === 'skrver'), '"skrver" accepted')
  done.push('a word added to the own list')
  await page.getByRole('button', { name: 'Inställningar', exact: true }).click()
  await page.getByLabel('Läs in teamets .klarsprak.json').setInputFiles({ name: '.klarsprak.json', mimeType: 'application/json', buffer: Buffer.from('{ "rules": { "en-spelling": "off" } }') })
  await waitForFindings(page, (r) => !has(r, 'en-spelling'), 'en-spelling off by the loaded file')
  await page.locator('#rule-long-sentence').selectOption('hint')
  await page.getByRole('button', { name: 'Stäng', exact: true }).click()
  done.push('settings opened, a configuration file loaded, a rule changed')
  await page.getByLabel('Textformat').selectOption('plaintext')
  done.push('format changed')
  const report = () => page.evaluate(() => document.querySelector('#report iframe')?.srcdoc ?? '')
  const before = await report()
  await page.getByRole('textbox', { name: 'Text att granska', exact: true }).press('ControlOrMeta+End')
  await page.keyboard.type(' Tack!')
  await waitForFindings(page, (r, text) => text.endsWith('Tack!'), 'findings for the last sentence')
  // the report follows a moment after the findings: the last thing the page does
  await page.waitForFunction((old) => (document.querySelector('#report iframe')?.srcdoc ?? '') !== old, before)
  done.push('the report refreshed')

  const after = requests.filter((r) => r.phase === 'after')
  if (after.length) fail(`requests after load: ${listed(after.map((r) => r.url))}`)
  const elsewhere = loaded.filter((r) => !r.url.startsWith(url) && !local(r.url))
  if (elsewhere.length) fail(`requests during load outside ${url}: ${elsewhere.map((r) => r.url).join(', ')}`)
  const fromWorker = loaded.filter((r) => r.url.includes('/dictionaries/'))
  if (fromWorker.length === 0) fail('the context saw none of the worker\'s dictionary fetches, so the check would see nothing')
  const paths = loaded.map((r) => r.url.replace(url, '/'))
  return `${loaded.length} requests during load, all to ${url}: ${paths.join(' ')}; the worker's ${fromWorker.length} dictionary fetches seen by the context (and ${pageSaw.filter((u) => u.includes('/dictionaries/')).length} by the page); then ${done.join(', ')}: 0 requests`
}
