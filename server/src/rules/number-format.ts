import { defineRule, type RuleContext } from '../engine/rule'
import type { AnalysedBlock } from '../engine/types'
import { ms, MS_URL } from './sources'
import { isMentionedOrCited } from './word-context'
import { dateSpans, spanSpans } from './number-format-spans'

/**
 * How numbers, times, spans and dates are written (Myndigheternas skrivregler, chapter 12): digit
 * groups separated by a no-break space (10 000), kl. with a full stop and a full stop between hours
 * and minutes (kl. 14.30), an en dash in spans (9–17) and dates in running text with the month
 * written out (15 april 2015). Precision first: an identifier (a case number, a phone number, an
 * SFS number, a postcode, a personnummer, a reference to a chapter or a paragraph) is left alone,
 * and so is a number that may be one; only a number with an amount or a unit beside it is grouped.
 */
export const numberFormat = defineRule({
  id: 'number-format',
  category: 'format',
  defaultSeverity: 'info',
  description: 'Sifferuttryck som inte följer skrivreglerna: tal utan mellanrum mellan siffergrupperna (10000 kronor), kl utan punkt, bindestreck i stället för tankstreck i tidsrymder (9-17), från kl. 9–17 och datum som 15.4.2015 i löptext.',
  url: MS_URL,
  checkBlock(block, ctx) {
    if (block.kind === 'code' || block.kind === 'quote') return
    const found: Spot[] = [...groups(block), ...clockTimes(block), ...spanSpans(block), ...dateSpans(block)]
    found.sort((a, b) => a.start - b.start)
    let end = -1
    for (const spot of found) {
      if (spot.start < end) continue // one finding per stretch of text
      const start = block.start + spot.start
      const stop = block.start + spot.end
      if (isMentionedOrCited(block, ctx.doc.text, start, stop)) continue
      end = spot.end
      report(ctx, block, spot)
    }
  },
})

/** One finding before it is placed in the document: offsets are relative to the block. */
export interface Spot {
  start: number
  end: number
  message: string
  expected: string[]
  note: string
  section: string
}

function report(ctx: RuleContext<unknown>, block: AnalysedBlock, spot: Spot): void {
  ctx.report({
    message: spot.message,
    actual: block.text.slice(spot.start, spot.end),
    expected: spot.expected,
    note: spot.note,
    source: ms(spot.section),
    url: MS_URL,
    offset: block.start + spot.start,
    endOffset: block.start + spot.end,
  })
}

/** The no-break space the source asks for between digit groups (fast mellanslag), so a number never breaks over a line. */
export const NBSP = '\u00a0'

/** Groups a run of digits in threes from the right with no-break spaces: 1000000 -> 1 000 000. */
export function grouped(digits: string): string {
  return digits.replace(/\B(?=(?:\d{3})+$)/g, NBSP)
}

const GROUP_NOTE =
  'Skriv tal med fler än fyra siffror i grupper om tre siffror räknat bakifrån, med fast mellanslag mellan grupperna ' +
  '(10 000, 2 000 000). Komma är decimaltecken på svenska och punkt kan läsas som engelskt decimaltecken, så de ska ' +
  'inte skilja grupperna åt. Snabbkorrigeringen sätter in fasta mellanslag, så att talet inte bryts över två rader.'

/** Words after a number that make it an amount or a measure, not an identifier. */
const UNITS = new Set(
  ('kr kronor tkr sek euro dollar pund km mil m meter kvm m² m2 kvadratmeter hektar ha kg ton liter l st stycken ' +
    'personer invånare deltagare besökare elever studenter barn anställda medarbetare hushåll bostäder lägenheter ' +
    'ansökningar ärenden exemplar timmar dagar år poäng röster människor kunder användare sidor ord platser ' +
    'resenärer patienter företag kvinnor män ungdomar bilar träd') .split(' '),
)
/** Words before a number that make it an amount: cirka 10000, kostar 25000. */
const QUANTIFIER = /(?:^|[^\p{L}])(?:cirka|ca|omkring|ungefär|drygt|knappt|nästan|över|under|minst|högst|upp till|totalt|sammanlagt|kostar|kostade|kostnaden är|belopp(?:et)? på|summan|hela)\s+$/iu

/** 12.1.7: 10000 kronor, 1.000.000, 1,000,000. */
function groups(block: AnalysedBlock): Spot[] {
  if (block.kind === 'table-cell') return [] // sums in tables are aligned as the table needs
  const spots: Spot[] = []
  const text = block.text
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.,:/\-–§#+@])[1-9]\d{4,}(?![\p{L}\p{N}_/:@]|[.,\-–]\p{N})/gu)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    if (/\d[ \u00a0]$/.test(before)) continue // 2 000000: a group already begun
    const next = /^[ \u00a0]?([\p{L}²0-9]+)/u.exec(text.slice(m.index + m[0].length))?.[1]
    if (!(next && UNITS.has(next.toLowerCase())) && !QUANTIFIER.test(before)) continue
    spots.push({ start: m.index, end: m.index + m[0].length, ...groupAdvice(m[0], grouped(m[0])) })
  }
  // 15000–25000 kr: a span of amounts, both grouped
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.,:/\-–§#+@])(\d{5,})([–-])(\d{5,})(?![\p{L}\p{N}_/:@]|[.,\-–]\p{N})/gu)) {
    const next = /^[ \u00a0]?([\p{L}²0-9]+)/u.exec(text.slice(m.index + m[0].length))?.[1]
    if (!(next && UNITS.has(next.toLowerCase()))) continue
    spots.push({ start: m.index, end: m.index + m[0].length, ...groupAdvice(m[0], `${grouped(m[1])}–${grouped(m[3])}`) })
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.,:/\-–§#+@])\d{1,3}([.,])\d{3}(?:\1\d{3})+(?![\p{L}\p{N}_/:@]|[.,\-–]\p{N})/gu)) {
    const parts = m[0].split(m[1])
    if (m[1] === '.' && parts.length === 4 && parts.every((p) => Number(p) <= 255)) continue // an IP address
    spots.push({ start: m.index, end: m.index + m[0].length, ...groupAdvice(m[0], parts.join(NBSP)) })
  }
  return spots
}

function groupAdvice(actual: string, fix: string): Omit<Spot, 'start' | 'end'> {
  return {
    message: `Dela upp talet i grupper om tre siffror med mellanslag: ”${fix.replaceAll(NBSP, ' ')}”, inte ”${actual}”.`,
    expected: [fix],
    note: GROUP_NOTE,
    section: '12.1.7',
  }
}

const CLOCK_NOTE =
  'Kl. är en förkortning av klockan och skrivs med punkt. Mellan timmar och minuter sätts punkt (kolon går också bra): ' +
  'kl. 9.45, kl. 14.30.'

/** 12.2.1, 11.4 and 11.6: kl 9.30 -> kl. 9.30, kl. 1430 -> kl. 14.30. */
function clockTimes(block: AnalysedBlock): Spot[] {
  const spots: Spot[] = []
  for (const m of block.text.matchAll(/(?<![\p{L}\p{N}.])(kl|klockan)(\.?)([ \u00a0]+)(\d{1,2}(?:[.:]\d{2})?|\d{4})(?=([-–]\d)?)(?![\p{L}\p{N}]|[.:]\p{N})/giu)) {
    const [whole, word, dot, space, time, dash] = m
    const isKl = word.toLowerCase() === 'kl'
    const military = /^\d{4}$/.test(time) ? militaryTime(time) : undefined
    if (/^\d{4}$/.test(time) && !military) continue
    if (isKl && dot === '' && !military) {
      // kl 9 may be klass 9: a bare hour below 10 counts only with minutes or as the start of a span
      const hour = Number(time.split(/[.:]/)[0])
      if (hour > 24 || (!/[.:]/.test(time) && hour < 10 && !dash)) continue
      spots.push({ start: m.index, end: m.index + word.length, message: `Skriv ”${word}.” med punkt.`, expected: [`${word}.`], note: CLOCK_NOTE, section: '11.4, 11.6 och 12.2.1' })
      continue
    }
    if (!military) continue
    const fixed = `${word}${isKl ? '.' : dot}${space}${military}`
    spots.push({ start: m.index, end: m.index + whole.length, message: `Skriv klockslaget med punkt mellan timmar och minuter: ”${fixed}”.`, expected: [fixed], note: CLOCK_NOTE, section: '12.2.1' })
  }
  return spots
}

/** 1430 -> 14.30 when it is a time of day (0000–2400). */
function militaryTime(digits: string): string | undefined {
  const hour = Number(digits.slice(0, 2))
  const minute = Number(digits.slice(2))
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined
  return `${hour}.${digits.slice(2)}`
}
