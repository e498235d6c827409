import { phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import entries from '../generated/buzzwords.json'

/**
 * Buzzwords (modeord) that are often vague, after Myndigheternas skrivregler 1.4.9 (data:
 * dictionaries/buzzwords.yaml). A rule of its own so a team can turn them off alone.
 */
export const buzzword = phraseRule({
  id: 'buzzword',
  category: 'plain-language',
  defaultSeverity: 'hint',
  description: 'Modeord som ofta är vaga: skriv konkret vad du menar.',
  entries: entries as PhraseEntry[],
})
