import type { DocumentFormat } from '../engine/types'
import { PRESET_RULES } from '../rules/presets'

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_PRESET = /^klarsprak[ \t]*:[ \t]*["']?([A-Za-zåäö:-]+)["']?[ \t]*$/m

/**
 * The preset a Markdown document chooses for itself in its front matter: `klarsprak: lattlast`
 * (or the full name, `klarsprak: "klarsprak:lattlast"`). Undefined when there is none, the
 * document is not Markdown, or the name is not a preset. Read by the one path every check takes
 * (files/check-document.ts), so the editor and the CLI choose alike.
 */
export function frontMatterPreset(text: string, format: DocumentFormat): string | undefined {
  if (format !== 'markdown' || !text.startsWith('---')) return undefined
  const front = FRONT_MATTER.exec(text)
  const value = front ? FRONT_MATTER_PRESET.exec(front[1])?.[1] : undefined
  if (!value) return undefined
  const name = value.startsWith('klarsprak:') ? value : `klarsprak:${value}`
  return PRESET_RULES[name] ? name : undefined
}
