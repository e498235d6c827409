// End-to-end test of the writing page (issue 20, "must show"): `klarsprak serve` on 127.0.0.1 and
// the page in Debian's Chromium through playwright-core, driven as a person does, mostly by keyboard.
//
// One page goes through the story: the editor and the findings region have their names; a typed
// "erhålla" is underlined and listed; its fix is applied with Tab and Enter; a team's
// .klarsprak.json turns the rule off; a reload keeps text and configuration; the keyboard reaches
// everything and closes the settings. Two fresh pages then check that nothing is requested once
// the dictionaries are in, and take screenshots in light and dark (test-results/web-page-*.png)
// with a contrast check of what they show.
//
// Run by test-e2e/run.sh after `npm run build`, with KLARSPRAK_E2E_CACHE (where playwright-core
// is installed). Prints "N passed, N failed" last and exits non-zero on any failure.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checks, covered, fail, launchChromium, playwright, recordFindings, startServe, waitForFindings } from './web-harness.mjs'
import { measureContrast } from './web-contrast.mjs'
import { allQuiet, noRequestsAfterLoad, watch } from './web-requests.mjs'
import { keyboardChecks } from './web-keyboard.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cache = process.env.KLARSPRAK_E2E_CACHE ?? join(root, '.e2e')
const { chromium } = playwright(cache)
const shots = { light: join(root, 'test-results', 'web-page-light.png'), dark: join(root, 'test-results', 'web-page-dark.png') }
const SENTENCE = 'Du kan erhålla ett svar inom två veckor.'
const FIX = 'Ersätt med ”få”'
const { check, finish } = checks()
const kib = (path) => `${Math.round(statSync(path).size / 1024)} KiB`

mkdirSync(join(root, 'test-results'), { recursive: true })
for (const p of Object.values(shots)) rmSync(p, { force: true })

let serve, browser
const seen = watch()
try {
  await check('klarsprak serve prints its address on the first line', async () => {
    serve = await startServe(root)
    return serve.url
  })
  await check('Chromium starts', async () => {
    browser = await launchChromium(chromium)
    return browser.version()
  })

  const context = browser && (await browser.newContext({ viewport: { width: 1280, height: 900 } }))
  if (context) await recordFindings(context)
  const page = context && (await context.newPage())
  if (page) seen.page(page, serve.url)
  const region = page?.getByRole('region', { name: 'Fynd', exact: true })
  const textbox = page?.getByRole('textbox', { name: 'Text att granska', exact: true })
  const editorText = () => page.evaluate(() => window.klarsprak.editor.text)
  let ruleId

  await check('a. the editor is named "Text att granska" and the findings are a region named "Fynd"', async () => {
    await page.goto(serve.url, { waitUntil: 'load' })
    if ((await textbox.count()) !== 1 || !(await textbox.isVisible())) fail(`${await textbox.count()} visible textboxes named "Text att granska"`)
    if ((await region.count()) !== 1 || !(await region.isVisible())) fail(`${await region.count()} visible regions named "Fynd"`)
    const tag = await textbox.evaluate((e) => `${e.className} contenteditable=${e.contentEditable}`)
    if (!tag.includes('cm-content')) fail(`the textbox named "Text att granska" is not the editor's content: ${tag}`)
    return `textbox: ${tag}; region: ${await region.evaluate((e) => e.tagName.toLowerCase() + '#' + e.id)}`
  })

  await check(`b. "${SENTENCE}" typed: "erhålla" underlined in the editor and listed in Fynd`, async () => {
    await textbox.click()
    await page.keyboard.type(SENTENCE)
    const result = await waitForFindings(page, (r, text) => r.findings.some((f) => covered(text, f) === 'erhålla'), 'a finding over "erhålla"')
    const finding = result.findings.find((f) => covered(SENTENCE, f) === 'erhålla')
    ruleId = finding.ruleId
    const underlined = await page.locator('.cm-content .cm-lintRange').allTextContents()
    if (!underlined.includes('erhålla')) fail(`underlined: ${JSON.stringify(underlined)}`)
    const item = region.locator('li.finding', { hasText: '”erhålla”' })
    if ((await item.count()) !== 1) fail(`${await item.count()} items in Fynd for "erhålla": ${await region.innerText()}`)
    if ((await item.getByRole('button', { name: FIX, exact: true }).count()) !== 1) fail(`no button "${FIX}" in: ${await item.innerText()}`)
    return `${ruleId} (${finding.severity}): ${finding.message}`
  })

  await check(`c. the fix "${FIX}" applied with Tab and Enter only: the text says "få", the finding is gone`, async () => {
    const path = []
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      const here = await page.evaluate(() => {
        const a = document.activeElement
        return { name: `${a.tagName.toLowerCase()} ${(a.textContent || a.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 30)}`, inFynd: !!a.closest('[aria-label=Fynd]') }
      })
      path.push(here.name)
      if (here.inFynd && here.name === `button ${FIX}`) break
    }
    if (path.at(-1) !== `button ${FIX}`) fail(`Tab never reached "${FIX}" in Fynd: ${path.join(' → ')}`)
    await page.keyboard.press('Enter')
    await waitForFindings(page, (r, text) => text.includes('få') && !r.findings.some((f) => f.ruleId === ruleId), `no ${ruleId} finding after the fix`)
    const text = await editorText()
    if (text !== 'Du kan få ett svar inom två veckor.') fail(`the text is now ${JSON.stringify(text)}`)
    if ((await region.locator('li.finding', { hasText: 'erhålla' }).count()) > 0) fail(`Fynd still lists "erhålla": ${await region.innerText()}`)
    if ((await page.locator('.cm-content .cm-lintRange', { hasText: 'erhålla' }).count()) > 0) fail('"erhålla" is still underlined')
    return `${path.length} Tabs: ${path.join(' → ')}; text: ${text}`
  })

  const config = () => ({ rules: { [ruleId]: 'off' } })
  await check('d. a .klarsprak.json that turns the rule off, loaded in the settings, removes the finding and no other', async () => {
    await textbox.press('ControlOrMeta+End')
    await page.keyboard.type(' Vi ber Dig att svara. Du kommer att erhålla ett beslut.')
    const before = await waitForFindings(page, (r, text) => r.findings.some((f) => covered(text, f) === 'erhålla') && r.findings.some((f) => covered(text, f) === 'Dig'), 'findings over "erhålla" and "Dig"')
    await page.getByRole('button', { name: 'Inställningar', exact: true }).click()
    await page.getByLabel('Läs in teamets .klarsprak.json').setInputFiles({ name: '.klarsprak.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(config())) })
    const after = await waitForFindings(page, (r) => !r.findings.some((f) => f.ruleId === ruleId), `no ${ruleId} finding once the file is loaded`)
    const others = (r) => r.findings.filter((f) => f.ruleId !== ruleId).map((f) => f.ruleId).join(',')
    if (others(after) !== others(before)) fail(`other findings changed too: ${others(before)} → ${others(after)}`)
    const select = await page.locator(`#rule-${ruleId}`).inputValue()
    if (select !== 'off') fail(`the settings show ${ruleId} as "${select}"`)
    await page.keyboard.press('Escape')
    return `${JSON.stringify(config())}: ${before.findings.length} findings → ${after.findings.length} (${others(after)}); status "${await page.locator('#status').innerText()}"`
  })

  await check('e. after a reload the text and the configuration are kept', async () => {
    const text = await editorText()
    await page.reload({ waitUntil: 'load' })
    const result = await waitForFindings(page, (r, t) => t === text, 'findings for the kept text')
    const stored = await page.evaluate(() => ({ config: localStorage.getItem('klarsprak.config'), format: localStorage.getItem('klarsprak.format') }))
    if (JSON.stringify(JSON.parse(stored.config ?? 'null')) !== JSON.stringify(config())) fail(`stored configuration: ${stored.config}`)
    if (result.findings.some((f) => f.ruleId === ruleId)) fail(`${ruleId} is back after the reload`)
    await page.locator(`#rule-${ruleId}`).waitFor({ state: 'attached' })
    if ((await page.locator(`#rule-${ruleId}`).inputValue()) !== 'off') fail(`the settings no longer show ${ruleId} off`)
    return `text kept (${text.length} characters), configuration ${stored.config.replace(/\s+/g, ' ')}, ${result.findings.length} findings (${result.findings.map((f) => f.ruleId).join(', ')})`
  })

  await check('g. keyboard only: Tab reaches the toolbar, the editor and Fynd\'s buttons; Escape and "Stäng" close the settings; focus is visible', () => keyboardChecks(page))

  await check('f. nothing is requested after the dictionaries are in: typing Swedish and English, fixes, settings, a configuration file', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await recordFindings(fresh)
    try {
      return await noRequestsAfterLoad(fresh, serve.url, seen)
    } finally {
      await fresh.close()
    }
  }, Boolean(browser && serve))

  await check(`h. screenshots with findings, light and dark (${relative(root, shots.light)}, ${relative(root, shots.dark)}), text contrast ≥ 4.5:1, marks ≥ 3:1`, async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
    await recordFindings(fresh)
    try {
      const shown = await fresh.newPage()
      seen.page(shown, serve.url)
      await shown.goto(serve.url, { waitUntil: 'load' })
      await waitForFindings(shown, () => true, 'first findings')
      const text = readFileSync(join(root, 'test-fixtures/klarsprakstest/dalig.md'), 'utf8')
      await shown.evaluate((t) => window.klarsprak.editor.replaceAll(t), text)
      const result = await waitForFindings(shown, (r, t) => t === text && r.findings.some((f) => f.ruleId === 'spelling'), 'findings with spelling for klarsprakstest/dalig.md', 60_000)
      await shown.waitForFunction(() => document.querySelector('#report iframe')?.srcdoc.includes('<html'))
      const low = []
      const summary = []
      for (const scheme of ['light', 'dark']) {
        await shown.emulateMedia({ colorScheme: scheme })
        await shown.evaluate(() => new Promise(requestAnimationFrame))
        await shown.screenshot({ path: shots[scheme], fullPage: true })
        // the page, and the report in its frame as the page shows it
        for (const [where, frame] of [['page', shown.mainFrame()], ['report', shown.frames().find((f) => f !== shown.mainFrame())]]) {
          if (!frame) fail('the report has no frame')
          const { text: texts, marks } = await measureContrast(frame)
          low.push(...texts.filter((t) => t.ratio < 4.5).map((t) => ({ scheme, where, ...t })), ...marks.filter((m) => m.ratio < 3).map((m) => ({ scheme, where, ...m })))
          summary.push(`${scheme} ${where}: ${texts.length} texts, lowest ${texts[0].ratio}:1 (${texts[0].what} ”${texts[0].sample}”)` +
            (marks.length ? `; ${marks.length} marks, lowest ${marks[0].ratio}:1 (${marks[0].what})` : ''))
        }
        summary.push(kib(shots[scheme]))
      }
      if (low.length) fail(`too little contrast:\n${low.map((l) => `${l.scheme} ${l.where} ${l.ratio}:1 ${l.what} ${l.fg} on ${l.bg} ”${l.sample}”`).join('\n')}`)
      return `${result.findings.length} findings shown; ${summary.join('; ')}`
    } finally {
      await fresh.close()
    }
  }, Boolean(browser && serve))

  await check('no errors in the console, no page errors, no failed requests, nothing requested from elsewhere', () => allQuiet(seen, serve.url), Boolean(serve))
} finally {
  await browser?.close().catch(() => {})
  await serve?.stop()
}
finish()
