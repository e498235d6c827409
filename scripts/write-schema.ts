/** Build step, bundled to dist/write-schema.js: writes dist/klarsprak.schema.json from the rule registry. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { configSchema } from '../server/src/rules/schema'

writeFileSync(join(__dirname, 'klarsprak.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n')
