import { defineRule, type RuleContext } from '../engine/rule'
import type { Image } from '../engine/types'
import { matchCase } from '../engine/case'
import { DIGG_IMAGES_URL, IMAGES_SOURCE } from './web-sources'

/** 1177's guidelines for alt texts (Region Västra Götaland): say it is a photo only when that matters. */
const ALT_1177_URL = 'https://www.1177.se/Vastra-Gotaland/riktlinjer-och-material/riktlinjer-for-bild-och-video/riktlinjer-for-alt-texter-och-bildtexter/'

/** An image file's name (IMG_1234.jpg, ko-på-bete.png). */
const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?|heic|avif)$/iu
/** A camera's or a screenshot tool's name for a picture (IMG 1234, DSC_0042). */
const CAMERA_NAME = /^(?:img|dsc|dscn|dcim|pict|pxl|screenshot|skärmbild)[\s_-]*\d[\d_-]*$/iu
/** A word that says what kind of thing the image is, not what it shows (bild, foto, logotyp, bild 3). */
const PLACEHOLDER = /^(?:en |ett )?(?:bild|bilden|foto|fotot|fotografi|fotografiet|illustration|ikon|logotyp|logga|logo|grafik|figur|diagram|image|photo|picture|img|icon|graphic)(?: ?\d+)?$/iu
/** Words before the description that only repeat that it is an image (Bild på, Foto av, Bilden visar). */
const KIND_PREFIX = /^\s*(?:(?:en\s+)?(?:bild|foto|fotografi|teckning)\s+(?:på|av|som\s+visar)|(?:bilden|fotot|fotografiet)\s+visar)\s+(?=\S)/iu

/**
 * Images without a text alternative that serves the same purpose (DIGG webbriktlinjer R115,
 * WCAG 1.1.1): none at all, a file name, a word such as ”bild” or ”foto”, or a description that
 * begins ”Bild på/av” (the screen reader already says ”bild”; a fix strikes the words). An image
 * the document marks as decorative (Image.decorative) is left alone. Reads the document model's
 * images only, so Markdown and HTML are checked alike.
 */
export const imageAlt = defineRule({
  id: 'image-alt',
  category: 'accessibility',
  defaultSeverity: 'warning',
  language: 'any',
  description: 'Bilder utan alternativtext eller med en alternativtext som inte beskriver bilden (ett filnamn, ”bild”, ”foto”, ”Bild på …”).',
  url: DIGG_IMAGES_URL,
  checkBlock(block, ctx) {
    for (const image of block.images ?? []) {
      if (image.decorative) continue
      const alt = image.alt.trim()
      const plain = alt.replace(/[.:;!]+$/u, '').trim()
      if (alt === '') {
        report(ctx, image, {
          message: 'Bilden saknar alternativtext. Beskriv vad bilden förmedlar, eller markera den som dekorativ om den bara pryder.',
          note:
            'Den som inte ser bilden får bara veta det som står i alternativtexten. Skriv vad bilden förmedlar i sammanhanget, ' +
            'till exempel organisationens namn för en logotyp. En bild som bara pryder ska ha ett tomt textalternativ, alt="" i HTML, ' +
            'gärna med role="presentation". I Markdown skriver du en sådan bild som HTML, <img src="bild.png" alt="">, ' +
            'eftersom ![](bild.png) inte skiljer en glömd alternativtext från en avsiktligt tom.',
        })
      } else if (FILE_NAME.test(plain) || CAMERA_NAME.test(plain)) {
        report(ctx, image, {
          message: `Alternativtexten ”${alt}” är ett filnamn. Beskriv vad bilden förmedlar.`,
          note: 'Ett filnamn läses upp tecken för tecken och säger inget om bilden. Skriv vad bilden förmedlar i sammanhanget.',
        })
      } else if (PLACEHOLDER.test(plain)) {
        report(ctx, image, {
          message: `Alternativtexten ”${alt}” säger inte vad bilden visar. Beskriv vad bilden förmedlar.`,
          note:
            'Skärmläsaren säger redan att det är en bild, så ”bild” eller ”foto” ger ingen information. Skriv vad bilden förmedlar ' +
            'i sammanhanget, till exempel ”Varning” för en varningsikon, inte ”ikon” eller ”röd triangel”.',
        })
      } else {
        const prefix = KIND_PREFIX.exec(image.alt)
        if (!prefix) continue
        const words = prefix[0].trim()
        const rest = image.alt.slice(prefix[0].length)
        const fixed = matchCase(rest, image.alt.trimStart())
        report(
          ctx,
          image,
          {
            severity: 'info',
            message: `Börja inte alternativtexten med ”${words}”: skärmläsaren säger redan att det är en bild.`,
            note:
              'Skärmläsare läser upp ”bild” före alternativtexten, så ”Bild på” blir dubbelt. Skriv bara vad bilden visar, ' +
              'och nämn att det är ett foto eller en teckning bara när det är viktigt (1177:s riktlinjer för alt-texter).',
            source: `${IMAGES_SOURCE}; 1177, Riktlinjer för alt-texter och bildtexter`,
            url: ALT_1177_URL,
          },
          fixed,
        )
      }
    }
  },
})

interface Advice {
  message: string
  note: string
  severity?: 'info'
  source?: string
  url?: string
}

/**
 * Reports on the alternative text itself when it stands once, verbatim, in the image's markup
 * outside its file address (![Bild på en ko](ko.jpg), alt="Bild på en ko"), so a fix can replace
 * it; else on the whole image.
 */
function report(ctx: RuleContext<unknown>, image: Image, advice: Advice, fix?: string): void {
  const at = altOffset(ctx.doc.text.slice(image.start, image.end), image)
  const onAlt = at !== undefined
  const offset = onAlt ? image.start + at : image.start
  const endOffset = onAlt ? offset + image.alt.length : image.end
  ctx.report({
    ...(advice.severity ? { severity: advice.severity } : {}),
    message: advice.message,
    actual: ctx.doc.text.slice(offset, endOffset),
    expected: fix !== undefined && onAlt ? [fix] : [],
    note: advice.note,
    source: advice.source ?? IMAGES_SOURCE,
    url: advice.url ?? DIGG_IMAGES_URL,
    offset,
    endOffset,
  })
}

/** Where the alternative text stands in the image's markup: its one occurrence outside the file address. */
function altOffset(markup: string, image: Image): number | undefined {
  if (image.alt === '') return undefined
  const inSource: Array<[number, number]> = []
  if (image.source !== '') {
    for (let i = markup.indexOf(image.source); i >= 0; i = markup.indexOf(image.source, i + 1)) inSource.push([i, i + image.source.length])
  }
  const found: number[] = []
  for (let i = markup.indexOf(image.alt); i >= 0; i = markup.indexOf(image.alt, i + 1)) {
    if (!inSource.some(([from, to]) => i < to && from < i + image.alt.length)) found.push(i)
  }
  return found.length === 1 ? found[0] : undefined
}
