import { defineRule } from '../engine/rule'
import type { Severity } from '../engine/types'
import { findBliPassive, isSPassive } from '../morphology'
import { getLexicon } from '../morphology/lexicon'

const SOURCE = 'Myndigheternas skrivregler (ISOF 2014), avsn. 1.3.3; ISOF/Språkrådet, Klarspråkshjälpen'
const URL = 'https://github.com/peterk/skrivregler-check/blob/main/app/skrivregler.md'

/** Modal verbs: ska skickas, måste betalas, får användas hide who must or may act. */
const MODALS = new Set(['ska', 'skall', 'skulle', 'måste', 'bör', 'borde', 'behöver', 'behövde', 'får', 'fick', 'kan', 'kunde'])
/** Words that may stand between a modal and its passive: ska inte skickas, ska ha skickats. */
const BETWEEN_MODAL = new Set(['inte', 'ej', 'icke', 'också', 'även', 'alltid', 'aldrig', 'därför', 'då', 'sedan', 'ha', 'helst', 'bara', 'endast', 'snarast', 'genast'])
/** Words after kallas that make it a summons, an ordinary passive: kallas till mötet, kallas in. */
const SUMMONS = new Set(['till', 'in', 'att'])

interface Passive {
  start: number
  end: number
  /** 2: after a modal (who must act?), 1: an ordinary passive, 0: the agent is obvious or irrelevant. */
  weight: number
}

const lower = (s: string | undefined): string => (s ?? '').toLowerCase()

function afterModal(words: readonly { text: string }[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = lower(words[k].text)
    if (MODALS.has(w)) return true
    if (!BETWEEN_MODAL.has(w)) return false
  }
  return false
}

/** Verbs of saying in an opening such as ”Det bör påpekas att” (empty-phrase's advice: strike it). */
const SAYING = new Set(['påpekas', 'konstateras', 'noteras', 'nämnas', 'sägas', 'framhållas', 'understrykas', 'betonas', 'tilläggas', 'poängteras'])

/**
 * ”Det bör påpekas att …”: an opening that delays the message rather than a passive that hides who
 * acts; only a hint, so that a real passive later in the sentence is the one shown.
 */
function isEmptyOpening(words: readonly { text: string }[], i: number, form: string, next: string): boolean {
  if (next !== 'att' || !SAYING.has(form)) return false
  return words.slice(Math.max(0, i - 4), i).some((w) => lower(w.text) === 'det')
}

/** Weighs one passive form whose verb (or participle) is `form`, at word index `i`; undefined: not a finding. */
function weigh(words: readonly { text: string }[], i: number, form: string, bliAt = i): number | undefined {
  const lex = getLexicon()
  const next = lower(words[i + 1]?.text)
  if (isEmptyOpening(words, i, form, next)) return 0
  if (lex.termVerbs.has(form)) return SUMMONS.has(next) ? 1 : undefined
  if (afterModal(words, bliAt)) return 2
  const automatic = next === 'automatiskt' || lower(words[i - 1]?.text) === 'automatiskt'
  return lex.hintPassives.has(form) || automatic ? 0 : 1
}

/** The passives of one sentence, s-passives and bli-passives, in text order. */
function passivesOf(words: readonly { text: string; start: number; end: number }[]): Passive[] {
  const found: Passive[] = []
  words.forEach((word, i) => {
    // names and other capitalised words inside a sentence are not verbs (Hans, Anders)
    if (i > 0 && word.text !== word.text.toLowerCase()) return
    if (!isSPassive(word.text, { previous: words[i - 1]?.text })) return
    const weight = weigh(words, i, lower(word.text))
    if (weight !== undefined) found.push({ start: word.start, end: word.end, weight })
  })
  for (const { bli, participle } of findBliPassive(words.map((w) => w.text))) {
    const weight = weigh(words, participle, lower(words[participle].text), bli)
    if (weight === undefined) continue
    found.push({ start: words[bli].start, end: words[participle].end, weight })
  }
  return found.sort((a, b) => a.start - b.start)
}

const SEVERITY: Record<number, Severity | undefined> = { 0: 'hint' }

/**
 * Passive verbs, s-passive (skickas, beslutades) and bli-passive (blev antagen), where an active
 * sentence shows who does what. At most one finding per sentence, the weightiest: a passive after a
 * modal (ska skickas) before an ordinary one; a passive whose agent is obvious or irrelevant (föds,
 * avses, stängs automatiskt; dictionaries/passive-voice.yaml) is only a hint.
 */
export const passiveVoice = defineRule({
  id: 'passive-voice',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Verb i passiv form (skickas, beslutades, blev antagen) där en aktiv mening visar vem som gör vad.',
  checkBlock(block, ctx) {
    for (const sentence of block.sentences) {
      const passives = passivesOf(sentence.words)
      if (passives.length === 0) continue
      const chosen = passives.reduce((best, p) => (p.weight > best.weight ? p : best))
      const others = passives.length - 1
      const more = others === 0 ? '' : ` (och ${others} till i meningen)`
      const actual = ctx.doc.text.slice(chosen.start, chosen.end)
      ctx.report({
        message: `”${actual.replace(/\s+/g, ' ')}” är passiv form${more}. Skriv gärna aktivt: vem gör vad?`,
        actual,
        expected: [],
        note:
          'Vem gör vad? En aktiv mening visar vem som handlar: ”Ansökan skickas till nämnden” → ' +
          '”Du skickar ansökan till nämnden”. Passiv form passar när det är självklart eller oviktigt ' +
          'vem som gör något (”Dörrarna stängs automatiskt”).',
        source: SOURCE,
        url: URL,
        offset: chosen.start,
        endOffset: chosen.end,
        severity: SEVERITY[chosen.weight],
      })
    }
  },
})
