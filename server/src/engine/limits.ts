/**
 * Documents longer than this (in UTF-16 code units, about 2 MB of text) are not checked: the editor
 * and the CLI say so instead of keeping the user waiting. No document written for people is this long.
 */
export const MAX_DOCUMENT_LENGTH = 2_000_000
