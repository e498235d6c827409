import type { DocumentConfig } from '../config/document-config'
import { RULES } from '../rules'
import { DEFAULTS_SOURCE } from '../config/resolve-config'

/**
 * The configuration that applies to a document, as JSON with comments saying where each value
 * comes from: what "Klarspråk: Visa gällande inställningar" shows.
 */
export function describeEffectiveConfig(documentUri: string, config: DocumentConfig): string {
  const lines = ['// Gällande inställningar för', `// ${documentUri}`]
  lines.push(`// Konfigurationsfil: ${config.configPath ?? '(ingen – standardinställningar)'}`)
  if (config.effective.profile) lines.push(`// Förinställning för dokumentet: ${config.effective.profile.name} (vald av ${config.effective.profile.chosenBy})`)
  if (config.effective.ignored) lines.push(`// Filen granskas inte: ${config.effective.ignoredBy}`)
  for (const p of config.effective.problems) lines.push(`// FEL i ${p.path}: ${p.message}`)
  lines.push('{', '  "rules": {')
  const active = new Map(config.rules.map((r) => [r.rule.id, r]))
  RULES.forEach((rule, i) => {
    const a = active.get(rule.id)
    const value = a ? (Object.keys(a.options).length > 0 ? [a.severity, a.options] : a.severity) : 'off'
    const source = config.effective.rules[rule.id]?.source ?? DEFAULTS_SOURCE
    lines.push(`    ${JSON.stringify(rule.id)}: ${JSON.stringify(value)}${i < RULES.length - 1 ? ',' : ''} // ${source}`)
  })
  lines.push('  },', '  "words": [')
  config.effective.words.forEach((w, i, all) => lines.push(`    ${JSON.stringify(w.value)}${i < all.length - 1 ? ',' : ''} // ${w.source}`))
  lines.push('  ],', '  "terms": [')
  config.effective.terms.forEach((t, i, all) => lines.push(`    ${JSON.stringify(t.value)}${i < all.length - 1 ? ',' : ''} // ${t.source}`))
  lines.push('  ],', '  "acronyms": [')
  config.effective.acronyms.forEach((a, i, all) => lines.push(`    ${JSON.stringify(a.value)}${i < all.length - 1 ? ',' : ''} // ${a.source}`))
  lines.push('  ]', '}')
  return lines.join('\n') + '\n'
}
