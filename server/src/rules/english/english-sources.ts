/** Where the English rules' advice comes from: the retext plugins and the guidance behind their lists. */

export const SIMPLIFY_SOURCE = 'retext-simplify 8 (listor över enklare ord, bland annat plainlanguage.gov: Use simple words and phrases)'
export const SIMPLIFY_URL = 'https://www.plainlanguage.gov/guidelines/words/use-simple-words-phrases/'

export const PASSIVE_SOURCE = 'retext-passive 5; Federal Plain Language Guidelines (plainlanguage.gov): Use active voice'
export const PASSIVE_URL = 'https://www.plainlanguage.gov/guidelines/conversational/use-active-voice/'

export const INCLUSIVE_SOURCE = 'retext-equality 7 (samma lista som alex använder)'
export const INCLUSIVE_URL = 'https://github.com/retextjs/retext-equality#readme'

export const SPELLING_SOURCE = 'Hunspell med de engelska ordlistorna dictionary-en 4.0.0 och dictionary-en-gb 3.0.0 (SCOWL, MIT och BSD)'
export const SPELLING_URL = 'https://github.com/wooorm/dictionaries/tree/main/dictionaries/en-GB'
