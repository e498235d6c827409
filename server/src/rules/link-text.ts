import { defineRule } from '../engine/rule'
import type { AnalysedBlock, Link } from '../engine/types'
import { DIGG_LINKS_URL, LINKS_SOURCE } from './web-sources'

const ID = 'link-text'
const MAX_REPEATS = 20
/** A sentence this long that is all link is prose, not a page title or a call to action. */
const MIN_SENTENCE_WORDS = 8

/**
 * Link texts that say nothing of where they lead, compared whole (after case, spaces, arrows and
 * end punctuation are set aside): ”här” inside ”ansökan om bygglov här” is left alone.
 */
const GENERIC = new Set([
  'här', 'hit', 'klicka', 'klicka här', 'tryck här', 'klicka här för mer information', 'klicka på länken',
  'läs mer', 'läsa mer', 'läs mer här', 'läs här', 'läs vidare', 'se här', 'gå hit', 'mer', 'mer här', 'mer info', 'mer information',
  'info', 'information', 'länk', 'länken', 'denna länk', 'den här länken', 'ladda ner', 'ladda ned',
  'click here', 'here', 'read more', 'more', 'link', 'learn more',
])

/** A link that is the same everywhere it stands, as duplicate texts are compared across the document. */
interface LinkData {
  key: string
  target: string
  text: string
  offset: number
  endOffset: number
}

/**
 * Link texts that do not say where they lead (DIGG webbriktlinjer R5, WCAG 2.4.4): generic texts
 * (klicka här, läs mer), a web address with a path as the text in web text, a whole sentence as
 * the link, no text at all, and one text for two different targets in the same document. Reads
 * the document model's links only, so Markdown and HTML are checked alike; in plain text a link
 * is a bare address, which is left alone. A link's label (HTML aria-label), which a screen reader
 * reads instead of its text, is what is judged when there is one.
 */
export const linkText = defineRule({
  id: ID,
  category: 'accessibility',
  defaultSeverity: 'warning',
  language: 'any',
  description: 'Länktexter som inte säger vart länken leder: ”klicka här”, ”läs mer”, en webbadress, en hel mening, samma text till olika mål.',
  url: DIGG_LINKS_URL,
  checkBlock(block, ctx) {
    for (const link of block.links ?? []) {
      if (isBareAddress(link)) {
        if (ctx.doc.format !== 'plaintext' && hasPath(link.text)) {
          ctx.report({
            severity: 'info',
            message: 'En webbadress som länktext säger inte vad läsaren hittar. Skriv sidans namn i stället.',
            actual: ctx.doc.text.slice(link.textStart, link.textEnd),
            expected: [],
            note:
              'Skärmläsare läser webbadresser tecken för tecken, och adressen säger sällan vad sidan handlar om. ' +
              'Använd målsidans rubrik som länktext. En adress som bara är webbplatsens namn (www.kommun.se) går bra.',
            source: LINKS_SOURCE,
            url: DIGG_LINKS_URL,
            offset: link.textStart,
            endOffset: link.textEnd,
          })
        }
        continue
      }
      const key = normalizeText(accessibleName(link))
      if (key === '') {
        ctx.report({
          message: 'Länken har ingen text. Skriv vart den leder.',
          actual: ctx.doc.text.slice(link.start, link.end),
          expected: [],
          note: 'En länk utan text läses upp som bara ”länk” eller som sin webbadress. Skriv målsidans namn som länktext.',
          source: LINKS_SOURCE,
          url: DIGG_LINKS_URL,
          offset: link.start,
          endOffset: link.end,
        })
      } else if (GENERIC.has(key)) {
        ctx.report({
          message: `Länktexten ”${link.text.trim()}” säger inte vart länken leder. Skriv vad läsaren hittar där, till exempel sidans rubrik.`,
          actual: ctx.doc.text.slice(link.textStart, link.textEnd),
          expected: [],
          note:
            'Många läser bara länkarna: de skummar sidan, eller låter skärmläsaren läsa upp en lista med sidans länkar utan texten runt omkring. ' +
            'Då säger ”klicka här” och ”läs mer” ingenting. Skriv ”Ansök om bygglov” i stället för ”klicka här”; användaren ska kunna förutse vad som händer vid klick.',
          source: LINKS_SOURCE,
          url: DIGG_LINKS_URL,
          offset: link.textStart,
          endOffset: link.textEnd,
        })
      } else if (isWholeSentence(link, block)) {
        ctx.report({
          severity: 'info',
          message: 'Hela meningen är en länk. Länka bara de ord som säger vart länken leder.',
          actual: ctx.doc.text.slice(link.textStart, link.textEnd),
          expected: [],
          note:
            'En lång länktext är svår att skumma och tar lång tid att lyssna på i skärmläsarens lista över länkar. ' +
            'Låt meningen stå som text och gör bara målets namn till länk, med det viktigaste först.',
          source: LINKS_SOURCE,
          url: DIGG_LINKS_URL,
          offset: link.textStart,
          endOffset: link.textEnd,
        })
      }
    }
  },
  // null, not undefined, for a block without such links: the block cache keeps null
  summarizeBlock(block): LinkData[] | null {
    const out: LinkData[] = []
    for (const link of block.links ?? []) {
      if (isBareAddress(link)) continue
      const key = normalizeText(accessibleName(link))
      // empty and generic texts get their own finding; they are not reported twice
      if (key === '' || GENERIC.has(key)) continue
      out.push({ key, target: normalizeTarget(link.target), text: accessibleName(link).trim(), offset: link.textStart - block.start, endOffset: link.textEnd - block.start })
    }
    return out.length > 0 ? out : null
  },
  checkDocument(doc, ctx) {
    const byText = new Map<string, LinkData[]>()
    for (const block of doc.blocks) {
      for (const link of (block.ruleData[ID] as LinkData[] | null) ?? []) {
        const absolute = { ...link, offset: link.offset + block.start, endOffset: link.endOffset + block.start }
        const group = byText.get(link.key)
        if (group) group.push(absolute)
        else byText.set(link.key, [absolute])
      }
    }
    let reported = 0
    for (const group of byText.values()) {
      const targets = new Set(group.map((l) => l.target))
      if (targets.size < 2) continue
      for (const link of group) {
        if (reported++ >= MAX_REPEATS) return
        ctx.report({
          severity: 'info',
          message: `Länktexten ”${link.text}” leder till ${targets.size} olika mål. Ge varje länk en text som säger vart just den leder.`,
          actual: ctx.doc.text.slice(link.offset, link.endOffset),
          expected: [],
          note:
            'Två länkar med samma text ser ut att leda till samma sida. När de leder till olika sidor kan läsaren, ' +
            'och den som går igenom sidans länkar med skärmläsare, inte skilja dem åt.',
          source: LINKS_SOURCE,
          url: DIGG_LINKS_URL,
          offset: link.offset,
          endOffset: link.endOffset,
        })
      }
    }
  },
})

/** What a screen reader reads as the link: its label (HTML aria-label) where the source gives one, else its text. */
function accessibleName(link: Link): string {
  return link.label?.trim() ? link.label : link.text
}

/** A link whose text is its own address: a bare URL or e-mail address, an autolink. */
function isBareAddress(link: Link): boolean {
  const text = link.text.trim()
  return text !== '' && (text === link.target.trim() || text === link.target.replace(/^mailto:/i, '').trim() || /^(?:https?:\/\/|www\.)\S+$/i.test(text))
}

/** A web address that leads further than a site's front page (www.kommun.se names the site; www.kommun.se/a/b does not). */
function hasPath(address: string): boolean {
  if (!/^(?:https?:\/\/|www\.)/i.test(address.trim())) return false
  const rest = address.trim().replace(/^https?:\/\//i, '').replace(/[/?#]+$/, '')
  return /[/?#]/.test(rest)
}

/** Lower case, one space between words, arrows, quotation marks and end punctuation set aside. */
function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/^[\s»›→>«‹<(["”“'’]+|[\s.,:;!?…»›→>«‹<)\]"”“'’]+$/gu, '')
    .trim()
}

/** Two addresses for the same page compare equal (http or https, with or without www and a final slash). */
function normalizeTarget(target: string): string {
  return target
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+(?=$|[?#])/, '')
}

/** Every word of a sentence that ends like one (. ! ?) lies inside the link's text, and there are many words. */
function isWholeSentence(link: Link, block: AnalysedBlock): boolean {
  if (block.kind === 'heading' || block.kind === 'table-cell') return false
  const sentence = block.sentences.find((s) => s.start <= link.textStart && link.textStart < s.end)
  if (!sentence || sentence.words.length < MIN_SENTENCE_WORDS) return false
  if (!sentence.words.every((w) => link.textStart <= w.start && w.end <= link.textEnd)) return false
  const last = [...sentence.tokens].reverse().find((t) => t.kind !== 'whitespace')
  return last !== undefined && /^[.!?]+$/.test(last.text)
}
