import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Diagnostic } from 'vscode-languageserver/node'
import { spellingActions } from '../src/lsp/spelling-actions'
import type { Finding } from '../src/engine/types'

const finding = (actual: string): Finding => ({
  ruleId: 'spelling', category: 'spelling', severity: 'warning', message: '', actual, expected: [], offset: 0, endOffset: actual.length,
})
const diagnostic = {} as Diagnostic
const replace = (_f: Finding, replacement: string) => ({ changes: { x: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: replacement }] } })

test('suggestions keep the case of the word; the only suggestion is preferred', () => {
  const actions = spellingActions(finding('Komunikation'), diagnostic, { suggest: () => ['kommunikation'], fileUri: 'file:///a.md', replace })
  assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [
    ['Ersätt med ”Kommunikation”', true],
    ['Lägg till ”Komunikation” i teamets ordlista', false],
    ['Lägg till ”Komunikation” i min ordlista', false],
  ])
  const shout = spellingActions(finding('KOMUNIKATION'), diagnostic, { suggest: () => ['kommunikation', 'kommunikativ'], replace })
  assert.deepEqual(shout.map((a) => a.title), ['Ersätt med ”KOMMUNIKATION”', 'Ersätt med ”KOMMUNIKATIV”', 'Lägg till ”KOMUNIKATION” i min ordlista'])
  assert.ok(shout.every((a) => !a.isPreferred))
})

test('a word split in two gets no word-list actions', () => {
  assert.deepEqual(spellingActions(finding('be gränsningar'), diagnostic, { suggest: () => [], replace }), [])
})

test('a finding with its own fix gets no guesses, only the word lists', () => {
  const own = { ...finding('EUs'), expected: ['EU:s'] }
  const actions = spellingActions(own, diagnostic, { suggest: () => ['EU'], replace })
  assert.deepEqual(actions.map((a) => a.title), ['Lägg till ”EUs” i min ordlista'])
})
