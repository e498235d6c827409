/**
 * Matches a path (with / between its parts) against a glob from a team's configuration: `*` is
 * any characters within one folder or file name, `**` any number of folders, `?` one character,
 * and everything else is literal. It uses no regular expressions and runs in time proportional to
 * the pattern's length times the path's, so no pattern can make a check hang (a regular
 * expression built from a glob such as *a*a*a*a*b can backtrack for minutes).
 */
export function globMatch(pattern: string, path: string): boolean {
  const parts = pattern.split('/')
  const names = path.split('/')
  const known = new Map<number, boolean>()
  // whether parts[i…] match names[j…]; each (i, j) is decided once
  const from = (i: number, j: number): boolean => {
    const key = i * (names.length + 1) + j
    const cached = known.get(key)
    if (cached !== undefined) return cached
    let result: boolean
    if (i === parts.length) result = j === names.length
    else if (parts[i] === '**') result = from(i + 1, j) || (j < names.length && from(i, j + 1))
    else result = j < names.length && nameMatch(parts[i], names[j]) && from(i + 1, j + 1)
    known.set(key, result)
    return result
  }
  return from(0, 0)
}

/** One name against one part of a pattern: `*` and `?` never cross a /, so they stay within it. */
function nameMatch(part: string, name: string): boolean {
  let p = 0
  let n = 0
  // the last star seen and where in the name it began to match: on a mismatch, let it take one more character
  let star = -1
  let starAt = 0
  while (n < name.length) {
    if (p < part.length && part[p] === '*') {
      star = p++
      starAt = n
    } else if (p < part.length && (part[p] === '?' || part[p] === name[n])) {
      p++
      n++
    } else if (star >= 0) {
      p = star + 1
      n = ++starAt
    } else {
      return false
    }
  }
  while (p < part.length && part[p] === '*') p++
  return p === part.length
}
