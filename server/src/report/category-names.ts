import type { Category } from '../engine/types'

/** The categories as the report names them. */
export const CATEGORY_NAMES: Record<Category, string> = {
  spelling: 'Stavning',
  grammar: 'Grammatik',
  'plain-language': 'Klarspråk',
  tone: 'Ton',
  inclusive: 'Inkluderande språk',
  readability: 'Läsbarhet',
  format: 'Form och skrivregler',
  accessibility: 'Tillgänglighet',
}
