import type { AnalysedBlock, Sentence, Token } from '../../engine/types'
import { isAllCapitals, startsLowercase } from '../../engine/case'

/** One acronym in a block, offsets relative to the block's start (the summary is cached per block). */
export interface AcronymUse {
  /** The acronym without an ending after a colon, in capitals: SoL:s → SOL. */
  key: string
  /** As written, without the ending: SoL. */
  text: string
  offset: number
  endOffset: number
  /** The text explains it here: socialtjänstlagen (SoL), SoL (socialtjänstlagen). */
  defines?: true
  /** The capitalised words around it when it stands among others (VIKTIGT OM LSS): maybe shouting. */
  run?: string[]
}

/** SoL, LSS, SKR, MP3: two capitals or more (digits may follow them), or a short mixed-case form ending in a capital (SoL, FoU, SvD). */
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d]*$/u
const MIXED = /^\p{Lu}\p{L}{1,4}$/u
/** SKR:s, SoL:s, LSS:en: an ending after a colon (Myndigheternas skrivregler 11.11). */
const ENDING = /:\p{Ll}{1,4}$/u
/** Roman numerals as used in Swedish text (II, XIV, LXX): I, V and X, with L and C only beside X. */
const ROMAN = /^(?=[IVXLC]{2,}$)(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u
/** Element symbols, for telling a chemical formula (CO2, H2O, SO2) from an acronym with a digit. */
const ELEMENTS = new Set('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Fe Cu Zn Br Ag Sn I Hg Pb U Ni Cr Mn Co Ti Pt Au Ba Sr Rn Xe Kr Cd As Se'.split(' '))
/** After the acronym: a number that makes it a reference (SFS 2018:1937, KS 2024/112, (EG) nr 1083/2006). */
const REFERENCE_AFTER = /^(?:\)\s?(?:nr\s?)?\d|\s?(?:nr\s?)?\d+[:/]\d)/u
/** Company forms after a name (Erhålla Konsult AB, Berg & Son HB): part of the name. */
const COMPANY_FORMS = new Set(['AB', 'HB', 'KB'])
/** A word after it in brackets, not a number: LSS (lagen om stöd och service). */
const EXPLANATION_AFTER = /^ ?\((?!\d)(?!se |jfr )[^()\n]*\p{L}{2}[^()\n]*\)/u

/** The key of a token (or a part of a hyphenated one) that is an acronym; undefined for anything else. */
export function acronymKey(part: string): { key: string; text: string } | undefined {
  const text = part.replace(ENDING, '')
  if (/[^\p{L}\d]/u.test(text) || /^\d/.test(text)) return undefined
  const capitals = (text.match(/\p{Lu}/gu) ?? []).length
  if (capitals < 2) return undefined
  if (ALL_CAPS.test(text)) {
    if (ROMAN.test(text) || (/\d/.test(text) && isChemical(text))) return undefined
    return { key: text, text }
  }
  // SoL, FoU, JuU, SvD: mixed case ending in a capital; not names like McDonald or DeLorean
  if (MIXED.test(text) && /\p{Lu}$/u.test(text) && !/\p{Ll}{3}/u.test(text)) return { key: text.toUpperCase(), text }
  return undefined
}

function isChemical(text: string): boolean {
  return /^(?:[A-Z][a-z]?\d*)+$/.test(text) && [...text.matchAll(/[A-Z][a-z]?/g)].every((m) => ELEMENTS.has(m[0]))
}

/** Every acronym of the block that asks for an explanation, with the places that give one. */
export function scanBlock(block: AnalysedBlock): AcronymUse[] {
  const uses: AcronymUse[] = []
  const local = (at: number) => at - block.start
  for (const sentence of block.sentences) {
    // a heading or a sentence in capitals throughout is shouting (another rule), not a list of acronyms
    if (allCapitals(sentence)) continue
    sentence.words.forEach((word, i) => {
      // 1999/93/EG is a reference; a word that starts in lowercase holds no acronym worth asking about
      if (startsLowercase(word.text) || word.text.includes('/')) return
      let at = word.start
      for (const part of word.text.split('-')) {
        const start = at
        at += part.length + 1
        const found = acronymKey(part)
        if (!found) continue
        const end = start + found.text.length
        const before = block.text.slice(0, local(start))
        const after = block.text.slice(local(end))
        if (isSkipped(block, word, part, before, after, start)) continue
        const single = word.text.split('-').length === 1
        const use: AcronymUse = { key: found.key, text: found.text, offset: local(start), endOffset: local(end) }
        if (single && defines(before, after)) use.defines = true
        const run = single ? capitalsRun(sentence, i) : undefined
        if (run) use.run = run
        uses.push(use)
      }
    })
  }
  return uses
}

function isSkipped(block: AnalysedBlock, word: Token, part: string, before: string, after: string, start: number): boolean {
  // a unit after a number (10 MW), a reference (SFS 2018:1937, (EG) nr 1083/2006, 1999/93/EG)
  if (/\d\s?$/u.test(before) && start === word.start) return true
  if (REFERENCE_AFTER.test(after.replace(/^:\p{Ll}+/u, ''))) return true
  if (COMPANY_FORMS.has(part) && /\p{Lu}[\p{L}&]*\s+$/u.test(before)) return true
  // the text talks about the word itself: förkortningen ”LSS”
  return block.quotes.some((q) => q.text.trim() === part || q.text.trim() === word.text)
}

/** socialtjänstlagen (SoL), (World Trade Organization, WTO), or SoL (socialtjänstlagen). */
function defines(before: string, after: string): boolean {
  if (/\p{L}[^()\n]*(?:\(|\(\s*[^()\n]*\p{L}[^()\n]*,\s*)$/u.test(before) && /^\s*\)/u.test(after)) return true
  return EXPLANATION_AFTER.test(after)
}

function allCapitals(sentence: Sentence): boolean {
  const words = sentence.words.filter((w) => /\p{L}/u.test(w.text))
  return words.length >= 2 && words.every((w) => isAllCapitals(w.text))
}

/** The capitalised words next to word i and around it, when there are any. */
function capitalsRun(sentence: Sentence, i: number): string[] | undefined {
  const words = sentence.words
  const caps = (w: Token | undefined) => w !== undefined && isAllCapitals(w.text)
  if (!caps(words[i - 1]) && !caps(words[i + 1])) return undefined
  let start = i
  let end = i
  while (start > 0 && caps(words[start - 1])) start--
  while (end + 1 < words.length && caps(words[end + 1])) end++
  return words.slice(start, end + 1).map((w) => w.text)
}
