import { alternatives, phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import entries from '../generated/abbreviations.json'

/** Abbreviations written out (data: dictionaries/abbreviations.yaml). */
export const abbreviation = phraseRule({
  id: 'abbreviation',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Förkortningar som blir lättare att läsa utskrivna (t.ex. → till exempel).',
  entries: entries as PhraseEntry[],
  // a fix that ends its sentence carries the full stop; the message names the words only
  message: (shown, entry, fixes) => `Skriv ut ”${shown}”: ${alternatives(entry, fixes).map((p) => `”${p.replace(/\.$/, '')}”`).join(' eller ')}.`,
})
