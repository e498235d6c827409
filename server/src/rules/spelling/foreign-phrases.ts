import type { Sentence, Token } from '../../engine/types'

/**
 * English words that glue a title or a quotation together (Infants and Children under Conditions
 * of …, Researchfindings to Date). One that is not also a Swedish word shows that the words around
 * it are English, not misspelt Swedish.
 */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'with', 'from', 'by', 'at', 'on', 'in', 'under', 'for', 'a', 'an', 'is', 'are', 'was', 'or'])
/** What may stand between two words of one title: spaces, quotation marks, a dash. */
const TITLE_GLUE = /^[\s'"‘’“”\-–]*$/u

/**
 * The words of a sentence that stand in an English phrase inside Swedish text (a book title in a
 * reference): runs of words Swedish does not know, capitalised words and English function words,
 * holding at least one English function word that is no Swedish word and at least two others.
 */
export function wordsInForeignPhrases(sentence: Sentence, textBetween: (start: number, end: number) => string, isSwedish: (word: Token) => boolean): Set<Token> {
  const foreign = new Set<Token>()
  const words = sentence.words
  let run: Token[] = []
  let triggered = false
  const close = () => {
    if (triggered && run.length >= 3) for (const w of run) foreign.add(w)
    run = []
    triggered = false
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (run.length > 0 && !TITLE_GLUE.test(textBetween(words[i - 1].end, word.start))) close()
    const lower = word.text.toLowerCase()
    const functionWord = ENGLISH_FUNCTION_WORDS.has(lower)
    const swedish = isSwedish(word)
    if (functionWord || !swedish || /^\p{Lu}/u.test(word.text)) {
      run.push(word)
      if (functionWord && !swedish) triggered = true
    } else close()
  }
  close()
  return foreign
}

/**
 * With the English dictionary at hand: runs of words English knows (Recycling made easy, How to
 * sort your waste) that hold at least two words Swedish does not know. A Swedish typo seldom makes
 * two English words in a row, so such a run is an English title or phrase, not misspelt Swedish.
 */
export function wordsInEnglishRuns(sentence: Sentence, textBetween: (start: number, end: number) => string, isSwedish: (word: Token) => boolean, isEnglish: (word: string) => boolean): Set<Token> {
  const foreign = new Set<Token>()
  const words = sentence.words
  let run: Token[] = []
  let strangers = 0
  const close = () => {
    if (strangers >= 2) for (const w of run) foreign.add(w)
    run = []
    strangers = 0
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (run.length > 0 && !TITLE_GLUE.test(textBetween(words[i - 1].end, word.start))) close()
    if (!isEnglish(word.text)) {
      close()
      continue
    }
    run.push(word)
    if (!isSwedish(word)) strangers++
  }
  close()
  return foreign
}
