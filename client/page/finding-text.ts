import type { FindingResult } from '../../server/src/protocol'
import { el, sourceLink } from './dom'

/** The severities as the page names them, in the findings list and the settings. */
export const SEVERITY_NAMES: Record<FindingResult['severity'], string> = { error: 'Fel', warning: 'Varning', info: 'Information', hint: 'Tips' }

/** A finding's advice, why, and where it comes from: the same in the hover and in the list. */
export function explanation(f: FindingResult): Node[] {
  const nodes: Node[] = [el('p', { class: 'message' }, f.message)]
  if (f.note) nodes.push(el('p', { class: 'note' }, f.note))
  if (f.source || f.url) nodes.push(el('p', { class: 'source' }, 'Källa: ', f.url ? sourceLink(f.url, f.source ?? f.url) : f.source!))
  return nodes
}
