import { phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import entries from '../generated/abbreviations.json'

/** Abbreviations written out (data: dictionaries/abbreviations.yaml). */
export const abbreviation = phraseRule({
  id: 'abbreviation',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Förkortningar som blir lättare att läsa utskrivna (t.ex. → till exempel).',
  entries: entries as PhraseEntry[],
  message: (shown, entry) => `Skriv ut ”${shown}”: ${entry.prefer.map((p) => `”${p}”`).join(' eller ')}.`,
})
