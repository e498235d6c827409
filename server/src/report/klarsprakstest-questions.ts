/**
 * The Klarspråkstest's questions in our own words, each with the ISOF page it comes from.
 * ISOF's Klarspråkstestet (about 30 questions) has been replaced by Klarspråkshjälpen, whose
 * shorter test asks ten; these are the ones a text can give evidence for. The pages were read
 * when the questions were written.
 */

const KH = 'https://www.isof.se/stod-och-sprakrad/spraktjanster/klarsprakshjalpen/skriv-klarsprak'

export const KLARSPRAKSTEST_SOURCES = {
  test: { title: 'Isof: Klarspråkstestet (ersatt av Klarspråkshjälpen)', url: 'https://www.isof.se/stod-och-sprakrad/spraktjanster/klarsprakstestet' },
  lasare: { title: 'Isof, Klarspråkshjälpen: Tänk på dina läsare', url: `${KH}/tank-pa-dina-lasare` },
  sortera: { title: 'Isof, Klarspråkshjälpen: Sortera innehållet', url: `${KH}/sortera-innehallet` },
  rubriker: { title: 'Isof, Klarspråkshjälpen: Skriv tydliga rubriker', url: `${KH}/skriv-tydliga-rubriker` },
  meningar: { title: 'Isof, Klarspråkshjälpen: Skriv meningar med flyt', url: `${KH}/skriv-meningar-med-flyt` },
  ord: { title: 'Isof, Klarspråkshjälpen: Använd ord som läsarna förstår', url: `${KH}/anvand-ord-som-lasarna-forstar` },
  forkortningar: { title: 'Isof, Klarspråkshjälpen: Var sparsam med förkortningar', url: `${KH}/anvand-ord-som-lasarna-forstar/fordjupning-anvand-ord-som-lasarna-forstar/var-sparsam-med-forkortningar` },
  tilltal: { title: 'Myndigheternas skrivregler (Språkrådet, Isof) 1.2.5', url: 'https://github.com/peterk/skrivregler-check/blob/main/app/skrivregler.md' },
} as const

export type SourceId = keyof typeof KLARSPRAKSTEST_SOURCES
export type QuestionId = 'lasaren' | 'viktigast-forst' | 'rubriker' | 'meningar' | 'ord' | 'termer' | 'tilltal'

/** Each question, why it matters in a sentence, and its sources. */
export const QUESTIONS: Record<QuestionId, { question: string; about: string; sources: SourceId[] }> = {
  lasaren: {
    question: 'Är texten skriven för sin läsare?',
    about: 'Innehåll, ton och ord beror på vem som läser och varför: vad hen redan vet, hur hen mår och vad hen behöver göra.',
    sources: ['lasare'],
  },
  'viktigast-forst': {
    question: 'Kommer det viktigaste först?',
    about: 'Läsaren vill först veta det som gäller hen – beslutet, svaret eller vad hen ska göra – och sedan skälen och detaljerna.',
    sources: ['sortera'],
  },
  rubriker: {
    question: 'Säger rubrikerna vad avsnitten handlar om?',
    about: 'Många läsare skummar rubrikerna först. Rubriker som påstår, frågar eller uppmanar hjälper dem att hitta; Bakgrund och Information säger ingenting.',
    sources: ['rubriker'],
  },
  meningar: {
    question: 'Är meningarna lätta att läsa?',
    about: 'En tanke per mening, och i längre meningar det viktigaste och verbet tidigt. Korta och lite längre meningar om vartannat läses lättast.',
    sources: ['meningar'],
  },
  ord: {
    question: 'Är orden enkla och verben aktiva?',
    about: 'Konkreta, vardagliga ord och aktiva verb som visar vem som gör vad gör texten lättare att förstå och orka läsa.',
    sources: ['ord'],
  },
  termer: {
    question: 'Förklaras facktermer och förkortningar?',
    about: 'Fackord går bra om läsaren får en förklaring där ordet först står. Förkortningar skrivs ut första gången, utom de allra vanligaste.',
    sources: ['ord', 'forkortningar'],
  },
  tilltal: {
    question: 'Talar texten direkt till läsaren?',
    about: 'Du (eller ni till flera) gör det tydligt vad som gäller för läsaren och vem som ska göra vad.',
    sources: ['tilltal', 'lasare'],
  },
}
