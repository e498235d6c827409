import { dirname } from 'node:path'
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type { ConfigLayer, ConfigProblem, OverrideSetting, TermSetting } from './config-types'
import { resolveRules } from '../rules/rule-settings'
import { isSeverity } from '../engine/types'
import { PRESET_RULES } from '../rules/presets'

const FIELDS = new Set(['$schema', 'extends', 'rules', 'words', 'terms', 'acronyms', 'ignore', 'overrides', 'language'])
const OVERRIDE_FIELDS = new Set(['files', 'extends', 'rules', 'words', 'terms', 'acronyms'])

export interface ParsedConfig {
  layer: ConfigLayer
  problems: ConfigProblem[]
  /** False when the JSON itself is broken: a caller may prefer the last good version. */
  wellFormed: boolean
}

/**
 * Reads the text of a `.klarsprak.json` (comments and trailing commas allowed) into a layer and a
 * list of problems, each pointing at the offending part of the file. What is valid is kept.
 */
export function parseConfig(text: string, path: string): ParsedConfig {
  const problems: ConfigProblem[] = []
  const at = (node: Node | undefined, message: string): void => {
    problems.push({ path, message, offset: node?.offset ?? 0, length: node?.length ?? 1 })
  }
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  for (const e of errors) problems.push({ path, message: `Felaktig JSON: ${jsonError(printParseErrorCode(e.error))}.`, offset: e.offset, length: Math.max(1, e.length) })
  const layer: ConfigLayer = { source: path, dir: dirname(path), extends: [], rules: {}, words: [], terms: [], acronyms: [], ignore: [], overrides: [] }
  if (!root || root.type !== 'object') {
    if (errors.length === 0) at(root, 'Konfigurationen ska vara ett objekt: { … }.')
    return { layer, problems, wellFormed: false }
  }
  for (const prop of root.children ?? []) {
    const keyNode = prop.children?.[0]
    const key = keyNode?.value as string
    if (!FIELDS.has(key)) at(keyNode, `Okänt fält ”${key}”. Tillåtna fält: ${[...FIELDS].filter((f) => f !== '$schema').join(', ')}.`)
  }
  const field = (name: string) => findNodeAtLocation(root, [name])
  layer.extends = readStrings(field('extends'), 'extends', at, true).map((s) => ({ name: s.value, offset: s.node.offset, length: s.node.length }))
  layer.rules = readRules(field('rules'), at)
  layer.words = readStrings(field('words'), 'words', at).map((s) => s.value)
  layer.terms = readTerms(field('terms'), at)
  layer.acronyms = readStrings(field('acronyms'), 'acronyms', at).map((s) => s.value)
  layer.ignore = readStrings(field('ignore'), 'ignore', at).map((s) => s.value)
  layer.overrides = readOverrides(field('overrides'), at)
  return { layer, problems, wellFormed: errors.length === 0 }
}

type At = (node: Node | undefined, message: string) => void

function readStrings(node: Node | undefined, name: string, at: At, allowSingle = false): Array<{ value: string; node: Node }> {
  if (!node) return []
  if (allowSingle && node.type === 'string') return [{ value: node.value as string, node }]
  if (node.type !== 'array') {
    at(node, `”${name}” ska vara en lista${allowSingle ? ' eller en text' : ''}.`)
    return []
  }
  const out: Array<{ value: string; node: Node }> = []
  for (const item of node.children ?? []) {
    if (item.type === 'string' && (item.value as string).trim() !== '') out.push({ value: (item.value as string).trim(), node: item })
    else at(item, `”${name}” får bara innehålla text.`)
  }
  return out
}

function readRules(node: Node | undefined, at: At): Record<string, unknown> {
  if (!node) return {}
  if (node.type !== 'object') {
    at(node, '”rules” ska vara ett objekt: { "regel": "off" }.')
    return {}
  }
  const rules: Record<string, unknown> = {}
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? []
    const id = keyNode?.value as string
    const value = valueNode ? nodeValue(valueNode) : undefined
    const { problems } = resolveRules({ [id]: value })
    if (problems.length > 0) {
      // an unknown rule is the key's fault and is dropped; a bad value is the value's and keeps the default
      const unknown = problems.some((p) => p.code === 'unknown-rule')
      at(unknown ? keyNode : valueNode, problems.map((p) => p.message).join(' '))
      if (unknown) continue
    }
    rules[id] = value
  }
  return rules
}

function readTerms(node: Node | undefined, at: At): TermSetting[] {
  if (!node) return []
  if (node.type !== 'array') {
    at(node, '”terms” ska vara en lista med { "avoid": …, "prefer": … }.')
    return []
  }
  const terms: TermSetting[] = []
  for (const item of node.children ?? []) {
    const value = nodeValue(item) as Record<string, unknown>
    if (item.type !== 'object') {
      at(item, 'Varje term ska vara ett objekt med ”avoid” och ”prefer”.')
      continue
    }
    const list = (v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [])
    const avoid = list(value.avoid)
    const prefer = list(value.prefer)
    if (avoid.length === 0) {
      at(item, 'En term behöver ”avoid”: ett ord, en fras eller en lista med dem.')
      continue
    }
    for (const key of Object.keys(value)) if (!['avoid', 'prefer', 'message', 'severity'].includes(key)) at(item, `Okänt fält ”${key}” i en term.`)
    if (value.severity !== undefined && !isSeverity(value.severity)) at(item, `Okänd allvarlighetsgrad ”${String(value.severity)}” i en term.`)
    terms.push({
      avoid,
      prefer,
      ...(typeof value.message === 'string' ? { message: value.message } : {}),
      ...(isSeverity(value.severity) ? { severity: value.severity } : {}),
    })
  }
  return terms
}

function readOverrides(node: Node | undefined, at: At): OverrideSetting[] {
  if (!node) return []
  if (node.type !== 'array') {
    at(node, '”overrides” ska vara en lista med { "files": […], … }.')
    return []
  }
  const out: OverrideSetting[] = []
  for (const item of node.children ?? []) {
    if (item.type !== 'object') {
      at(item, 'Varje override ska vara ett objekt.')
      continue
    }
    for (const prop of item.children ?? []) {
      const keyNode = prop.children?.[0]
      if (!OVERRIDE_FIELDS.has(keyNode?.value as string)) at(keyNode, `Okänt fält ”${String(keyNode?.value)}” i en override. Tillåtna: files, extends, rules, words, terms, acronyms.`)
    }
    const files = readStrings(findNodeAtLocation(item, ['files']), 'files', at, true).map((s) => s.value)
    if (files.length === 0) at(item, 'En override behöver ”files”: mönster för de filer den gäller.')
    const presets = readStrings(findNodeAtLocation(item, ['extends']), 'extends', at, true).filter((s) => {
      if (PRESET_RULES[s.value]) return true
      at(s.node, `En override kan bara bygga vidare på en förinställning: ${Object.keys(PRESET_RULES).join(', ')}.`)
      return false
    })
    out.push({
      files,
      extends: presets.map((s) => s.value),
      rules: readRules(findNodeAtLocation(item, ['rules']), at),
      words: readStrings(findNodeAtLocation(item, ['words']), 'words', at).map((s) => s.value),
      terms: readTerms(findNodeAtLocation(item, ['terms']), at),
      acronyms: readStrings(findNodeAtLocation(item, ['acronyms']), 'acronyms', at).map((s) => s.value),
    })
  }
  return out
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children?.[0]?.value as string, p.children?.[1] ? nodeValue(p.children[1]) : undefined]))
    case 'array':
      return (node.children ?? []).map(nodeValue)
    default:
      return node.value
  }
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'ogiltigt tecken',
  InvalidNumberFormat: 'ogiltigt tal',
  PropertyNameExpected: 'ett fältnamn saknas',
  ValueExpected: 'ett värde saknas',
  ColonExpected: 'kolon saknas',
  CommaExpected: 'kommatecken saknas',
  CloseBraceExpected: '} saknas',
  CloseBracketExpected: '] saknas',
  EndOfFileExpected: 'text efter slutet',
  InvalidCommentToken: 'ogiltig kommentar',
  UnexpectedEndOfComment: 'kommentaren tar inte slut',
  UnexpectedEndOfString: 'texten tar inte slut (saknas ett citattecken?)',
  UnexpectedEndOfNumber: 'talet tar inte slut',
  InvalidUnicode: 'ogiltig Unicode',
  InvalidEscapeCharacter: 'ogiltigt specialtecken',
  InvalidCharacter: 'ogiltigt tecken',
}

function jsonError(code: string): string {
  return JSON_ERRORS[code] ?? code
}
