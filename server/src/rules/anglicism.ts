import { phraseRule } from './phrase-rule'
import type { PhraseEntry } from './phrase-table'
import entries from '../generated/anglicisms.json'

/**
 * English words that have a Swedish word or a Swedish spelling recommended by a language
 * authority or a public style guide (data: dictionaries/anglicisms.yaml). A quoted word is
 * talked about, not used, and is left alone.
 */
export const anglicism = phraseRule({
  id: 'anglicism',
  category: 'plain-language',
  defaultSeverity: 'info',
  description: 'Engelska ord som har en svensk motsvarighet eller svensk stavning.',
  entries: entries as PhraseEntry[],
})
