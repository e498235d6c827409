import type { Finding } from './types'

/**
 * Merges the findings a rule makes once per document: an unknown name flagged 36 times in a report
 * is one finding, at its first place, saying how often it stands, with every place listed. One
 * occurrence that leads (a name in mid-sentence) gives the merged finding its severity and message,
 * so the same word gets the same verdict wherever it stands; one that is explained drops them all,
 * or, for marks made `fromHere`, the ones after it (an explanation must come at the first use).
 * A key that extends another of the same rule (moshav, moshavbarn, moshaverna; Rabin, Rabins)
 * is the same term inflected or compounded and joins its group. Findings must be in document order.
 */
export function mergeRepeats(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    if (!f.repeat) continue
    const key = `${f.ruleId}\u0000${f.repeat.key}`
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  if (groups.size === 0) return findings
  joinFamilies(groups)
  const merged = new Map<Finding, Finding | undefined>()
  for (const whole of groups.values()) {
    for (const f of whole) merged.set(f, undefined)
    const group = unexplained(whole)
    if (group.length === 0) continue
    const first = group[0]
    const voice = group.find((f) => f.repeat!.leads) ?? first
    const { repeat: _repeat, ...rest } = voice
    merged.set(first, {
      ...rest,
      offset: first.offset,
      endOffset: first.endOffset,
      actual: first.actual,
      message: group.length > 1 ? `${voice.message} Det står ${group.length} gånger i texten.` : voice.message,
      ...(group.length > 1 ? { occurrences: group.map((f) => ({ offset: f.offset, endOffset: f.endOffset })) } : {}),
    })
  }
  const out: Finding[] = []
  for (const f of findings) {
    if (!merged.has(f)) out.push(f)
    else {
      const m = merged.get(f)
      if (m) out.push(m)
    }
  }
  return out
}

/** The occurrences an explanation does not cover: none, or for `fromHere` marks those before it. */
function unexplained(group: Finding[]): Finding[] {
  const at = group.findIndex((f) => f.repeat!.explained)
  if (at < 0) return group
  return group[at].repeat!.fromHere ? group.slice(0, at) : []
}

/** Shortest key that may gather the longer keys it begins: shorter ones (*in*, *på*) begin too much. */
const MIN_FAMILY_KEY = 4

function joinFamilies(groups: Map<string, Finding[]>): void {
  const keys = [...groups.keys()].sort((a, b) => a.length - b.length)
  for (let i = 0; i < keys.length; i++) {
    const stem = keys[i]
    const stemGroup = groups.get(stem)
    if (!stemGroup || stem.length - stem.indexOf('\u0000') - 1 < MIN_FAMILY_KEY) continue
    for (let j = i + 1; j < keys.length; j++) {
      const longer = keys[j]
      const members = groups.get(longer)
      if (!members || !longer.startsWith(stem)) continue
      stemGroup.push(...members)
      groups.delete(longer)
    }
    stemGroup.sort((a, b) => a.offset - b.offset)
  }
}
