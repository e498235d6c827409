import type { AnalysedBlock } from '../engine/types'

/**
 * Where a word rule keeps quiet though the word is there: the writer cannot or should not change
 * it. The text talks about the word (ordet ”handikappad”, uttrycket i enlighet med), quotes
 * someone (a quotation or a block quotation) or names a law or an ordinance by its official title
 * (lagen (2001:453) om …), which must be cited as enacted.
 */
export function isMentionedOrCited(block: AnalysedBlock, docText: string, start: number, end: number): boolean {
  if (block.kind === 'quote') return true
  if (block.quotes.some((q) => q.start < start && end < q.end)) return true
  if (TALKS_ABOUT.test(docText.slice(Math.max(block.start, start - 40), start))) return true
  return lawTitles(block).some((t) => t.start <= start && start < t.end)
}

/**
 * An explanation in brackets right after a term (Norrfond (ett statligt bolag), delgivning (när
 * ett beslut lämnas över)); a number in brackets is a reference, not an explanation. `after` is
 * the text that follows the term.
 */
export function explainedInBrackets(after: string): boolean {
  return BRACKETED_EXPLANATION.test(after)
}

const BRACKETED_EXPLANATION = /^[\s*_]*\((?!\d)[^()\n]{3,}\)/u

/** Nouns that introduce a word as a word: ordet X, uttrycket X, termen X. */
const TALKS_ABOUT = /\b(?:ordet|orden|ordet,|uttrycket|uttrycken|begreppet|begreppen|termen|termerna|formuleringen|frasen|benämningen|verbet|substantivet|adjektivet|prepositionen|förkortningen)\s+$/iu

/**
 * Official titles of Swedish statutes: a kind of statute, its SFS number in brackets and *om* with
 * the subject, up to the next punctuation mark or the verb of the sentence it stands in (lagen
 * (2018:1937) om tillgänglighet till digital offentlig service ska …), the form in which Swedish
 * statutes are cited. A title may end in *, m.m.* or *, m.fl.*, which belongs to it (lagen
 * (1991:2041) om särskild personutredning i brottmål, m.m.).
 */
const LAW_TITLE = /\b(?:lag(?:en)?|förordning(?:en)?|kungörelse(?:n)?|balk(?:en)?|tillkännagivande(?:t)?|föreskrift(?:er(?:na)?)?)\s*\(\d{4}:\d+\)\s*om\s[^,;:()!?\n]*?(?:,\s*m\.\s?(?:m|fl)\.|(?=[,;:()!?\n]|\.(?:\s|$)|$|\s(?:ska|skall|skulle|gäller|gällde|har|hade|är|var|blir|kan|kunde|får|fick|måste|bör|upphör|upphörde|träder|tillämpas|anges|avses|finns|framgår|föreskrivs|innebär)\b))/giu

const titleCache = new WeakMap<AnalysedBlock, Array<{ start: number; end: number }>>()

function lawTitles(block: AnalysedBlock): Array<{ start: number; end: number }> {
  let titles = titleCache.get(block)
  if (titles) return titles
  titles = []
  if (/\(\d{4}:\d+\)/.test(block.text)) {
    for (const m of block.text.matchAll(LAW_TITLE)) titles.push({ start: block.start + m.index, end: block.start + m.index + m[0].length })
  }
  titleCache.set(block, titles)
  return titles
}
