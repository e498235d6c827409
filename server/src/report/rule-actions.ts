import { RULES } from '../rules'

/**
 * What to do about each rule's findings, as the report's "Att åtgärda först" says it: one short
 * Swedish imperative per rule. A rule without an entry falls back to its description (the test
 * in report-priorities.test.ts asks for an entry for every rule).
 */
export const RULE_ACTIONS: Record<string, string> = {
  spelling: 'Rätta stavningen, eller lägg till ordet i ordlistan',
  'other-language': 'Se över styckena på andra språk',
  'plain-words': 'Byt krångliga ord mot enklare',
  jargon: 'Förklara facktermerna första gången de används',
  buzzword: 'Skriv konkret i stället för modeord',
  'empty-phrase': 'Stryk inledningar som skjuter upp budskapet',
  anglicism: 'Använd svenska ord i stället för engelska',
  abbreviation: 'Skriv ut förkortningarna',
  acronym: 'Skriv ut förkortningarna första gången de används',
  nominalization: 'Använd verb i stället för substantiv',
  'inclusive-language': 'Byt förlegade eller sårande ord om grupper av människor',
  terms: 'Använd teamets ordval',
  'long-sentence': 'Dela upp de långa meningarna',
  'long-word': 'Dela upp eller byt ut de långa orden',
  'long-paragraph': 'Dela upp de långa styckena',
  readability: 'Gör texten lättare att läsa: kortare meningar och ord',
  'generic-man': 'Tilltala läsaren med du i stället för man',
  shouting: 'Betona utan versaler',
  exclamation: 'Spara på utropstecknen',
  'obs-opener': 'Börja meningarna utan OBS! och Observera',
  'du-ni-mix': 'Välj du eller ni och håll fast vid det',
  'capital-du': 'Skriv du och ni med liten bokstav',
  'passive-voice': 'Skriv aktivt: säg vem som gör vad',
  'number-format': 'Skriv tal, datum och klockslag enligt skrivreglerna',
  'double-negation': 'Skriv om dubbla negationer positivt',
  'link-text': 'Skriv länktexter som säger vart länken leder',
  'image-alt': 'Ge bilderna en alternativtext som beskriver dem',
  'heading-structure': 'Rätta rubrikerna',
}

/** The action for a rule's findings; a rule without one (a team's own plugin, say) is named by its description. */
export function actionFor(ruleId: string): string {
  return RULE_ACTIONS[ruleId] ?? RULES.find((r) => r.id === ruleId)?.description ?? ruleId
}
