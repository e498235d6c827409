/** Bench helper, bundled to dist/measure-dictionary.js: loads the dictionary once in a fresh process. */
import { performance } from 'node:perf_hooks'
import { SpellingService } from '../server/src/spelling/spelling-service'

async function main(): Promise<void> {
  const before = process.memoryUsage().rss
  const t0 = performance.now()
  const speller = await new SpellingService().load()
  const ms = performance.now() - t0
  if (!speller) throw new Error('the dictionary did not load')
  speller.correct('kommunikation')
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round((process.memoryUsage().rss - before) / 1e6) }) + '\n')
}
void main()
