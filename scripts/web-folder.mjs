// npm run build:web [-- --out DIR]: after the build, says where the writing page's static folder is
// and how large it is; with --out, copies it there (for a team's web server or intranet).
import { cpSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { folderSize, WEB_DIR } from './build-web.mjs'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
let folder = join(root, WEB_DIR)
if (!existsSync(join(folder, 'index.html'))) {
  console.error(`${folder} saknas: bygget misslyckades.`)
  process.exit(1)
}
if (values.out) {
  const target = resolve(values.out)
  cpSync(folder, target, { recursive: true })
  folder = target
}
const { bytes, gzipped } = folderSize(folder)
console.log(`Skrivsidan: ${folder}`)
console.log(`${(bytes / 1e6).toFixed(1)} MB, ${(gzipped / 1e6).toFixed(1)} MB komprimerad (gzip). Lägg mappen på en webbserver; sidan hämtar inget utanför den.`)
