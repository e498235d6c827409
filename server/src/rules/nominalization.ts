import { alternatives, phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import entries from '../generated/nominalizations.json'

/** Noun-heavy phrases with a verb that says the same (data: dictionaries/nominalizations.yaml). */
export const nominalization = phraseRule({
  id: 'nominalization',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Substantivsjuka: uttryck med ett innehållslöst verb och ett substantiv där ett verb räcker (vara i behov av → behöva).',
  entries: entries as PhraseEntry[],
  message: (shown, entry, fixes) => {
    const words = alternatives(entry, fixes)
    return words.length > 0 ? `Låt verbet bära meningen: skriv hellre ”${words.join('” eller ”')}” än ”${shown}”.` : `Skriv om ”${shown}” med ett verb.`
  },
})
