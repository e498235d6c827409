/**
 * Bench helper, bundled to dist/measure-dictionary.js: loads the dictionary once in a fresh
 * process. With --english, the Swedish one first and then the English word lists, which are
 * what is measured (they load on top of the Swedish one, as in the editor).
 */
import { performance } from 'node:perf_hooks'
import { SpellingService } from '../server/src/spelling/spelling-service'

async function main(): Promise<void> {
  const service = new SpellingService()
  const english = process.argv.includes('--english')
  if (english) await service.load()
  const before = process.memoryUsage().rss
  const t0 = performance.now()
  const speller = await (english ? service.loadEnglish() : service.load())
  const ms = performance.now() - t0
  if (!speller) throw new Error(`the dictionary did not load: ${english ? service.englishFailure : service.failure}`)
  speller.correct(english ? 'communication' : 'kommunikation')
  process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round((process.memoryUsage().rss - before) / 1e6) }) + '\n')
}
void main()
