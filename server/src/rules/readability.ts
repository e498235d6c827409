import { defineRule } from '../engine/rule'
import { lixCounts } from '../engine/metrics'
import { lixBand } from '../engine/lix-band'

const URL = 'https://spraakbanken.gu.se/en/analyses/sbx-swe-readability-sparv-lix'

/** The document's LIX against the team's target (default 45), for texts long enough for LIX to mean something. */
export const readability = defineRule<{ target: number; minWords: number }>({
  id: 'readability',
  category: 'readability',
  defaultSeverity: 'info',
  description: 'Dokumentets läsbarhetsindex (LIX) jämfört med målet (45 som standard), för texter på minst 100 ord.',
  options: {
    target: { type: 'number', default: 45, minimum: 10, description: 'Högsta LIX för dokumentet.' },
    minWords: { type: 'number', default: 100, minimum: 20, description: 'Kortare texter bedöms inte: LIX är osäkert på korta texter.' },
  },
  checkDocument(doc, ctx) {
    const m = lixCounts(doc)
    if (m.words < ctx.options.minWords || m.lix <= ctx.options.target) return
    const first = doc.blocks.find((b) => b.sentences.length > 0)?.sentences[0]
    if (!first) return
    const perSentence = (m.words / m.sentences).toFixed(0)
    const longShare = ((100 * m.longWords) / m.words).toFixed(0)
    ctx.report({
      message: `Texten har LIX ${m.lix.toFixed(0)} (${lixBand(m.lix)}). Målet är högst ${ctx.options.target}: korta meningar och korta ord gör den lättare att läsa.`,
      actual: ctx.doc.text.slice(first.start, first.end),
      expected: [],
      note:
        `LIX (läsbarhetsindex, Björnsson 1968) är antal ord per mening plus andelen långa ord (fler än sex bokstäver) i procent. ` +
        `Här: ${perSentence} ord per mening och ${longShare} % långa ord. Under 30 är mycket lättläst, 30–40 lättläst, ` +
        `40–50 medelsvårt, 50–60 svårt och över 60 mycket svårt. Håll muspekaren över ett stycke för att se dess LIX.`,
      source: 'Språkbanken Text, LIX (Sparv); skalan från lix.se',
      url: URL,
      offset: first.start,
      endOffset: first.end,
    })
  },
})
