/** Swedish morphology from the Hunspell dictionary: s-passives, finite verbs and a part-of-speech estimate. */
export { isSPassive, type SPassive, type SPassiveContext } from './s-passive'
export { estimateTag } from './pos'
export { isFiniteVerb } from './finite'
export { nominalRatio, estimateNominalRatio, addSentenceSides, nominalRatioOf, type NominalSides } from './nominal-ratio'
export { findBliPassive, isPastParticiple, type BliPassive } from './bli-passive'
