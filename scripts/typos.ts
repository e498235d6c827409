/** Seeded one-letter misspellings, shared by the verdict recorder and the benchmark. */

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const LETTERS = 'abcdefghijklmnoprstuvyåäö'

/** Deletes, doubles, swaps or replaces one letter inside a word (never the first). */
export function injectTypo(word: string, next: () => number): string {
  const chars = [...word]
  const i = 1 + Math.floor(next() * (chars.length - 2))
  const kind = Math.floor(next() * 4)
  if (kind === 0) chars.splice(i, 1)
  else if (kind === 1) chars.splice(i, 0, chars[i])
  else if (kind === 2) [chars[i], chars[i + 1]] = [chars[i + 1] ?? chars[i], chars[i]]
  else chars[i] = LETTERS[Math.floor(next() * LETTERS.length)]
  return chars.join('')
}
