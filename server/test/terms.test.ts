import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import type { TermSetting } from '../src/config/config-types'

const rules = resolveRules({ 'long-sentence': 'off', readability: 'off' }).rules.filter((r) => r.rule.id === 'terms')
const run = (text: string, terms: TermSetting[]) =>
  checkText(text, 'plaintext', { rules, terms }).findings.map((f) => [f.actual, f.expected.join('|'), f.severity, f.message])

test('a team term matches inflected forms and phrases, keeping case in fixes', () => {
  const terms: TermSetting[] = [
    { avoid: ['medborgare'], prefer: ['invånare'] },
    { avoid: ['Stockholms kommun'], prefer: ['Stockholms stad'], severity: 'info', message: 'Vi heter Stockholms stad.' },
  ]
  assert.deepEqual(run('Medborgare och medborgaren möter medborgarna i Stockholms kommun och Stockholms kommuns lokaler.', terms), [
    ['Medborgare', 'Invånare', 'warning', 'Skriv ”invånare” i stället för ”Medborgare”.'],
    ['medborgaren', 'invånaren', 'warning', 'Skriv ”invånare” i stället för ”medborgaren”.'],
    ['medborgarna', '', 'warning', 'Skriv ”invånare” i stället för ”medborgarna”.'],
    ['Stockholms kommun', 'Stockholms stad', 'info', 'Vi heter Stockholms stad.'],
    ['Stockholms kommuns', 'Stockholms stads', 'info', 'Vi heter Stockholms stad.'],
  ])
})

test('short terms match only as written (and the genitive), never inside other words', () => {
  assert.deepEqual(run('Vi har en bar. Det är bara barer och bars här. Barn.', [{ avoid: ['bar'], prefer: ['krog'] }]).map((f) => f[0]), ['bar', 'bars'])
})

test('no terms, no findings', () => {
  assert.deepEqual(run('Medborgare.', []), [])
})
