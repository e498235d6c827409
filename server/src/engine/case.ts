/**
 * Gives a replacement the case of the text it replaces: "Erhålla" → "Få", "ERHÅLLA" → "FÅ",
 * "erhålla" → "få". Replacements that are themselves capitalised (names) keep their case.
 */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement
  if (isAllCapitals(original)) return replacement.toUpperCase()
  const first = /\p{L}/u.exec(original)?.[0] ?? ''
  if (first !== '' && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** True for text written in capitals throughout, with at least two letters (VIKTIGT, EU). */
export function isAllCapitals(text: string): boolean {
  if (startsLowercase(text)) return false // nearly every word: no need to compare cases
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/**
 * True for a word that starts with a lowercase letter of Swedish text: such a word can be neither
 * all capitals nor an acronym, so callers skip comparing cases (nearly every word takes this path).
 */
export function startsLowercase(word: string): boolean {
  return STARTS_LOWERCASE.test(word)
}

const STARTS_LOWERCASE = /^[a-zåäöéü]/

/** True for a word written with an initial capital only (Stockholm), not all caps (EU). */
export function isCapitalised(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  const first = letters.charAt(0)
  return first !== '' && first !== first.toLowerCase() && letters.slice(1) !== letters.slice(1).toUpperCase()
}
