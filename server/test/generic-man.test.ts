import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkText } from '../src/engine/check'
import { resolveRules } from '../src/rules/rule-settings'
import { BlockFindingsCache } from '../src/engine/block-findings-cache'

const { rules } = resolveRules({})
const man = rules.filter((r) => r.rule.id === 'generic-man')
const fixes = (text: string) => checkText(text, 'markdown', { rules: man }).findings.map((f) => f.expected)

test('du is offered only in a text that already addresses its reader, anywhere in the document', () => {
  // an essay: "man" is people in general, and "du" would change what the text says
  assert.deepEqual(fixes('Man kan inte bortse från historien.'), [[]])
  // a stray du does not make a text one that addresses its reader
  assert.deepEqual(fixes('Man kan ansöka i maj.\n\nDu får svar inom en vecka.'), [[]])
  // vi is the sender in a letter from an authority: never offered for man
  assert.deepEqual(fixes('Vi på kommunen hjälper till.\n\nMan kan ansöka i maj.\n\nDu får svar inom en vecka. Din handläggare ringer dig.'), [['Du']])
})

test('a reflexive before "man" in its sentence may be its own: no fix', () => {
  assert.deepEqual(fixes('För att kunna uttala sig om effekten måste man läsa studien. Du hittar den här. Din handläggare ringer dig.'), [[]])
})

test('the fix follows edits in other paragraphs, though the paragraph with "man" comes from the cache', () => {
  const findingsCache = new BlockFindingsCache()
  const cached = (text: string) => checkText(text, 'markdown', { rules: man, findingsCache }).findings.map((f) => f.expected)
  assert.deepEqual(cached('Man kan ansöka i maj.\n\nSvar kommer inom en vecka.'), [[]])
  assert.deepEqual(cached('Man kan ansöka i maj.\n\nDu får svar inom en vecka. Din handläggare ringer dig.'), [['Du']])
})

test('two generic "man" in one sentence get no fix (one changed alone leaves the sentence mixed), nor does "säger man"', () => {
  const reader = '\n\nDu får svar inom en vecka. Din handläggare ringer dig.'
  assert.deepEqual(fixes(`Om man vill byta kärl kan man ansöka här.${reader}`), [[], []])
  assert.deepEqual(fixes(`Det blir dyrare, säger man.${reader}`), [[]])
})
