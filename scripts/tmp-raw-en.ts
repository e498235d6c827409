import { readFileSync } from 'node:fs'
import simplify from 'retext-simplify'
import passive from 'retext-passive'
import equality from 'retext-equality'
import { pluginReader } from '../server/src/rules/english/english-text'
const readers = { simplify: pluginReader(simplify() as any), passive: pluginReader(passive() as any), equality: pluginReader(equality() as any) }
for (const f of process.argv.slice(2)) {
  for (const para of readFileSync(f, 'utf8').split(/\n\n+/)) {
    for (const [name, r] of Object.entries(readers)) for (const m of r(para)) {
      const ctx = para.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\n/g, ' ')
      console.log(`${name}\t${m.id}\t${m.actual} → ${m.expected.join('|')}${m.omit ? ' (omit)' : ''}\t…${ctx}…`)
    }
  }
}
