import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { isAbsolute, join, resolve } from 'node:path'
import type { ConfigLayer, ConfigProblem } from './config-types'
import { parseConfig } from './parse-config'
import { PRESETS } from './presets'

export interface LoadedConfig {
  /** The chain, extended layers first, the file itself last. */
  layers: ConfigLayer[]
  problems: ConfigProblem[]
}

export interface LoadOptions {
  /** In an untrusted workspace nothing is resolved from node_modules (it could be anyone's). */
  trusted: boolean
  /** Re-uses files that have not changed; keeps the last good version of a file whose JSON broke. */
  files?: ConfigFileCache
}

/**
 * Loads a configuration file with everything it extends: presets (klarsprak:standard …),
 * relative paths and npm packages (`<package>/klarsprak.json`). A missing or circular `extends`
 * is a problem at that entry; the rest of the chain still loads.
 */
export function loadConfig(path: string, options: LoadOptions): LoadedConfig {
  const problems: ConfigProblem[] = []
  const layers: ConfigLayer[] = []
  const visit = (file: string, stack: string[]): void => {
    const parsed = (options.files ?? new ConfigFileCache()).read(file)
    problems.push(...parsed.problems)
    for (const ext of parsed.layer.extends) {
      const fail = (message: string) => problems.push({ path: file, message, offset: ext.offset, length: ext.length })
      if (ext.name.startsWith('klarsprak:')) {
        const preset = PRESETS[ext.name]
        if (preset) layers.push(preset)
        else fail(`Okänd förinställning ”${ext.name}”. Välj ${Object.keys(PRESETS).join(', ')}.`)
        continue
      }
      const target = resolveExtends(ext.name, parsed.layer.dir, options.trusted)
      if ('error' in target) fail(target.error)
      else if (stack.includes(target.path)) fail(`”extends” går i cirkel: ${[...stack, target.path].join(' → ')}.`)
      else visit(target.path, [...stack, target.path])
    }
    layers.push(parsed.layer)
  }
  visit(resolve(path), [resolve(path)])
  return { layers, problems }
}

function resolveExtends(name: string, dir: string, trusted: boolean): { path: string } | { error: string } {
  if (name.startsWith('.') || isAbsolute(name)) {
    const path = resolve(dir, name)
    return existsSync(path) ? { path } : { error: `Filen ”${name}” i ”extends” finns inte (${path}).` }
  }
  if (!trusted) return { error: `”${name}” läses inte förrän du litar på arbetsytan (paket i node_modules kan vara vems som helst).` }
  const require = createRequire(join(dir, 'package.json'))
  for (const candidate of [`${name}/klarsprak.json`, `${name}/.klarsprak.json`]) {
    try {
      return { path: require.resolve(candidate) }
    } catch {
      // try the next name
    }
  }
  return { error: `Paketet ”${name}” hittades inte, eller saknar klarsprak.json. Installera det med npm.` }
}

/** Parsed configuration files by path and modification time, with the last good parse of each. */
export class ConfigFileCache {
  private readonly parsed = new Map<string, { mtimeMs: number; result: ReturnType<typeof parseConfig> }>()
  private readonly lastGood = new Map<string, ConfigLayer>()

  read(path: string): ReturnType<typeof parseConfig> {
    let mtimeMs = -1
    try {
      mtimeMs = statSync(path).mtimeMs
    } catch {
      // reported below as unreadable
    }
    const cached = this.parsed.get(path)
    if (cached && cached.mtimeMs === mtimeMs) return cached.result
    let result: ReturnType<typeof parseConfig>
    try {
      result = parseConfig(readFileSync(path, 'utf8'), path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      result = parseConfig('{}', path)
      result.problems.push({ path, message: `Filen kan inte läsas (${code}).`, offset: 0, length: 0 })
    }
    // broken JSON: keep checking with the last version that parsed (the problems are still reported)
    const good = this.lastGood.get(path)
    if (!result.wellFormed && good) result = { ...result, layer: good }
    else if (result.wellFormed) this.lastGood.set(path, result.layer)
    this.parsed.set(path, { mtimeMs, result })
    return result
  }

  clear(): void {
    this.parsed.clear()
  }
}
