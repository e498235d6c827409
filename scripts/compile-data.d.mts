/** Types for compile-data.mjs, which the build runs as plain JavaScript and the tests import. */
export function parseForm(raw: string, where: string): { words: string[]; fixes: string[] }
export function compilePhraseList(file: string, seenForms?: Map<string, string>): Array<Record<string, unknown>>
export function compileWordGroups(file: string): string[]
export function compileData(root: string): Record<string, number>
