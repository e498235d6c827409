/**
 * Sources the accessibility rules cite: DIGG's webbriktlinjer (the Swedish public sector's web
 * guidelines), the WCAG 2.1 success criteria they build on, and the law that makes WCAG 2.1 AA a
 * requirement for public bodies. Each was read at the address given (see README, Webbtext).
 */

/** Webbriktlinjer R5, by its short address (webbriktlinjer.se/<number>, as the site documents). */
export const DIGG_LINKS_URL = 'https://webbriktlinjer.se/5'
export const DIGG_IMAGES_URL = 'https://www.digg.se/webbriktlinjer/alla-webbriktlinjer/beskriv-med-text-allt-innehall-som-inte-ar-text'
export const DIGG_STRUCTURE_URL = 'https://digg.se/webbriktlinjer/alla-webbriktlinjer/formedla-information-struktur-och-relationer-i-koden'

/** The law, with how it reaches WCAG (Diggs rättsliga vägledning, avsnitt 7). */
export const LAW = 'lagen (2018:1937) om tillgänglighet till digital offentlig service, 10 §, som via Diggs föreskrifter och EN 301 549 hänvisar till WCAG 2.1 nivå AA'

export const LINKS_SOURCE = `Webbriktlinjer R5 Skriv tydliga länkar (Digg); WCAG 2.1, 2.4.4 Link Purpose (In Context), nivå A; Myndigheternas skrivregler 2.1.6; ${LAW}`
export const IMAGES_SOURCE = `Webbriktlinjer R115 Beskriv med text allt innehåll som inte är text (Digg); WCAG 2.1, 1.1.1 Non-text Content, nivå A; ${LAW}`
export const HEADINGS_SOURCE = `Webbriktlinjer R121 Förmedla information, struktur och relationer i koden (Digg); WCAG 2.1, 1.3.1 Info and Relationships (A), 2.4.6 Headings and Labels (AA) och 2.4.10 Section Headings (AAA); Myndigheternas skrivregler 1.5.2 och 3.5; ${LAW}`
