import type { Sentence, Token } from './types'
import { isAbbreviation, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations'

const TERMINAL = /^(?:[.!?…]+|\.{3})$/u
const CLOSING = /^["”’'»)\]]+$/u
const OPENING = /^["”“„«'(\[–—-]+$/u
const QUOTE = /^["”“„«']+$/u

/**
 * Splits one block's tokens into sentences, the Swedish way: a full stop after an abbreviation
 * (t.ex., enl., kap.), an initial (A. Svensson) or an enumeration number (1. Ansök) does not end
 * a sentence, nor does any terminal mark followed by a lowercase word. Decimals, times and dates
 * (3.5, 12.00, 2024-03-19) are single word tokens already.
 */
export function segment(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = []
  let current: Token[] = []
  const close = (): void => {
    const s = makeSentence(current)
    if (s) sentences.push(s)
    current = []
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (current.length === 0 && t.kind === 'whitespace') continue
    current.push(t)
    if (endsSentenceHere(tokens, i, current)) {
      // closing quotes and brackets belong to the sentence they close
      while (i + 1 < tokens.length && tokens[i + 1].kind !== 'whitespace' && CLOSING.test(tokens[i + 1].text)) {
        current.push(tokens[++i])
      }
      close()
    }
  }
  close()
  return sentences
}

function endsSentenceHere(tokens: Token[], i: number, current: Token[]): boolean {
  const t = tokens[i]
  const abbreviationStop = t.kind === 'word' && t.text.endsWith('.') && isAbbreviation(t.text.toLowerCase())
  if (abbreviationStop) {
    const closes = SENTENCE_FINAL_ABBREVIATIONS.has(t.text.toLowerCase()) || (AFTER_NUMBER.has(t.text.toLowerCase()) && isNumber(previousWord(current)))
    return closes && nextStartsSentence(tokens, i, true)
  }
  // parse-latin keeps a full stop on a number (12., 00.): after a time, a sum or a phone number
  // it ends the sentence when a capital follows (… kl. 10–12. Du kan …); a numbered item does not
  if (t.kind === 'word' && NUMBER_WITH_STOP.test(t.text) && !isNumberedItem(current)) return nextStartsSentence(tokens, i, true)
  if (t.kind === 'punctuation' && t.text === ':') return quotedSentenceFollows(tokens, i)
  if (t.kind !== 'punctuation' || !TERMINAL.test(t.text)) return false
  // further terminal marks (?!, ...) still belong to this sentence
  const after = tokens[i + 1]
  if (after && after.kind === 'punctuation' && TERMINAL.test(after.text)) return false
  if (t.text === '.' && (isInitial(tokens[i - 1]) || isEnumeration(current))) return false
  return nextStartsSentence(tokens, i, false)
}

/** True when what follows token i (after closing marks and whitespace) can begin a new sentence. */
function nextStartsSentence(tokens: Token[], i: number, requireCapital: boolean): boolean {
  let j = i + 1
  while (j < tokens.length && tokens[j].kind !== 'whitespace' && CLOSING.test(tokens[j].text)) j++
  if (j >= tokens.length) return true
  if (tokens[j].kind !== 'whitespace') return false
  while (j < tokens.length && tokens[j].kind === 'whitespace') j++
  if (j >= tokens.length) return true
  while (j < tokens.length - 1 && tokens[j].kind === 'punctuation' && OPENING.test(tokens[j].text)) j++
  const first = tokens[j].text.charAt(0)
  if (/\p{Lu}/u.test(first)) return true
  if (requireCapital) return false
  return /\p{N}/u.test(first) || tokens[j].kind === 'symbol'
}

/** A colon that introduces a quoted sentence (budet löd: ’Du skall …’) ends the sentence before it. */
function quotedSentenceFollows(tokens: Token[], i: number): boolean {
  let j = i + 1
  if (tokens[j]?.kind !== 'whitespace') return false
  while (tokens[j]?.kind === 'whitespace') j++
  if (!tokens[j] || tokens[j].kind !== 'punctuation' || !QUOTE.test(tokens[j].text)) return false
  return /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')
}

/** Units after a number whose full stop also ends a sentence before a capital (300 kr. Du betalar …). */
const AFTER_NUMBER: ReadonlySet<string> = new Set(['kr.', 'tkr.', 'mkr.', 'st.', 'tim.', 'min.', 'sek.'])
const NUMBER_WITH_STOP = /^\d[\d.,:]*\.$/u

function previousWord(current: Token[]): Token | undefined {
  for (let j = current.length - 2; j >= 0; j--) if (current[j].kind !== 'whitespace') return current[j]
  return undefined
}

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\d[\d.,]*$/u.test(t.text)
}

/**
 * A number with a full stop that opens a sentence, follows a colon or follows only other numbers
 * (a footnote's "7 7."): an item of a numbered list or a note, not the end of a sentence.
 */
function isNumberedItem(current: Token[]): boolean {
  const visible = current.filter((t) => t.kind !== 'whitespace')
  const before = visible.slice(0, -1)
  return before.length === 0 || /^[:;,]$/.test(before[before.length - 1].text) || before.every((t) => isNumber(t))
}

function isInitial(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}$/u.test(t.text)
}

/** "1." at the start of a sentence or after a colon is an enumeration marker (Gör så här: 1. Ansök.). */
function isEnumeration(current: Token[]): boolean {
  const visible = current.filter((t) => t.kind !== 'whitespace')
  const n = visible.length
  if (n < 2 || visible[n - 2].kind !== 'word' || !/^\d{1,3}$/.test(visible[n - 2].text)) return false
  return n === 2 || /^[:;,]$/.test(visible[n - 3].text)
}

function makeSentence(tokens: Token[]): Sentence | undefined {
  let end = tokens.length
  while (end > 0 && tokens[end - 1].kind === 'whitespace') end--
  if (end === 0) return undefined
  const kept = tokens.slice(0, end)
  return {
    start: kept[0].start,
    end: kept[end - 1].end,
    tokens: kept,
    words: kept.filter((t) => t.kind === 'word'),
  }
}
