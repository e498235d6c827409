import type { AnalysedBlock } from '../engine/types'
import type { Spot } from './number-format'

/** Spans and dates for the number-format rule (Myndigheternas skrivregler 12.3, 12.4 and 13.8.2). */

const SPAN_NOTE =
  'En tidsrymd eller ett intervall skrivs med tankstreck (–) utan mellanslag, inte med bindestreck (-): kl. 9–17, ' +
  '2015–2020, s. 3–5. Tankstrecket betyder i sig ”från … till” eller ”mellan … och”.'
const PREPOSITION_NOTE =
  'Tankstrecket betyder i sig ”från … till” eller ”mellan … och”, så det blir dubbelt med från eller mellan framför. ' +
  'Skriv antingen kl. 9–17 eller från kl. 9 till 17.'

/** A number in a span: a time (9.00), a number in groups (10 000) or a whole or decimal number (12, 2,5). */
const NUM = String.raw`\d{1,2}[.:]\d{2}|\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?`
const SPAN = new RegExp(String.raw`(?<![\p{L}\p{N}_.,:/\-–§#+@])(${NUM})([-–])(${NUM})(?![\p{L}\p{N}_\-–/]|[.,:]\p{N})`, 'gu')

/** Words before a number that make it an identifier or a legal reference, not a span. */
const IDENTIFIER_BEFORE = /(?:^|[^\p{L}])(?:dnr|diarienr|diarienummer|ärende|ärendenummer|ärendenr|nr|nummer|ref|referens|id|tel|tfn|telefon|telefonnummer|fax|mobil|bankgiro|bg|plusgiro|pg|postgiro|konto|kontonummer|clearingnummer|org\.?\s?nr|organisationsnummer|personnummer|isbn|issn|art\.?\s?nr|artikelnummer|version|sfs|stycket|styckena|punkt|punkterna|p)\.?:?[ \u00a0]*$|§[ \u00a0]*$/iu
/** An acronym before the number names a series of identifiers: KS 2024-112, ISO 9001-2015. */
const ACRONYM_BEFORE = /(?:^|[^\p{L}])\p{Lu}{2,}[ \u00a0]+$/u
/** A chapter or paragraph reference after the span: 1-5 §§, 3-4 kap. */
const LEGAL_AFTER = /^[ \u00a0]*(?:[a-z][ \u00a0]+)?(?:§|kap\b)/u

/** 12.4.1 and 13.8.2: 9-17 -> 9–17; från kl. 9–17 -> kl. 9–17 or från kl. 9 till 17. */
export function spanSpans(block: AnalysedBlock): Spot[] {
  const spots: Spot[] = []
  const text = block.text
  for (const m of text.matchAll(SPAN)) {
    const [whole, first, dash, second] = m
    const start = m.index
    const end = start + whole.length
    const before = text.slice(Math.max(0, start - 40), start)
    const after = text.slice(end)
    if (!isSpan(first, second) || IDENTIFIER_BEFORE.test(before) || ACRONYM_BEFORE.test(before) || LEGAL_AFTER.test(after)) continue
    const prep = /(?:^|[^\p{L}])((från|mellan)[ \u00a0]+((?:kl\.|klockan|år|åren|åldern)[ \u00a0]+)?)$/iu.exec(before)
    // mellan 2015–2020 och 2021–2025 compares two periods: the preposition belongs to the comparison
    if (prep && !/^[ \u00a0]+(?:och|till)[ \u00a0]/u.test(after)) {
      const from = start - prep[1].length
      const word = prep[2]
      const rest = prep[3] ?? ''
      const withDash = `${rest}${first}–${second}`
      const spelled = `${word} ${rest}${first} ${word.toLowerCase() === 'från' ? 'till' : 'och'} ${second}`
      const capital = /^\p{Lu}/u.test(word) ? (s: string) => s.charAt(0).toUpperCase() + s.slice(1) : (s: string) => s
      spots.push({ start: from, end, message: `Skriv antingen ”${capital(withDash)}” eller ”${spelled}”, inte ”${word}” och tankstreck.`, expected: [capital(withDash), spelled], note: PREPOSITION_NOTE, section: '12.4.1' })
      continue
    }
    if (dash !== '-') continue
    const fixed = `${first}–${second}`
    spots.push({ start, end, message: `Skriv tankstreck i intervallet: ”${fixed}”.`, expected: [fixed], note: SPAN_NOTE, section: '12.4.1 och 13.8.2' })
  }
  return spots
}

/**
 * Whether two numbers joined by a dash read as a span: the second is the larger, and neither looks
 * like part of an identifier (a leading zero: 08-123 45 67, 2015-04; a long second number after a
 * short first: 123-4567, a bankgiro number; two four-digit numbers that are not years).
 */
function isSpan(first: string, second: string): boolean {
  const isTime = (s: string) => /^\d{1,2}[.:]\d{2}$/.test(s)
  const isPlain = (s: string) => /^\d+$/.test(s)
  if ((isPlain(first) && /^0\d/.test(first)) || (isPlain(second) && /^0\d/.test(second))) return false
  if (isPlain(second) && second.length >= 4 && first.length !== 4) return false
  if (isPlain(first) && isPlain(second) && first.length === 4 && second.length === 4) {
    const [a, b] = [Number(first), Number(second)]
    if (a < 1500 || b > 2100 || b - a > 200) return false
  }
  const minutes = (s: string) => {
    const [h, m] = s.split(/[.:]/)
    return Number(h) * 60 + Number(m)
  }
  if (isTime(first) || isTime(second)) {
    const a = isTime(first) ? minutes(first) : isPlain(first) ? Number(first) * 60 : NaN
    const b = isTime(second) ? minutes(second) : isPlain(second) ? Number(second) * 60 : NaN
    return a < b && b <= 24 * 60
  }
  const value = (s: string) => Number(s.replace(/[ \u00a0]/g, '').replace(',', '.'))
  return value(first) < value(second)
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
const DATE_NOTE =
  'I löpande text skrivs datum med månadens namn: 15 april 2015. Skrivsätt som 15.4.2015 och 20150415 hör hemma ' +
  'i brevhuvuden och tabeller, och 3/5 kan läsas både som 3 maj och 5 mars.'
const WEEKDAY = 'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag'

/** 12.3.1: 15.4.2015 and den 20150415 -> 15 april 2015; den 3/5 -> write the month out (no fix: 3 maj or 5 mars?). */
export function dateSpans(block: AnalysedBlock): Spot[] {
  if (block.kind === 'heading' || block.kind === 'table-cell') return []
  const spots: Spot[] = []
  const text = block.text
  const inProse = (at: number) => (block.sentences.find((s) => s.start - block.start <= at && at < s.end - block.start)?.words.length ?? 0) >= 5
  const push = (start: number, end: number, fix: string | undefined, message = `Skriv datumet med månadens namn: ”${fix}”.`) =>
    spots.push({ start, end, message, expected: fix ? [fix] : [], note: DATE_NOTE, section: '12.3.1' })
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.,:/\-–§#+@])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{L}\p{N}_\-–/]|[.,:]\p{N})/gu)) {
    const fix = writtenDate(m[1], m[2], m[3])
    if (fix && inProse(m.index)) push(m.index, m.index + m[0].length, fix)
  }
  for (const m of text.matchAll(/(?<=(?:^|[^\p{L}])den[ \u00a0]+)((?:19|20)\d{2})(\d{2})(\d{2})(?![\p{L}\p{N}_\-–/]|[.,:]\p{N})/giu)) {
    const fix = writtenDate(m[3], m[2], m[1])
    if (fix && inProse(m.index)) push(m.index, m.index + m[0].length, fix)
  }
  // a word that makes 19/5 a date, not a fraction (3/4 av): den, senast, från 19/5 till 13/6; or a span 1/5–31/5
  const slash = new RegExp(String.raw`(?<=(?:(?:^|[^\p{L}])(?:den|senast|från|till|före|efter|innan|mellan|fr\.o\.m\.|t\.o\.m\.|(?:${WEEKDAY})(?:en|s)?)[ \u00a0]+|\d/\d{1,2}[–-]))(\d{1,2})/(\d{1,2})(?![\p{L}\p{N}_/]|[.,:]\p{N}|[ \u00a0]+av\b)|(?<![\p{L}\p{N}_./])(\d{1,2})/(\d{1,2})(?=[–-]\d{1,2}/\d)`, 'giu')
  for (const found of text.matchAll(slash)) {
    const m = found[1] === undefined ? Object.assign([found[0], found[3], found[4]], { index: found.index }) : found
    // från 1/3 till 1/2: after a preposition a small fraction reads as a fraction
    const afterPreposition = /(?:från|till|före|efter|innan|mellan)[ \u00a0]+$/iu.test(text.slice(Math.max(0, m.index - 10), m.index))
    if (afterPreposition && Number(m[1]) < Number(m[2]) && Number(m[2]) <= 10) continue
    if (!writtenDate(m[1], m[2], '2000') || !inProse(m.index)) continue
    const readings = [`${Number(m[1])} ${MONTHS[Number(m[2]) - 1]}`, ...(Number(m[2]) <= 12 && Number(m[1]) <= 12 && m[1] !== m[2] ? [`${Number(m[2])} ${MONTHS[Number(m[1]) - 1]}`] : [])]
    push(m.index, m.index + m[0].length, undefined, `Skriv ut månadens namn (${readings.map((r) => `”${r}”`).join(' eller ')}), så att datumet inte kan missförstås.`)
  }
  return spots
}

/** 15, 4, 2015 -> 15 april 2015 when it is a real date between 1800 and 2199. */
function writtenDate(day: string, month: string, year: string): string | undefined {
  const [d, mo, y] = [Number(day), Number(month), Number(year)]
  if (mo < 1 || mo > 12 || d < 1 || y < 1800 || y > 2199) return undefined
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined
  return `${d} ${MONTHS[mo - 1]} ${y}`
}
