/**
 * True for a Word file or PDF: read from disk for a report, never checked as text an editor holds (its bytes are
 * no text). Apart from read-document.ts, so that the browser's worker need not bundle the readers.
 */
export function isOfficeFile(pathOrUri: string): boolean {
  return /\.(docx|pdf)$/i.test(pathOrUri)
}
