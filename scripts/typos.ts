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

/** Misspellings at a compound's joint, the commonest errors in long Swedish compounds (issue 13). */
export type JointError = 'dropped joint s' | 'added joint s' | 'dropped triple consonant'

const CONSONANT = /^[bcdfghjklmnpqrstvwxz]$/
/** Endings that are words too (ring, ande, urens) but here end a derivation: värde|ringar is no compound. */
const SUFFIX = /^(ande|ende|ning|ring|het|else|are|ad|ur|er|or|ar|en)/

/** A noun has a definite form (barnet, aktien); vill|koren and redo|visas split off no noun. */
const isNoun = (word: string, known: (w: string) => boolean): boolean => ['en', 'et'].some((end) => known(word + end))

/**
 * The joint errors that can be made in `word`, at each split where `known` accepts both parts or
 * the head without its joint s: jordbruks|minister → jordbrukminister, barn|omsorg → barnsomsorg,
 * samhälls|strukturen → samhällstrukturen. Splits nearest the middle come first: the edges hold
 * suffixes (-heten, -ens) that `known` also accepts. The tests are rough (samman|slutning could
 * pass for sammans|lutning), so the parts must be long and the s must not belong to the tail.
 */
export function jointErrors(word: string, known: (w: string) => boolean): Array<{ kind: JointError; typo: string }> {
  const out: Array<{ kind: JointError; typo: string; skew: number }> = []
  for (let i = 4; i <= word.length - 5; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (!known(tail)) continue
    const stem = head.endsWith('s') && head.length > 3 ? head.slice(0, -1) : undefined
    const jointS = stem !== undefined && known(stem)
    const plain = known(head)
    const last = head.charAt(head.length - 1)
    const skew = Math.abs(word.length / 2 - i)
    if (tail[0] === last && CONSONANT.test(last) && CONSONANT.test(head.charAt(head.length - 2)) && (plain || jointS)) {
      out.push({ kind: 'dropped triple consonant', typo: head + tail.slice(1), skew })
    } else if (jointS && tail[0] !== 's' && !known(`s${tail}`)) {
      out.push({ kind: 'dropped joint s', typo: stem + tail, skew })
    } else if (plain && !jointS && last !== 's' && tail[0] !== 's' && !SUFFIX.test(tail) && isNoun(head, known)) {
      out.push({ kind: 'added joint s', typo: `${head}s${tail}`, skew })
    }
  }
  return out.sort((a, b) => a.skew - b.skew).map(({ kind, typo }) => ({ kind, typo }))
}
