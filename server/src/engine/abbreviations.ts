/**
 * Swedish abbreviations written with full stops (lowercase). A full stop that belongs to one of
 * these does not end a sentence. Sources: Myndigheternas skrivregler ch. 11 and the list in
 * shared/reference/swedish-notes.md.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'a.a.', 'ang.', 'avd.', 'avs.', 'avsn.', 'bet.', 'bil.', 'bl.a.', 'ca.', 'd.v.s.', 'd.y.', 'd.ä.',
  'dir.', 'dnr.', 'doc.', 'dr.', 'dvs.', 'e.d.', 'e.kr.', 'el.', 'enl.', 'etc.', 'ev.', 'exkl.',
  'ex.', 'f.', 'f.d.', 'f.kr.', 'f.n.', 'f.ö.', 'fig.', 'fr.', 'fr.a.', 'fr.o.m.', 'forts.', 'ff.', 'förf.', 'gm.',
  'inkl.', 'jfr.', 'jur.', 'kap.', 'kl.', 'kr.', 'lat.', 'm.a.o.', 'm.fl.', 'm.m.', 'max.', 'milj.',
  'min.', 'mn.', 'mom.', 'mr.', 'mrd.', 'ndr.', 'nr.', 'o.d.', 'o.dyl.', 'o.s.v.', 'obs.', 'osv.',
  'p.', 'p.g.a.', 'pga.', 'prof.', 'prop.', 'resp.', 'red.', 's.', 's.k.', 'sek.', 'sid.', 'skr.',
  'st.', 'stk.', 'sthlm.', 't.ex.', 't.o.m.', 't.v.', 'tel.', 'tfn.', 'tim.', 'tr.', 'tjg.', 'uppl.',
  'utg.', 'v.', 'vol.', 'vs.', 'äv.', 'ö.h.', 'ö.k.',
  'jan.', 'febr.', 'feb.', 'aug.', 'sept.', 'sep.', 'okt.', 'nov.', 'dec.',
  'mån.', 'tis.', 'ons.', 'tors.', 'fre.', 'lör.', 'sön.',
])

/**
 * Abbreviations that often close a sentence (… pennor m.m. Sedan …): their full stop also ends
 * the sentence when a capitalised word follows.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc.', 'e.d.', 'm.fl.', 'm.m.', 'o.d.', 'o.dyl.', 'o.s.v.', 'osv.',
])

export function isAbbreviation(lowercaseWithStop: string): boolean {
  return ABBREVIATIONS.has(lowercaseWithStop)
}
