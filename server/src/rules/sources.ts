/** Sources that several rules cite. */
export const MS_URL = 'https://github.com/peterk/skrivregler-check/blob/main/app/skrivregler.md'
export const ms = (section: string): string =>
  `Myndigheternas skrivregler, 8:e uppl. (Språkrådet/ISOF 2014), avsn. ${section}; läst via github.com/peterk/skrivregler-check (app/skrivregler.md)`
export const FALUN_URL = 'https://www.falun.se/webbmanual/innehall-pa-webben/texter/spraklagen.html'
