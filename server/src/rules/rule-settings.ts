import type { Severity } from '../engine/types'
import type { ActiveRule, Rule } from '../engine/rule'
import { RULES } from './index'

export type { ActiveRule }

/** How a team or user configures one rule: "off", a severity, or [severity, options]. */
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>?]
export type RuleSettings = Record<string, RuleSetting>

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint'])

/**
 * Resolves settings into the rules to run, with defaults filled in. Problems (unknown rule,
 * bad severity, wrong option type) are returned as Swedish messages; the rule then keeps
 * its default, so a typo never switches checking off silently.
 */
export function resolveRules(settings: unknown): { rules: ActiveRule[]; problems: string[] } {
  const problems: string[] = []
  const given: Record<string, unknown> = isObject(settings) ? settings : {}
  if (settings !== undefined && settings !== null && !isObject(settings)) {
    problems.push('Inställningen för regler måste vara ett objekt.')
  }
  for (const id of Object.keys(given)) {
    if (!RULES.some((r) => r.id === id)) problems.push(`Okänd regel ”${id}”.`)
  }
  const rules: ActiveRule[] = []
  for (const rule of RULES) {
    const resolved = resolveOne(rule, given[rule.id], problems)
    if (resolved) rules.push(resolved)
  }
  return { rules, problems }
}

function resolveOne(rule: Rule<any>, setting: unknown, problems: string[]): ActiveRule | undefined {
  const defaults = defaultOptions(rule)
  if (setting === undefined) return { rule, severity: rule.defaultSeverity, explicitSeverity: false, options: defaults }
  const [level, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]
  if (level === 'off') return undefined
  const known = typeof level === 'string' && SEVERITIES.has(level)
  if (!known) problems.push(`Regeln ”${rule.id}”: okänd allvarlighetsgrad ${JSON.stringify(level)}.`)
  const severity = known ? (level as Severity) : rule.defaultSeverity
  return { rule, severity, explicitSeverity: known, options: { ...defaults, ...checkedOptions(rule, options, problems) } }
}

function defaultOptions(rule: Rule<any>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(rule.options ?? {})) out[name] = (spec as { default: unknown }).default
  return out
}

function checkedOptions(rule: Rule<any>, options: unknown, problems: string[]): Record<string, unknown> {
  if (options === undefined) return {}
  if (!isObject(options)) {
    problems.push(`Regeln ”${rule.id}”: inställningarna måste vara ett objekt.`)
    return {}
  }
  const specs = (rule.options ?? {}) as Record<string, { type: string; minimum?: number }>
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(options)) {
    const spec = specs[name]
    if (!spec) problems.push(`Regeln ”${rule.id}” har ingen inställning ”${name}”.`)
    else if (typeof value !== spec.type) problems.push(`Regeln ”${rule.id}”: ”${name}” ska vara av typen ${spec.type}.`)
    else if (spec.minimum !== undefined && (value as number) < spec.minimum) {
      problems.push(`Regeln ”${rule.id}”: ”${name}” måste vara minst ${spec.minimum}.`)
    } else out[name] = value
  }
  return out
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
