import { RULES } from '../rules'
import { spelling } from '../rules/spelling'
import { otherLanguage } from '../rules/other-language'
import { plainWords } from '../rules/plain-words'
import { jargon } from '../rules/jargon'
import { buzzword } from '../rules/buzzword'
import { emptyPhrase } from '../rules/empty-phrase'
import { anglicism } from '../rules/anglicism'
import { abbreviation } from '../rules/abbreviation'
import { acronym } from '../rules/acronym'
import { nominalization } from '../rules/nominalization'
import { inclusiveLanguage } from '../rules/inclusive-language'
import { terms } from '../rules/terms'
import { longSentence } from '../rules/long-sentence'
import { longWord } from '../rules/long-word'
import { longParagraph } from '../rules/long-paragraph'
import { readability } from '../rules/readability'
import { genericMan } from '../rules/generic-man'
import { shouting } from '../rules/shouting'
import { exclamation } from '../rules/exclamation'
import { obsOpener } from '../rules/obs-opener'
import { duNiMix } from '../rules/du-ni-mix'
import { capitalDu } from '../rules/capital-du'
import { passiveVoice } from '../rules/passive-voice'
import { numberFormat } from '../rules/number-format'
import { doubleNegation } from '../rules/double-negation'
import { splitCompound } from '../rules/split-compound'
import { deDem } from '../rules/de-dem'
import { ochAtt } from '../rules/och-att'
import { agreement } from '../rules/agreement'
import { doubleSupine } from '../rules/double-supine'
import { linkText } from '../rules/link-text'
import { imageAlt } from '../rules/image-alt'
import { headingStructure } from '../rules/heading-structure'
import { enSpelling } from '../rules/english/en-spelling'
import { enSimplify } from '../rules/english/en-simplify'
import { enPassive } from '../rules/english/en-passive'
import { enInclusive } from '../rules/english/en-inclusive'

/**
 * What to do about each rule's findings, as the report's "Att åtgärda först" says it: one short
 * Swedish imperative per rule. A rule without an entry falls back to its description (the test
 * in report-priorities.test.ts asks for an entry for every rule).
 */
export const RULE_ACTIONS: Record<string, string> = {
  [spelling.id]: 'Rätta stavningen, eller lägg till ordet i ordlistan',
  [otherLanguage.id]: 'Se till att styckena på andra språk granskas på annat sätt',
  [plainWords.id]: 'Byt krångliga ord mot enklare',
  [jargon.id]: 'Förklara facktermerna första gången de används',
  [buzzword.id]: 'Skriv konkret i stället för modeord',
  [emptyPhrase.id]: 'Stryk inledningar som skjuter upp budskapet',
  [anglicism.id]: 'Använd svenska ord i stället för engelska',
  [abbreviation.id]: 'Skriv ut förkortningarna',
  [acronym.id]: 'Skriv ut förkortningarna första gången de används',
  [nominalization.id]: 'Använd verb i stället för substantiv',
  [inclusiveLanguage.id]: 'Byt förlegade eller sårande ord om grupper av människor',
  [terms.id]: 'Använd teamets ordval',
  [longSentence.id]: 'Dela upp de långa meningarna',
  [longWord.id]: 'Dela upp eller byt ut de långa orden',
  [longParagraph.id]: 'Dela upp de långa styckena',
  [readability.id]: 'Gör texten lättare att läsa: kortare meningar och ord',
  [genericMan.id]: 'Tilltala läsaren med du i stället för man',
  [shouting.id]: 'Betona utan versaler',
  [exclamation.id]: 'Spara på utropstecknen',
  [obsOpener.id]: 'Börja meningarna utan OBS! och Observera',
  [duNiMix.id]: 'Välj du eller ni och håll fast vid det',
  [capitalDu.id]: 'Skriv du och ni med liten bokstav',
  [passiveVoice.id]: 'Skriv aktivt: säg vem som gör vad',
  [numberFormat.id]: 'Skriv tal, datum och klockslag enligt skrivreglerna',
  [doubleNegation.id]: 'Skriv om dubbla negationer positivt',
  [splitCompound.id]: 'Skriv ihop sammansatta ord',
  [deDem.id]: 'Skriv de som subjekt och dem som objekt',
  [ochAtt.id]: 'Skriv att framför ett verb i infinitiv, och mellan samordnade verb',
  [agreement.id]: 'Böj artikel och adjektiv efter substantivets genus',
  [doubleSupine.id]: 'Skriv infinitiv efter kunnat, velat och fått',
  [linkText.id]: 'Skriv länktexter som säger vart länken leder',
  [imageAlt.id]: 'Ge bilderna en alternativtext som beskriver dem',
  [headingStructure.id]: 'Rätta rubrikerna',
  [enSpelling.id]: 'Rätta stavningen i de engelska styckena',
  [enSimplify.id]: 'Byt krångliga engelska ord mot enklare',
  [enPassive.id]: 'Skriv aktivt i de engelska styckena: säg vem som gör vad',
  [enInclusive.id]: 'Byt könsbundna eller sårande engelska ord',
}

/** The action for a rule's findings; a rule without one (a team's own plugin, say) is named by its description. */
export function actionFor(ruleId: string): string {
  return RULE_ACTIONS[ruleId] ?? RULES.find((r) => r.id === ruleId)?.description ?? ruleId
}
