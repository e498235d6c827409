/**
 * A deep copy of plain data whose strings share no memory with the document they were cut from.
 * V8 keeps a slice of a string as a pointer into the whole string, so a cached word or finding
 * from an old version would keep that entire version of the document alive: after a few hundred
 * keystrokes in a long document that is tens of megabytes. Only for what goes into long-lived
 * caches (a paragraph's worth at a time).
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** A copy of a string that shares no memory with a larger one (for keys of long-lived caches). */
export function detachedString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string
}
