import type { Finding, Metrics } from '../engine/types'
import type { ActiveRule } from '../rules/rule-settings'
import { LATTLAST, LATTLAST_RAISED } from '../rules/presets'
import { readability } from '../rules/readability'
import { sv } from './number-format'

/** Whether a lättläst document meets its profile, and what breaks it. */
export interface ProfileVerdict {
  name: string
  /** What chose the profile: `extends`, front matter, or an override (its file and index). */
  chosenBy: string
  meets: boolean
  /** The document's LIX against the readability rule's target; not judged below its `minWords` or with the rule off. */
  lix: { value: number; target?: number; judged: boolean; over: boolean }
  /** Sentences over the long-sentence limit. */
  longSentences: { count: number; max: number }
  /** Warnings and errors from the rules the profile raises, per rule (only rules that have any). */
  raised: Array<{ ruleId: string; count: number }>
  /** One Swedish line for each thing that breaks the profile; empty when it is met. */
  breaks: string[]
}

interface VerdictInput {
  profile?: { name: string; chosenBy: string }
  rules: ReadonlyArray<Pick<ActiveRule, 'rule' | 'options'>>
  metrics: Metrics
  sentences: ReadonlyArray<{ long: boolean }>
  maxSentenceWords: number
  findings: ReadonlyArray<Pick<Finding, 'ruleId' | 'severity'>>
}

/**
 * The verdict for a document checked by the lättläst profile (undefined for any other): it meets
 * the profile when its LIX is within the target, no sentence is over the limit, and no rule the
 * profile raises reports a warning or an error. The limits are the ones in force, so a team's
 * own settings, which rank above the preset, are what the document is judged by.
 */
export function profileVerdict(input: VerdictInput): ProfileVerdict | undefined {
  if (input.profile?.name !== LATTLAST) return undefined
  const read = input.rules.find((r) => r.rule.id === readability.id)
  const target = typeof read?.options.target === 'number' ? read.options.target : undefined
  const minWords = typeof read?.options.minWords === 'number' ? read.options.minWords : 0
  const judged = target !== undefined && input.metrics.words >= minWords
  const over = judged && input.metrics.lix > (target as number)
  const long = input.sentences.filter((s) => s.long).length
  const raised = LATTLAST_RAISED.map((ruleId) => ({ ruleId, count: input.findings.filter((f) => f.ruleId === ruleId && (f.severity === 'warning' || f.severity === 'error')).length })).filter((r) => r.count > 0)
  const breaks: string[] = []
  if (over) breaks.push(`LIX ${sv(Math.round(input.metrics.lix))} är över målet ${target}.`)
  if (long > 0) breaks.push(`${long} ${long === 1 ? 'mening är längre' : 'meningar är längre'} än ${input.maxSentenceWords} ord.`)
  for (const r of raised) breaks.push(`${r.ruleId}: ${r.count} ${r.count === 1 ? 'varning' : 'varningar'}.`)
  return {
    name: input.profile.name,
    chosenBy: input.profile.chosenBy,
    meets: breaks.length === 0,
    lix: { value: input.metrics.lix, ...(target !== undefined ? { target } : {}), judged, over },
    longSentences: { count: long, max: input.maxSentenceWords },
    raised,
    breaks,
  }
}

/** The verdict as one Swedish sentence, for the Markdown and HTML reports. */
export function verdictHeadline(v: ProfileVerdict): string {
  const lix = v.lix.judged ? '' : ' LIX bedöms inte: texten är för kort för att LIX ska säga något.'
  return v.meets ? `Texten uppfyller lättlästprofilen (${v.name}, vald av ${v.chosenBy}).${lix}` : `Texten uppfyller inte lättlästprofilen (${v.name}, vald av ${v.chosenBy}).${lix}`
}
