import type { Place } from '../files/office/place'
import type { DocumentOverview, Metrics, Severity } from '../engine/types'
import type { LineIndex } from '../engine/line-index'
import { lixBand } from '../engine/lix-band'
import { sv } from './number-format'
import { addressSignals, bodySentences, headingSignals, mainMessage, plainText } from './text-signals'
import { KLARSPRAKSTEST_SOURCES, QUESTIONS, type QuestionId } from './klarsprakstest-questions'
import { plainWords } from '../rules/plain-words'
import { anglicism } from '../rules/anglicism'
import { buzzword } from '../rules/buzzword'
import { nominalization } from '../rules/nominalization'
import { passiveVoice } from '../rules/passive-voice'
import { jargon } from '../rules/jargon'
import { acronym } from '../rules/acronym'
import { emptyPhrase } from '../rules/empty-phrase'
import { genericMan } from '../rules/generic-man'
import { duNiMix } from '../rules/du-ni-mix'
import { capitalDu } from '../rules/capital-du'

export type Verdict = 'bra' | 'kan förbättras' | 'behöver arbete'

/** One line of evidence, with the place it points to when there is one. */
export interface Evidence {
  text: string
  at?: { line: number; offset: number; endOffset: number; place?: Place }
}

/** One of the Klarspråkstest's questions, answered from the text where it can be. */
export interface TestAnswer {
  id: QuestionId
  question: string
  about: string
  sources: Array<{ title: string; url: string }>
  evidence: Evidence[]
  /** Null when the text cannot answer the question: then `ask` says what the reviewer should look at. */
  verdict: Verdict | null
  /** The rule that gave the verdict, or why there is none, in Swedish. */
  reason: string
  ask?: string
}

export interface TestInput {
  doc: DocumentOverview
  findings: ReadonlyArray<{ ruleId: string; severity: Severity; actual: string; offset: number; endOffset: number }>
  metrics: Metrics
  maxSentenceWords: number
  lines: LineIndex
  /** The rules that are on for the document; undefined means every rule. */
  active?: ReadonlySet<string>
  /** A Word file's or PDF's place for a stretch of its text (paragraph, page), where lines mean nothing to the reader. */
  placeOf?: (offset: number, endOffset: number) => Place
}

/** The thresholds the verdicts use, in one place: the README's table states the same. */
export const LIMITS = {
  /** The main message within the first two sentences, or after at most this share of the words: bra; after at most `late`: kan förbättras. */
  mainMessage: { earlyWords: 10, lateWords: 33 },
  headings: { shortText: 150, twoHeadingsFrom: 300, longestSection: 400 },
  sentences: { goodMean: 16, badMean: 20, goodLongShare: 5, badLongShare: 20, minWords: 30 },
  words: { goodRate: 5, badRate: 15, goodPassive: 10, badPassive: 25, minWords: 50 },
  terms: { bad: 3 },
  address: { perWords: 100, badPassive: 20 },
} as const

const DIFFICULT_WORDS = [plainWords.id, anglicism.id, buzzword.id, nominalization.id]

/**
 * ISOF's klarspråk questions answered with what the text shows: figures from the metrics, the
 * findings that bear on each question, and what the text itself gives (headings, how it speaks
 * to the reader, where the main message stands). Each verdict follows a fixed rule (LIMITS, the
 * README's "Klarspråkstest"); a question the text cannot answer gets no verdict and a question
 * for the reviewer instead.
 */
export function klarsprakstest(input: TestInput): TestAnswer[] {
  const on = (id: string) => !input.active || input.active.has(id)
  const of = (...ids: string[]) => input.findings.filter((f) => ids.includes(f.ruleId) && f.severity !== 'hint')
  const all = (...ids: string[]) => input.findings.filter((f) => ids.includes(f.ruleId))
  const at = (offset: number, endOffset: number) => ({ line: input.lines.position(offset).line + 1, offset, endOffset, ...(input.placeOf ? { place: input.placeOf(offset, endOffset) } : {}) })
  const atFirst = (list: ReadonlyArray<{ offset: number; endOffset: number }>) => (list.length ? { at: at(list[0].offset, list[0].endOffset) } : {})
  const names = (list: ReadonlyArray<{ actual: string }>) => [...new Set(list.map((f) => plainText(f.actual)))].slice(0, 5).map((a) => `”${a}”`).join(', ')
  const m = input.metrics
  const body = bodySentences(input.doc)
  const bodyWords = body.reduce((n, s) => n + s.words, 0)
  const difficult = of(...DIFFICULT_WORDS)
  const passives = of(passiveVoice.id)
  const passiveShare = body.length ? Math.round((100 * passives.length) / body.length) : 0
  const unexplained = [...all(jargon.id), ...all(acronym.id)].sort((a, b) => a.offset - b.offset)
  const address = addressSignals(input.doc)
  const direct = address.du + address.ni
  const answers: TestAnswer[] = []
  const answer = (id: QuestionId, verdict: Verdict | null, reason: string, evidence: Evidence[], ask?: string) =>
    answers.push({ id, ...QUESTIONS[id], sources: QUESTIONS[id].sources.map((s) => KLARSPRAKSTEST_SOURCES[s]), evidence, verdict, reason, ...(ask ? { ask } : {}) })

  answer('lasaren', null, 'Texten säger inte vem den är skriven för, så det bedömer du. Tecknen ovan kan hjälpa.', [
    { text: `LIX ${m.lix.toFixed(0)} (${lixBand(m.lix)}).` },
    { text: `Krångliga ord, modeord, engelska ord och substantivsjuka: ${difficult.length}.` },
    { text: `Facktermer och förkortningar som inte förklaras: ${unexplained.length}.` },
    { text: `Tilltal: du ${address.du} ${times(address.du)}, ni ${address.ni} ${times(address.ni)}.` },
  ], 'Vem ska läsa texten, vad kan hen om ämnet och vad ska hen göra efter läsningen? Läs texten som den läsaren: svarar den först på det hen undrar?')

  const main = mainMessage(input.doc)
  const empty = all(emptyPhrase.id)
  const emptyLine = empty.length ? [{ text: `Inledningar som skjuter upp budskapet: ${empty.length}.`, ...atFirst(empty) }] : []
  if (!main) {
    answer('viktigast-forst', null, 'Ingen mening med ett beslut, ett ställningstagande eller en uppmaning till läsaren (beviljar, avslår, tillstyrker, du får, du behöver …) hittades, så texten kan inte visa var budskapet står.', emptyLine, 'Vad är textens viktigaste budskap? Står det i första stycket, före bakgrund och motivering?')
  } else {
    const L = LIMITS.mainMessage
    const verdict: Verdict = main.sentence <= 1 || main.wordsBefore <= L.earlyWords ? 'bra' : main.wordsBefore <= L.lateWords ? 'kan förbättras' : 'behöver arbete'
    answer('viktigast-forst', verdict, `Bra när budskapet står i någon av de två första meningarna eller inom de första ${L.earlyWords} % av orden, kan förbättras inom de första ${L.lateWords} %, annars behöver arbete.`, [
      { text: `Beslutet eller budskapet står först i mening ${main.sentence + 1} av ${main.sentences}, efter ${main.wordsBefore} % av orden: ”${clip(main.text)}”`, at: at(main.start, main.end) },
      ...emptyLine,
    ], 'Är det här textens viktigaste budskap? Klarspråk letar efter beslut och uppmaningar; om budskapet är ett annat, var står det?')
  }

  const headings = headingSignals(input.doc)
  if (input.doc.format === 'plaintext') {
    answer('rubriker', null, 'Ren text kan inte märka upp rubriker, så Klarspråk ser dem inte.', [], 'Har texten rubriker, och säger de vad avsnitten handlar om?')
  } else {
    const H = LIMITS.headings
    const generic = headings.filter((h) => h.generic)
    const informative = headings.filter((h) => h.informative)
    const longest = longestSection(input.doc, headings)
    const verdict: Verdict =
      headings.length === 0
        ? m.words < H.shortText ? 'kan förbättras' : 'behöver arbete'
        : 2 * generic.length >= headings.length
          ? 'behöver arbete'
          : generic.length === 0 && 2 * informative.length >= headings.length && (m.words < H.twoHeadingsFrom || headings.length >= 2) && longest <= H.longestSection
            ? 'bra'
            : 'kan förbättras'
    answer('rubriker', verdict, `Bra när inga rubriker är intetsägande (Bakgrund, Information, Frågor …), minst hälften är informativa (ett påstående, en fråga eller minst tre ord), en text på ${H.twoHeadingsFrom} ord eller fler har minst två och inget avsnitt är längre än ${H.longestSection} ord. Behöver arbete utan rubriker (en text på ${H.shortText} ord eller fler) eller när minst hälften är intetsägande.`, [
      { text: headings.length ? `${headings.length} ${headings.length === 1 ? 'rubrik' : 'rubriker'}: ${headings.slice(0, 6).map((h) => `”${clip(h.text, 60)}”`).join(', ')}${headings.length > 6 ? ' …' : ''}` : `Inga rubriker (${m.words} ord).` },
      ...(headings.length ? [{ text: `Informativa: ${informative.length} av ${headings.length}.` }] : []),
      ...(generic.length ? [{ text: `Intetsägande: ${generic.map((h) => `”${h.text}”`).join(', ')}.`, at: at(generic[0].start, generic[0].end) }] : []),
      { text: `Längsta avsnittet utan rubrik: ${longest} ord.` },
    ])
  }

  const S = LIMITS.sentences
  const long = body.filter((s) => s.words > input.maxSentenceWords)
  const mean = body.length ? bodyWords / body.length : 0
  const longShare = body.length ? Math.round((100 * long.length) / body.length) : 0
  const longest = body.reduce<(typeof body)[number] | undefined>((best, s) => (!best || s.words > best.words ? s : best), undefined)
  const sentenceEvidence: Evidence[] = [
    { text: `LIX ${m.lix.toFixed(0)} (${lixBand(m.lix)}).` },
    { text: `Ord per mening i löptexten: ${sv(mean, 1)}.` },
    { text: `Meningar längre än ${input.maxSentenceWords} ord: ${long.length} av ${body.length} (${longShare} %).`, ...atFirst(long.map((s) => ({ offset: s.start, endOffset: s.end }))) },
    ...(longest ? [{ text: `Längsta meningen: ${longest.words} ord.`, at: at(longest.start, longest.end) }] : []),
  ]
  if (bodyWords < S.minWords) answer('meningar', null, `Löptexten har färre än ${S.minWords} ord, för lite att bedöma.`, sentenceEvidence, 'Läs meningarna: är de lätta att följa?')
  else {
    const verdict: Verdict = mean > S.badMean || longShare >= S.badLongShare ? 'behöver arbete' : mean <= S.goodMean && longShare <= S.goodLongShare ? 'bra' : 'kan förbättras'
    answer('meningar', verdict, `Bra med högst ${S.goodMean} ord per mening i snitt och högst ${S.goodLongShare} % långa meningar; behöver arbete med fler än ${S.badMean} ord per mening eller minst ${S.badLongShare} % långa meningar.`, sentenceEvidence)
  }

  const W = LIMITS.words
  const rate = m.words ? (1000 * difficult.length) / m.words : 0
  const obvious = input.findings.filter((f) => f.ruleId === passiveVoice.id && f.severity === 'hint').length
  const wordEvidence: Evidence[] = [
    { text: `Krångliga ord, modeord, engelska ord och substantivsjuka: ${difficult.length} (${sv(rate, 1)} per 1 000 ord)${difficult.length ? `: ${names(difficult)}` : ''}.`, ...atFirst(difficult) },
    { text: `Passiv form som döljer vem som gör något: ${passives.length} ${passives.length === 1 ? 'mening' : 'meningar'} av ${body.length} (${passiveShare} %).`, ...atFirst(passives) },
    ...(obvious ? [{ text: `Passiv där det inte spelar någon roll vem som gör något: ${obvious} (räknas inte).` }] : []),
    { text: `Långa ord (fler än sex bokstäver): ${sv(m.words ? (100 * m.longWords) / m.words : 0, 1)} %.` },
  ]
  if (m.words < W.minWords) answer('ord', null, `Texten har färre än ${W.minWords} ord, för lite att bedöma.`, wordEvidence, 'Läs orden: känner läsaren igen dem?')
  else {
    const verdict: Verdict = rate > W.badRate || passiveShare > W.badPassive ? 'behöver arbete' : rate <= W.goodRate && passiveShare <= W.goodPassive ? 'bra' : 'kan förbättras'
    answer('ord', verdict, `Bra med högst ${W.goodRate} krångliga ord per 1 000 ord och passiv i högst ${W.goodPassive} % av meningarna; behöver arbete med fler än ${W.badRate} per 1 000 eller passiv i fler än ${W.badPassive} %.`, wordEvidence)
  }

  const terms = all(jargon.id)
  const acronyms = all(acronym.id)
  const termEvidence: Evidence[] = [
    { text: on(jargon.id) ? `Facktermer som inte förklaras där de först står: ${terms.length}${terms.length ? `: ${names(terms)}` : ''}.` : 'Regeln jargon (facktermer) är avstängd.', ...atFirst(terms) },
    { text: on(acronym.id) ? `Förkortningar som inte skrivs ut första gången: ${acronyms.length}${acronyms.length ? `: ${names(acronyms)}` : ''}.` : 'Regeln acronym (förkortningar) är avstängd.', ...atFirst(acronyms) },
  ]
  const termAsk = 'Klarspråk känner igen termerna i sin ordlista och förkortningar i versaler. Finns det andra fackord som läsaren inte känner till?'
  if (!on(jargon.id) && !on(acronym.id)) answer('termer', null, 'Reglerna för facktermer och förkortningar är avstängda för texten.', termEvidence, termAsk)
  else {
    const n = unexplained.length
    answer('termer', n === 0 ? 'bra' : n < LIMITS.terms.bad ? 'kan förbättras' : 'behöver arbete', `Bra när alla termer och förkortningar som Klarspråk känner igen förklaras, kan förbättras med en eller två oförklarade, behöver arbete med ${LIMITS.terms.bad} eller fler.`, termEvidence, termAsk)
  }

  const A = LIMITS.address
  const man = all(genericMan.id)
  const mix = all(duNiMix.id)
  const capital = all(capitalDu.id)
  const avoided = address.thirdPerson + man.length
  const addressVerdict: Verdict =
    direct > 0 && direct * A.perWords >= m.words && mix.length === 0 && capital.length === 0 && 3 * address.thirdPerson <= direct
      ? 'bra'
      : direct === 0 && (avoided >= 2 || passiveShare > A.badPassive)
        ? 'behöver arbete'
        : 'kan förbättras'
  answer('tilltal', addressVerdict, `Bra när texten säger du eller ni minst en gång per ${A.perWords} ord, utan att blanda dem eller skriva dem med stor bokstav, och sällan omtalar läsaren i tredje person. Behöver arbete när texten aldrig tilltalar läsaren men omtalar hen (sökanden, man …) minst två gånger eller har passiv i fler än ${A.badPassive} % av meningarna.`, [
    { text: `du, dig, din: ${address.du} ${times(address.du)}; ni, er: ${address.ni} ${times(address.ni)}.`, ...(address.first ? { at: at(address.first.start, address.first.end) } : {}) },
    ...(address.thirdPerson ? [{ text: `Läsaren omtalas i tredje person: ${address.thirdPerson} ${times(address.thirdPerson)} (${address.thirdPersonExamples.join(', ')}).` }] : []),
    ...(man.length ? [{ text: `man där texten kan säga du: ${man.length}.`, ...atFirst(man) }] : []),
    ...(mix.length ? [{ text: `Både du och ni i samma text: ${mix.length} ${mix.length === 1 ? 'fynd' : 'fynd'}.`, ...atFirst(mix) }] : []),
    ...(capital.length ? [{ text: `Du eller Ni med stor bokstav: ${capital.length}.`, ...atFirst(capital) }] : []),
    { text: `Passiv form som döljer vem som gör något: ${passiveShare} % av meningarna.` },
  ], direct === 0 ? 'Skriver texten till en läsare som kan kallas du eller ni? Ett tjänsteutlåtande till en nämnd gör det kanske inte, och då väger frågan lätt.' : undefined)
  return answers
}

/** The most words of running text between two headings (or before the first, after the last). */
function longestSection(doc: DocumentOverview, headings: ReadonlyArray<{ start: number }>): number {
  const starts = headings.map((h) => h.start)
  const sections = new Array<number>(starts.length + 1).fill(0)
  for (const s of bodySentences(doc)) sections[starts.filter((h) => h <= s.start).length] += s.words
  return Math.max(0, ...sections)
}

function times(n: number): string {
  return n === 1 ? 'gång' : 'gånger'
}

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The answers' verdicts counted, for a one-line summary ("3 bra, 2 kan förbättras, …"). */
export function verdictCounts(answers: readonly TestAnswer[]): Record<Verdict | 'bedöm själv', number> {
  const counts = { bra: 0, 'kan förbättras': 0, 'behöver arbete': 0, 'bedöm själv': 0 }
  for (const a of answers) counts[a.verdict ?? 'bedöm själv']++
  return counts
}
