import { phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import entries from '../generated/plain-words.json'

/** Bureaucratic words and phrases that have a plainer alternative (data: dictionaries/plain-words.yaml). */
export const plainWords = phraseRule({
  id: 'plain-words',
  category: 'plain-language',
  defaultSeverity: 'warning',
  description: 'Krångliga ord och fraser som har ett enklare alternativ.',
  entries: entries as PhraseEntry[],
})
