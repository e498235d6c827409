import { isSeverity, type Severity } from '../engine/types'
import type { ActiveRule, Rule } from '../engine/rule'
import { RULES } from './index'

export type { ActiveRule }

/** How a team or user configures one rule: "off", a severity, or [severity, options]. */
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>?]
export type RuleSettings = Record<string, RuleSetting>

/**
 * One mistake in rule settings, for code to act on (`code`, `ruleId`, `option`) and for people to
 * read (`message`, Swedish, made from the other fields). `bad-option` covers a rule's options and,
 * without `ruleId`, the rules setting as a whole when it is not an object.
 */
export interface RuleProblem {
  code: 'unknown-rule' | 'bad-severity' | 'bad-option'
  ruleId?: string
  option?: string
  message: string
}

/**
 * Resolves settings into the rules to run, with defaults filled in. Problems (unknown rule,
 * bad severity, wrong option type) are returned as structured problems with a Swedish message;
 * the rule then keeps its default, so a typo never switches checking off silently.
 */
export function resolveRules(settings: unknown): { rules: ActiveRule[]; problems: RuleProblem[] } {
  const problems: RuleProblem[] = []
  const given: Record<string, unknown> = isObject(settings) ? settings : {}
  if (settings !== undefined && settings !== null && !isObject(settings)) {
    problems.push({ code: 'bad-option', message: 'Inställningen för regler måste vara ett objekt.' })
  }
  for (const id of Object.keys(given)) {
    if (!RULES.some((r) => r.id === id)) problems.push({ code: 'unknown-rule', ruleId: id, message: `Okänd regel ”${id}”.` })
  }
  const rules: ActiveRule[] = []
  for (const rule of RULES) {
    const resolved = resolveOne(rule, given[rule.id], problems)
    if (resolved) rules.push(resolved)
  }
  return { rules, problems }
}

function resolveOne(rule: Rule<any>, setting: unknown, problems: RuleProblem[]): ActiveRule | undefined {
  const defaults = defaultOptions(rule)
  if (setting === undefined) return { rule, severity: rule.defaultSeverity, explicitSeverity: false, options: defaults }
  const [level, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]
  if (level === 'off') return undefined
  const known = isSeverity(level)
  if (!known) problems.push({ code: 'bad-severity', ruleId: rule.id, message: `Regeln ”${rule.id}”: okänd allvarlighetsgrad ${JSON.stringify(level)}.` })
  const severity = known ? level : rule.defaultSeverity
  return { rule, severity, explicitSeverity: known, options: { ...defaults, ...checkedOptions(rule, options, problems) } }
}

function defaultOptions(rule: Rule<any>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(rule.options ?? {})) out[name] = (spec as { default: unknown }).default
  return out
}

function checkedOptions(rule: Rule<any>, options: unknown, problems: RuleProblem[]): Record<string, unknown> {
  if (options === undefined) return {}
  const ruleId = rule.id
  if (!isObject(options)) {
    problems.push({ code: 'bad-option', ruleId, message: `Regeln ”${ruleId}”: inställningarna måste vara ett objekt.` })
    return {}
  }
  const specs = (rule.options ?? {}) as Record<string, { type: string; minimum?: number }>
  const out: Record<string, unknown> = {}
  for (const [option, value] of Object.entries(options)) {
    const spec = specs[option]
    const bad = (message: string) => problems.push({ code: 'bad-option', ruleId, option, message })
    if (!spec) bad(`Regeln ”${ruleId}” har ingen inställning ”${option}”.`)
    else if (typeof value !== spec.type) bad(`Regeln ”${ruleId}”: ”${option}” ska vara av typen ${spec.type}.`)
    else if (spec.minimum !== undefined && (value as number) < spec.minimum) bad(`Regeln ”${ruleId}”: ”${option}” måste vara minst ${spec.minimum}.`)
    else out[option] = value
  }
  return out
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
