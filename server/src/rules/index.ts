import type { Rule } from '../engine/rule'
import { plainWords } from './plain-words'
import { jargon } from './jargon'
import { buzzword } from './buzzword'
import { emptyPhrase } from './empty-phrase'
import { anglicism } from './anglicism'
import { longSentence } from './long-sentence'
import { longWord } from './long-word'
import { spelling } from './spelling'
import { otherLanguage } from './other-language'
import { passiveVoice } from './passive-voice'
import { abbreviation } from './abbreviation'
import { acronym } from './acronym'
import { nominalization } from './nominalization'
import { inclusiveLanguage } from './inclusive-language'
import { terms } from './terms'
import { genericMan } from './generic-man'
import { shouting } from './shouting'
import { exclamation } from './exclamation'
import { obsOpener } from './obs-opener'
import { duNiMix } from './du-ni-mix'
import { capitalDu } from './capital-du'
import { readability } from './readability'
import { numberFormat } from './number-format'
import { doubleNegation } from './double-negation'
import { splitCompound } from './split-compound'
import { deDem } from './de-dem'
import { ochAtt } from './och-att'
import { agreement } from './agreement'
import { doubleSupine } from './double-supine'
import { longParagraph } from './long-paragraph'
import { linkText } from './link-text'
import { imageAlt } from './image-alt'
import { headingStructure } from './heading-structure'
import { enSimplify } from './english/en-simplify'
import { enPassive } from './english/en-passive'
import { enInclusive } from './english/en-inclusive'
import { enSpelling } from './english/en-spelling'

/** Every rule the engine knows, in the order their findings are reported. */
export const RULES: readonly Rule<any>[] = [
  spelling,
  otherLanguage,
  plainWords,
  jargon,
  buzzword,
  emptyPhrase,
  anglicism,
  abbreviation,
  acronym,
  nominalization,
  inclusiveLanguage,
  terms,
  longSentence,
  longWord,
  longParagraph,
  readability,
  genericMan,
  shouting,
  exclamation,
  obsOpener,
  duNiMix,
  capitalDu,
  passiveVoice,
  numberFormat,
  doubleNegation,
  splitCompound,
  deDem,
  ochAtt,
  agreement,
  doubleSupine,
  linkText,
  imageAlt,
  headingStructure,
  enSpelling,
  enSimplify,
  enPassive,
  enInclusive,
]
