import { RULES } from './index'
import type { RuleOption } from '../engine/rule'
import { PRESET_RULES } from './presets'
import { SEVERITIES } from '../engine/types'

const SEVERITY = { enum: ['off', ...SEVERITIES] }

/**
 * The JSON Schema of `.klarsprak.json`, built from the rule registry so rule ids and options in
 * the editor's completion can never drift from the rules that exist.
 */
export function configSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(RULES.map((rule) => [rule.id, ruleSchema(rule.description, rule.defaultSeverity, rule.options)]))
  const rules = { type: 'object', description: 'Regler och deras allvarlighetsgrad: "off", en allvarlighetsgrad eller [allvarlighetsgrad, inställningar].', properties: ruleProperties, additionalProperties: false }
  const words = { type: 'array', items: { type: 'string' }, description: 'Ord som stavningskontrollen ska godta (namn, facktermer). Läggs ihop med ord från andra lager.' }
  const terms = {
    type: 'array',
    description: 'Teamets egna ordval: ord eller fraser att undvika och vad ni skriver i stället. Böjda former matchas också.',
    items: {
      type: 'object',
      required: ['avoid'],
      additionalProperties: false,
      properties: {
        avoid: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'Ord eller fras att undvika, eller en lista med dem.' },
        prefer: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'Det ni skriver i stället.' },
        message: { type: 'string', description: 'Meddelandet som visas (valfritt).' },
        severity: { enum: [...SEVERITIES] },
      },
    },
  }
  const acronyms = { type: 'array', items: { type: 'string' }, description: 'Förkortningar som era läsare känner till (SBK, KS): regeln acronym ber inte om att de skrivs ut. Läggs ihop med förkortningar från andra lager.' }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Klarspråk – teamets inställningar (.klarsprak.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Förinställningar, relativa sökvägar eller npm-paket att bygga vidare på.',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        examples: Object.keys(PRESET_RULES),
      },
      rules,
      words,
      terms,
      acronyms,
      ignore: { type: 'array', items: { type: 'string' }, description: 'Glob-mönster för filer som inte granskas, relativt filen.' },
      overrides: {
        type: 'array',
        description: 'Andra inställningar för filer som matchar "files".',
        items: { type: 'object', required: ['files'], additionalProperties: false, properties: { files: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, extends: { description: 'En förinställning för just de här filerna (klarsprak:lattlast). Teamets egna regelinställningar går före den.', anyOf: [{ type: 'string', enum: Object.keys(PRESET_RULES) }, { type: 'array', items: { type: 'string', enum: Object.keys(PRESET_RULES) } }] }, rules, words, terms, acronyms } },
      },
      language: { type: 'object', description: 'Reserverat för språkinställningar.' },
    },
  }
}

function ruleSchema(description: string, defaultSeverity: string, options: Record<string, RuleOption> | undefined): Record<string, unknown> {
  const optionSchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      Object.entries(options ?? {}).map(([name, o]) => [name, { type: o.type, description: o.description, default: o.default, ...(o.minimum !== undefined ? { minimum: o.minimum } : {}) }]),
    ),
  }
  return {
    description: `${description} Standard: ${defaultSeverity}.`,
    anyOf: [SEVERITY, { type: 'array', items: [SEVERITY, optionSchema], minItems: 1, maxItems: 2 }],
  }
}
