import { alternatives, phraseRule } from './phrase-rule'
import { swedishList, type PhraseEntry } from './phrase-table'
import entries from '../generated/inclusive-language.json'

/**
 * Outdated or hurtful words for groups of people, with the recommended terms (data:
 * dictionaries/inclusive-language.yaml). The message suggests, it does not scold.
 */
export const inclusiveLanguage = phraseRule({
  id: 'inclusive-language',
  category: 'inclusive',
  defaultSeverity: 'info',
  description: 'Förlegade eller sårande ord om grupper av människor, med de termer som ansvariga myndigheter och berörda organisationer rekommenderar.',
  entries: entries as PhraseEntry[],
  message: (shown, entry, fixes) =>
    alternatives(entry, fixes).length > 0
      ? `Överväg ${swedishList(alternatives(entry, fixes))} i stället för ”${shown}”${entry.category ? ` (${entry.category})` : ''}.`
      : `”${shown}” kan uppfattas som förlegat eller sårande${entry.category ? ` (${entry.category})` : ''}. Överväg att skriva om.`,
})
