import { test } from 'node:test'
import assert from 'node:assert/strict'
import { joinLines, pdfText } from '../src/files/office/pdf-paragraphs'
import { pageLines } from '../src/files/office/pdf-lines'
import type { PdfLine } from '../src/files/office/pdf-lines'

test('a hyphen at a line end joins the word, but stays after a capital or digit and before och, eller', () => {
  assert.equal(joinLines('stora kommunikations-', 'utmaningar finns'), 'stora kommunikationsutmaningar finns')
  assert.equal(joinLines('söka EU-', 'medel'), 'söka EU-medel')
  assert.equal(joinLines('under 2020-', 'talet'), 'under 2020-talet')
  assert.equal(joinLines('Miljö-', 'och hälsoskyddsnämnden'), 'Miljö- och hälsoskyddsnämnden')
  assert.equal(joinLines('för- eller', 'efterskott'), 'för- eller efterskott')
  assert.equal(joinLines('Stockholms-', 'Uppsala'), 'Stockholms-Uppsala')
  assert.equal(joinLines('en mening –', 'som fortsätter'), 'en mening – som fortsätter')
  assert.equal(joinLines('avstav\u00ad', 'ning'), 'avstavning')
  assert.equal(joinLines('ett ord', 'till'), 'ett ord till')
})

/** A page of lines from the top, 15 points apart, with a blank line where the text has ''. */
function page(lines: string[], header?: string, footer?: string): PdfLine[] {
  const out: PdfLine[] = []
  if (header) out.push({ text: header, x: 50, y: 800, fontSize: 9 })
  let y = 700
  for (const text of lines) {
    if (text) out.push({ text, x: 50, y, fontSize: 12 })
    y -= 15
  }
  if (footer) out.push({ text: footer, x: 290, y: 30, fontSize: 9 })
  return out
}

test('running headers, footers with page numbers and lone page numbers are left out; paragraphs run on across pages', () => {
  const pages = [
    page(['Första stycket börjar här', 'och slutar här.', '', 'Andra stycket fortsätter på'], 'Remissvar KS 2024/112', 'Sida 1 av 3'),
    page(['nästa sida.', '', 'Tredje stycket.'], 'Remissvar KS 2024/112', 'Sida 2 av 3'),
    page(['Fjärde stycket börjar med stor bokstav.'], 'Remissvar KS 2024/112', 'Sida 3 av 3'),
  ]
  const { text, pageStarts } = pdfText(pages)
  assert.equal(text, 'Första stycket börjar här och slutar här.\n\nAndra stycket fortsätter på nästa sida.\n\nTredje stycket.\n\nFjärde stycket börjar med stor bokstav.')
  assert.deepEqual(pageStarts, [0, text.indexOf(' nästa sida'), text.indexOf('Fjärde')])
  // one page: no header can repeat, but a lone page number at the foot is still no text
  assert.equal(pdfText([page(['Bara en sida.'], undefined, '– 1 –')]).text, 'Bara en sida.')
  // a line that repeats on one page only of three stays
  assert.match(pdfText([page(['Samma rad.']), page(['Annan rad.']), page(['Tredje rad.'])]).text, /Samma rad/)
})

test('a bullet, a change of font size or a wide gap starts a new paragraph', () => {
  const lines: PdfLine[] = [
    { text: 'Rubrik', x: 50, y: 720, fontSize: 16 },
    { text: 'Brödtext som', x: 50, y: 700, fontSize: 12 },
    { text: 'fortsätter.', x: 50, y: 685, fontSize: 12 },
    { text: '• En punkt', x: 50, y: 670, fontSize: 12 },
    { text: '• En till', x: 50, y: 655, fontSize: 12 },
    { text: 'Efter en lucka.', x: 50, y: 610, fontSize: 12 },
  ]
  assert.equal(pdfText([lines]).text, 'Rubrik\n\nBrödtext som fortsätter.\n\n• En punkt\n\n• En till\n\nEfter en lucka.')
})

test('text items become lines: an end of line ends one, a gap between items is a space', () => {
  const item = (str: string, x: number, y: number, hasEOL = false) => ({ str, x, y, width: str.length * 6, fontSize: 12, hasEOL })
  assert.deepEqual(
    pageLines([item('Hej', 50, 700), item('världen', 74, 700, true), item('', 50, 685, true), item('Ny', 50, 685), item('rad', 62, 685)]).map((l) => l.text),
    ['Hej världen', 'Nyrad'],
  )
})
