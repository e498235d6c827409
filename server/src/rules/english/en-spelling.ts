import { defineRule, type SpellingContext } from '../../engine/rule'
import { englishWords, type EnglishWord } from './english-text'
import { SPELLING_SOURCE, SPELLING_URL } from './english-sources'
import { oneEditAway } from '../../spelling/speller'

/** Words the English dictionary is not asked about: numbers, codes, acronyms, addresses. */
const NOT_A_WORD = /[\d@/\\_=+#&]|^\p{Lu}[\p{Lu}\d-]+$|^[^\p{L}]*$/u
/** Swedish letters: a Swedish name or term in an English text (Södermalm, förskola) is no English typo. */
const SWEDISH_LETTERS = /[åäöÅÄÖ]/
const MAX_SUGGESTIONS = 3

/** True when the English dictionary, the Swedish one or the team's words accept the word. */
function known(word: string, env: SpellingContext, english: NonNullable<SpellingContext['english']>): boolean {
  const plain = word.replace(/’/g, "'")
  if (env.accepted.has(plain) || english.correct(plain)) return true
  // possessives: the council's, Stockholm's
  const stem = plain.replace(/'s?$/i, '')
  if (stem !== plain && stem && (english.correct(stem) || env.speller.correct(stem))) return true
  // compounds with hyphens (e-service, two-year-old): each part a word
  if (plain.includes('-')) return plain.split('-').every((part) => part.length <= 1 || english.correct(part) || env.speller.correct(part))
  // Swedish words the writer kept (apply for bostadsbidrag), but not a Swedish spelling of an
  // English word one letter away (adress for address), the slip a Swedish writer makes
  return env.speller.correct(plain) && !oneEditAway(plain).some((candidate) => english.correct(candidate))
}

/**
 * Spelling in English paragraphs, with the same Hunspell engine as Swedish and the American and
 * British word lists (either spelling is right). Loaded only once a document has English; until
 * then the rule is silent. A capital inside a sentence is a name and is left alone.
 */
export const enSpelling = defineRule({
  id: 'en-spelling',
  category: 'spelling',
  defaultSeverity: 'warning',
  language: 'en',
  description: 'Engelska stycken: ord som inte finns i de engelska ordlistorna (amerikansk och brittisk stavning) eller i teamets ordlista.',
  url: SPELLING_URL,
  checkBlock(block, ctx) {
    const env = ctx.spelling
    const english = env?.english
    if (!env || !english) return
    for (const word of englishWords(block.text)) {
      if (!checkable(word) || known(word.text, env, english)) continue
      // a capitalised unknown word opening a sentence may be a name (Norrby has ...)
      const name = word.text.charAt(0) !== word.text.charAt(0).toLowerCase()
      ctx.report({
        repeat: { key: `en:${word.text.toLowerCase()}` },
        severity: name ? 'info' : undefined,
        message: name
          ? `”${word.text}” finns inte i de engelska ordlistorna. Är det ett namn? Lägg i så fall till det i ordlistan.`
          : `”${word.text}” finns inte i de engelska ordlistorna. Kontrollera stavningen.`,
        actual: word.text,
        expected: english.suggest(word.text).slice(0, MAX_SUGGESTIONS),
        note: 'Stycket är på engelska och stavningen kontrolleras mot amerikansk och brittisk engelska. Är ordet rätt stavat, till exempel ett namn eller en fackterm, kan du lägga till det i teamets ordlista (.klarsprak.json) eller i din egen.',
        source: SPELLING_SOURCE,
        url: SPELLING_URL,
        offset: block.start + word.start,
        endOffset: block.start + word.end,
      })
    }
  },
})

/** Words worth asking about: letters only, not an acronym, not a name inside a sentence, not Swedish. */
function checkable(word: EnglishWord): boolean {
  if (word.text.length < 2 || NOT_A_WORD.test(word.text) || SWEDISH_LETTERS.test(word.text)) return false
  const capital = word.text.charAt(0) !== word.text.charAt(0).toLowerCase()
  return !capital || word.sentenceStart
}
