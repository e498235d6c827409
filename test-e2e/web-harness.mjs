// What the writing page's browser tests share (web-page.test.mjs, web-fixtures.test.mjs, and
// scripts/bench-web.ts): `klarsprak serve` on a free port, Debian's Chromium through
// playwright-core, and the named checks that print "N passed, N failed".
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export const CHROMIUM = '/usr/bin/chromium'

/** playwright-core as test-e2e/run.sh installs it under the cache folder (.e2e/pw). */
export function playwright(cache) {
  return createRequire(join(cache, 'pw', 'package.json'))('playwright-core')
}

/**
 * Starts `klarsprak serve --port 0` and resolves with its address, read from the first line it
 * prints, and a stop function (SIGTERM, then waits for the exit).
 */
export function startServe(root, timeoutMs = 30_000) {
  const child = spawn(process.execPath, [join(root, 'bin', 'klarsprak.js'), 'serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    return exited
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`klarsprak serve printed no address within ${timeoutMs / 1000} s: ${output}`))
    }, timeoutMs)
    child.stderr.on('data', (chunk) => (output += chunk))
    child.stdout.on('data', (chunk) => {
      output += chunk
      const newline = output.indexOf('\n')
      if (newline < 0) return
      clearTimeout(timer)
      const url = output.slice(0, newline).trim()
      if (/^http:\/\/127\.0\.0\.1:\d+\/$/.test(url)) resolve({ url, stop })
      else {
        void stop()
        reject(new Error(`the first line of klarsprak serve is not its address: ${JSON.stringify(url)}`))
      }
    })
    exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`klarsprak serve exited (${code ?? signal}) before printing its address: ${output}`))
    })
  })
}

/** Headless Chromium on a closed machine: it resolves no name but 127.0.0.1, so a remote request can only fail. */
export function launchChromium(chromium) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  })
}

/**
 * Named checks, run in order. After the first failure the rest are reported as not run, unless
 * `always` (artefacts to look at, checks that stand on their own).
 */
export function checks() {
  const results = []
  const started = Date.now()
  let broken
  const report = (r) =>
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} [${(r.ms / 1000).toFixed(1)} s]${r.detail ? ` ${r.ok ? '' : '\n     '}${r.detail.replace(/\n/g, '\n     ')}` : ''}`)
  return {
    async check(name, run, always = false) {
      if (broken && !always) {
        results.push({ name, ok: false, ms: 0, detail: `not run: "${broken}" failed` })
        return report(results.at(-1))
      }
      const t = Date.now()
      try {
        const detail = await run()
        results.push({ name, ok: true, ms: Date.now() - t, detail: `${detail ?? ''}` })
      } catch (error) {
        // a check's own verdict says enough; anything else (a timeout, a bug in the test) with its stack
        results.push({ name, ok: false, ms: Date.now() - t, detail: error instanceof CheckFailed ? error.message : (error?.stack ?? String(error)) })
        broken ??= name
      }
      report(results.at(-1))
    },
    /** Prints the summary line run.sh reads and sets the exit code. */
    finish() {
      const failed = results.filter((r) => !r.ok).length
      console.log(`whole test took ${((Date.now() - started) / 1000).toFixed(1)} s`)
      console.log(`${results.length - failed} passed, ${failed} failed`)
      process.exitCode = failed === 0 && results.length > 0 ? 0 : 1
    },
  }
}

class CheckFailed extends Error {}

export const fail = (reason) => {
  throw new CheckFailed(reason)
}

/**
 * Keeps, in every page of the context, each set of findings the page shows together with the
 * text it was shown for: the page shows only the findings of its newest version, so findings
 * logged with the editor's current text are that text's findings.
 */
export function recordFindings(context) {
  return context.addInitScript(() => {
    window.__findingsLog = []
    addEventListener('klarsprak-findings', (event) => window.__findingsLog.push({ text: window.klarsprak.editor.text, result: event.detail }))
  })
}

/**
 * Polls until the newest findings shown for the editor's current text satisfy `ready(result,
 * text)`, and resolves with them; fails with `what` and the last findings after `timeoutMs`.
 */
export async function waitForFindings(page, ready, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  let last
  for (;;) {
    last = await page.evaluate(() => {
      const text = window.klarsprak?.editor.text
      const shown = window.__findingsLog?.findLast((entry) => entry.text === text)
      return { text, result: shown?.result }
    })
    if (last.result && ready(last.result, last.text)) return last.result
    if (Date.now() > deadline) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const shown = last.result ? last.result.findings.map((f) => `${f.ruleId} ”${last.text.slice(f.from, f.to)}”`).join(', ') : 'none for this text'
  fail(`${what}: not within ${timeoutMs / 1000} s; findings shown: ${shown || 'none'}`)
}

/** The text a finding covers. */
export const covered = (text, f) => text.slice(f.from, f.to)
