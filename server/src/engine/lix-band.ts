/**
 * The LIX bands of lix.se (Björnsson's scale as quoted by Swedish sources; see
 * shared/reference/readability.md): what a score means to a reader.
 */
export function lixBand(lix: number): string {
  if (lix < 30) return 'mycket lättläst'
  if (lix < 40) return 'lättläst'
  if (lix < 50) return 'medelsvår'
  if (lix < 60) return 'svår'
  return 'mycket svår'
}
