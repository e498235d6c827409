/**
 * What the page keeps between visits, in the browser's local storage only: the text, its format
 * and the configuration file. Storage can be full or switched off (private windows); the page then
 * works for the visit and says so once.
 */
const PREFIX = 'klarsprak.'

export function load(key: 'text' | 'format' | 'config'): string | undefined {
  try {
    return localStorage.getItem(PREFIX + key) ?? undefined
  } catch {
    return undefined
  }
}

/** Stores a value; false when the browser refused (storage full or unavailable). */
export function save(key: 'text' | 'format' | 'config', value: string): boolean {
  try {
    localStorage.setItem(PREFIX + key, value)
    return true
  } catch {
    return false
  }
}
