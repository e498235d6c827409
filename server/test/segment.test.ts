import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sentences, words } from './helpers/sentences'

test('abbreviations and section references do not end a sentence', () => {
  assert.deepEqual(sentences('Du kan t.ex. erhålla stöd enl. 3 kap. 2 § socialtjänstlagen. Sedan beslutar vi.'), [
    'Du kan t.ex. erhålla stöd enl. 3 kap. 2 § socialtjänstlagen.',
    'Sedan beslutar vi.',
  ])
})

test('every listed abbreviation keeps the sentence whole', () => {
  for (const abbr of ['t.ex.', 'bl.a.', 's.k.', 'dvs.', 'm.m.', 'fr.o.m.', 't.o.m.', 'p.g.a.', 'osv.', 'kl.', 'kap.', 'enl.', 'nr', 'ca', 'st.', 'resp.', 'ang.', 'ev.', 'jfr', 's k']) {
    const text = `Det gäller ${abbr} några av dem. Nästa mening.`
    assert.equal(sentences(text).length, 2, `${abbr}: ${JSON.stringify(sentences(text))}`)
  }
})

test('an abbreviation that often closes a sentence ends it before a capital', () => {
  assert.deepEqual(sentences('Vi köpte papper, pennor m.m. Sedan gick vi hem.'), ['Vi köpte papper, pennor m.m.', 'Sedan gick vi hem.'])
  assert.deepEqual(sentences('Vi köpte pennor m.m. till kontoret.'), ['Vi köpte pennor m.m. till kontoret.'])
})

test('times, dates, decimals and ordinals stay inside the sentence', () => {
  assert.deepEqual(sentences('Mötet börjar kl. 12.00 den 3. april och kostar 3.5 procent. Välkommen!'), [
    'Mötet börjar kl. 12.00 den 3. april och kostar 3.5 procent.',
    'Välkommen!',
  ])
  assert.deepEqual(sentences('Beslutet togs 2024-03-19. Det gäller nu.'), ['Beslutet togs 2024-03-19.', 'Det gäller nu.'])
  assert.deepEqual(sentences('Öppet 9.00–12.00 varje dag.'), ['Öppet 9.00–12.00 varje dag.'])
})

test('a time, a sum or a phone number at the end of a sentence ends it before a capital', () => {
  assert.deepEqual(sentences('Vi har öppet kl. 10–12. Du kan också mejla.'), ['Vi har öppet kl. 10–12.', 'Du kan också mejla.'])
  assert.deepEqual(sentences('Det kostar 300 kr. Du betalar i efterhand.'), ['Det kostar 300 kr.', 'Du betalar i efterhand.'])
  assert.deepEqual(sentences('Ring 08-508 000 00. Du får svar i dag.'), ['Ring 08-508 000 00.', 'Du får svar i dag.'])
  assert.deepEqual(sentences('Det var 12. gången, och vi köpte 5 st. pennor.'), ['Det var 12. gången, och vi köpte 5 st. pennor.'])
  assert.deepEqual(sentences('7 7. För en närmare beskrivning, se boken.'), ['7 7. För en närmare beskrivning, se boken.'])
})

test('initials and enumerations do not end a sentence', () => {
  assert.deepEqual(sentences('Kontakta A. Svensson i dag.'), ['Kontakta A. Svensson i dag.'])
  assert.deepEqual(sentences('Gör så här: 1. Ansök. 2. Vänta på beslut.'), ['Gör så här: 1. Ansök.', '2. Vänta på beslut.'])
  assert.deepEqual(sentences('Steg\n\n1. Ansök. 2. Vänta.', 'markdown'), ['Steg', 'Ansök.', '2. Vänta.'])
})

test('question and exclamation marks end sentences; a lowercase continuation does not start one', () => {
  assert.deepEqual(sentences('Vill du veta mer? Ring oss! Vad gör vi? sa hon.'), ['Vill du veta mer?', 'Ring oss!', 'Vad gör vi? sa hon.'])
  assert.deepEqual(sentences('Vänta… Nu!'), ['Vänta…', 'Nu!'])
})

test('closing quotes belong to the sentence they close', () => {
  assert.deepEqual(sentences('Hon sa ”Kom hit.” Sedan gick hon.'), ['Hon sa ”Kom hit.”', 'Sedan gick hon.'])
})

test('hyphenated words and suspended compounds stay whole', () => {
  assert.deepEqual(words('EU-bidrag till Miljö- och hälsoskyddsnämnden'), ['EU-bidrag', 'till', 'Miljö-', 'och', 'hälsoskyddsnämnden'])
  assert.deepEqual(words('3-åriga barn på IT-avdelningen'), ['3-åriga', 'barn', 'på', 'IT-avdelningen'])
})

test('headings and list items are sentences of their own in Markdown', () => {
  const md = '# Rubrik utan punkt\n\nFörsta meningen.\n\n- punkt ett\n- punkt två utan punkt\n\n1. Första steget\n2. Andra steget\n'
  assert.deepEqual(sentences(md, 'markdown'), ['Rubrik utan punkt', 'Första meningen.', 'punkt ett', 'punkt två utan punkt', 'Första steget', 'Andra steget'])
})

test('code, HTML, front matter, URLs and e-mail addresses are not prose', () => {
  const md = '---\ntitle: Erhålla\n---\n\nSe `erhålla` och <span>erhålla</span> på https://exempel.se/erhålla eller skriv till erhålla@exempel.se.\n\n```\nerhålla i kod\n```\n'
  assert.deepEqual(words(md, 'markdown'), ['Se', 'och', 'erhålla', 'på', 'eller', 'skriv', 'till'])
  assert.deepEqual(sentences(md, 'markdown').length, 1)
})

test('link text is prose and the link target is not', () => {
  assert.deepEqual(words('Läs [mer om stöd](https://exempel.se/stod "titel") här.', 'markdown'), ['Läs', 'mer', 'om', 'stöd', 'här'])
})

test('plain text: blank lines separate paragraphs, list lines are items, a short capitalised first line is a heading', () => {
  const txt = 'Bakgrund \nNämnden har fått ett förslag som\nska ersätta det gamla.\n\n- första punkten\n- andra punkten\n'
  assert.deepEqual(sentences(txt), ['Bakgrund', 'Nämnden har fått ett förslag som\nska ersätta det gamla.', 'första punkten', 'andra punkten'])
})

test('a sentence wrapped over lines stays one sentence', () => {
  const txt = 'Kommunikationsprogram för Stockholms \nstad gäller alla.'
  assert.deepEqual(sentences(txt), ['Kommunikationsprogram för Stockholms \nstad gäller alla.'])
})

test('blockquote markers inside a paragraph are not words', () => {
  assert.deepEqual(words('> Vi gör det i enlighet\n> med lagen.', 'markdown'), ['Vi', 'gör', 'det', 'i', 'enlighet', 'med', 'lagen'])
})

test('straight single quotes open and close quoted sentences; a colon before a quoted sentence ends the one before', () => {
  assert.deepEqual(sentences("Budet löd: 'Du skall lyda din fader.' Ett av leden var viktigt."), ['Budet löd:', "'Du skall lyda din fader.'", 'Ett av leden var viktigt.'])
  assert.deepEqual(sentences('Han sa: kom hit.'), ['Han sa: kom hit.'])
  assert.deepEqual(sentences('Det gäller följande: ”Alla ska med.”'), ['Det gäller följande:', '”Alla ska med.”'])
})
