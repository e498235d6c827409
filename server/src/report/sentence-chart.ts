import type { DocumentReport } from './report-data'
import { escapeHtml } from './escape'

const WIDTH = 640
const HEIGHT = 160
const MAX_BARS = 400

/**
 * Sentence lengths as an inline SVG bar chart (one bar per sentence, in order; the long ones in
 * another colour and pattern, so colour is not the only signal), with a text description for
 * screen readers. Long documents get a histogram of lengths instead.
 */
export function sentenceChart(report: DocumentReport): string {
  const lengths = report.sentences.map((s) => s.words)
  if (lengths.length === 0) return '<p>Inga meningar.</p>'
  const long = report.sentences.filter((s) => s.long).length
  const label = `Meningslängder: ${lengths.length} meningar, ${long} längre än ${report.maxSentenceWords} ord, den längsta ${Math.max(...lengths)} ord.`
  const bars = lengths.length <= MAX_BARS ? perSentence(report) : histogram(report)
  return `<figure class="chart"><svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${WIDTH} ${HEIGHT + 20}" class="chart-svg">
<title id="chart-title">${escapeHtml(label)}</title>
<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" class="hatch-ground"/><rect width="2" height="4" class="hatch-stripe"/></pattern></defs>
${bars}
</svg><figcaption>${escapeHtml(label)}</figcaption></figure>`
}

function perSentence(report: DocumentReport): string {
  const max = Math.max(report.maxSentenceWords * 1.5, ...report.sentences.map((s) => s.words))
  const w = WIDTH / report.sentences.length
  const limitY = HEIGHT - (report.maxSentenceWords / max) * HEIGHT
  const rects = report.sentences
    .map((s, i) => {
      const h = Math.max(1, (s.words / max) * HEIGHT)
      return `<rect x="${(i * w).toFixed(2)}" y="${(HEIGHT - h).toFixed(2)}" width="${Math.max(0.5, w - 0.5).toFixed(2)}" height="${h.toFixed(2)}" class="bar${s.long ? ' long' : ''}"><title>Mening ${i + 1} (${s.place ? (s.place.page !== undefined ? `sida ${s.place.page}` : `stycke ${s.place.paragraph}`) : `rad ${s.line}`}): ${s.words} ord${s.long ? ', lång' : ''}</title></rect>`
    })
    .join('')
  return `${rects}<line x1="0" x2="${WIDTH}" y1="${limitY.toFixed(2)}" y2="${limitY.toFixed(2)}" class="limit"/><text x="4" y="${Math.max(10, limitY - 3).toFixed(2)}" class="limit-label">gräns ${report.maxSentenceWords} ord</text>`
}

function histogram(report: DocumentReport): string {
  const buckets = new Map<number, number>()
  for (const s of report.sentences) buckets.set(Math.min(60, Math.floor(s.words / 5) * 5), (buckets.get(Math.min(60, Math.floor(s.words / 5) * 5)) ?? 0) + 1)
  const keys = [...Array(13).keys()].map((k) => k * 5)
  const max = Math.max(...buckets.values())
  const w = WIDTH / keys.length
  return keys
    .map((k, i) => {
      const n = buckets.get(k) ?? 0
      const h = (n / max) * (HEIGHT - 10)
      const long = k >= report.maxSentenceWords
      return `<rect x="${(i * w).toFixed(2)}" y="${(HEIGHT - h).toFixed(2)}" width="${(w - 2).toFixed(2)}" height="${h.toFixed(2)}" class="bar${long ? ' long' : ''}"><title>${k}–${k + 4} ord: ${n} meningar</title></rect><text x="${(i * w + 2).toFixed(2)}" y="${HEIGHT + 14}" class="axis">${k}</text>`
    })
    .join('')
}
