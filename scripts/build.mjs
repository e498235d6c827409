// Builds the extension: compiles the language data, then bundles client, server and CLI to
// CommonJS for Node with esbuild (the ESM-only unified packages are bundled in).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { compileData } from './compile-data.mjs'
import { copyDictionary } from './copy-dictionary.mjs'
import { compileMorphology } from './compile-morphology.mjs'
import { compileCompoundParts } from './compile-compound-parts.mjs'
import { compileEnglishRules } from './compile-english-rules.mjs'
import { buildWeb, WEB_DIR } from './build-web.mjs'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const counts = compileData(root)
// verb paradigms and word classes from the Swedish dictionary, for passive-voice and the nominal ratio
compileMorphology(root)
copyDictionary(root)
// which words begin and end the dictionary's compounds, for compounds its flags cannot build
compileCompoundParts(root)
// what the English rules leave out of the retext plugins' lists, checked against those lists
await compileEnglishRules(root)

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly
  // (module-first resolution for all packages would pick hunspell-asm's broken ESM build)
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
  absWorkingDir: root,
  // ESM packages (fdir, unified) read import.meta.url; give them this bundle's own URL
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
}

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // the worker thread of folder checks and reports, found beside cli.js and server.js
  // for npm run bench: one dictionary load in a fresh process (not packaged)
  build({ ...common, entryPoints: ['scripts/measure-dictionary.ts'], outfile: 'dist/measure-dictionary.js' }),
  build({ ...common, entryPoints: ['scripts/write-schema.ts'], outfile: 'dist/write-schema.js', sourcemap: false }),
])
// the browser's part (the writing page, the web worker, the extension's browser entry) uses the dictionaries copied above
await buildWeb(root)
// the configuration file's JSON Schema comes from the rule registry, so it cannot drift
execFileSync(process.execPath, [join(root, 'dist/write-schema.js')], { stdio: 'inherit' })
console.log(`built ${WEB_DIR}/ for browsers (npm run build:web tells its size)`)
console.log(`built dist/ (${counts['plain-words']} plain-words entries, ${counts.abbreviations} abbreviations, ${counts.nominalizations} nominalizations, ${counts['inclusive-language']} inclusive-language entries, ${counts.buzzwords} buzzwords, ${counts.anglicisms} anglicisms, ${counts['empty-phrases']} empty phrases, ${counts.extraWords} extra words)`)
