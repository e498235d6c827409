/**
 * EUs, SKRs: the genitive of an abbreviation in capitals written without its colon. Two to five
 * capitals and an s: Hans and Lars have one capital, and a longer run is rarely an abbreviation.
 * An abbreviation that ends in s takes no genitive ending (SAS styrelse), so SASs is not one.
 */
const GENITIVE = /^(\p{Lu}{2,5})s$/u

/** The word with its colon (EUs → EU:s), or undefined when it is not such a genitive. */
export function acronymGenitive(word: string): string | undefined {
  const m = GENITIVE.exec(word)
  if (!m || m[1].endsWith('S')) return undefined
  return `${m[1]}:s`
}
