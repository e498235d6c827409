/**
 * Function words and common adverbs with their usual SUC tag, written for the nominal-ratio
 * estimate (PN pronoun, PP preposition, AB adverb, KN/SN conjunctions, DT determiner, HA/HP/HD
 * interrogative and relative words, PS possessive, IE infinitive marker, RG/RO numerals, IN
 * interjection). Ambiguous words get the tag they most often have in running prose (det: PN,
 * om: PP, för: PP, så: AB). None of these is ever an s-passive (hos, tills, annars, alls, oss).
 */
const TAGS: Record<string, string> = {
  PN: `jag mig du dig han honom hon henne hen den det vi oss ni er de dem dom sig man någon något några ingen
    inget inga ingenting allt alla varandra denna detta dessa själv själva sådan sådant sådana vem vad vilken
    vilket vilka annan annat andra varje vart envar mycket mer mest lite mindre minst många fler flera
    somliga båda bägge`,
  PP: `i på av till för från med om under över efter vid mot hos genom utan inom mellan bland kring runt enligt
    ur åt bakom framför bredvid längs trots inför ovanför nedanför utanför innanför jämte sedan via per
    angående beträffande gällande rörande avseende inklusive exklusive bortom ovan undan utom intill
    mellan hän emellan emot gentemot kontra à`,
  AB: `inte icke ej också även så då nu här där hit dit hem borta bort ute ut inne in upp uppe ner nere ned fram
    framme tillbaka redan alltid aldrig ofta ibland sällan ju nog väl bara endast enbart just kanske troligen
    förmodligen säkert alltså därför därmed därefter dessutom sedan snart senare tidigare först sist igen
    fortfarande ännu heller tillsammans annars alls särskilt främst helt delvis mycket mer mest mindre minst
    ganska rätt lika hur varför när då hittills numera genast direkt ungefär cirka ca omkring nästan
    precis exakt bl.a. t.ex. dvs. osv. m.m. etc. såväl också alltjämt emellertid dock likväl åtminstone
    egentligen faktiskt verkligen gärna hellre helst tyvärr lyckligtvis givetvis naturligtvis självklart
    dessförinnan därpå härmed härigenom därigenom därutöver härefter varvid varpå varigenom liksom såsom
    även inte`,
  KN: `och eller men utan samt respektive plus sedan både antingen varken ty`,
  SN: `att om eftersom därför medan innan förrän tills sedan fast fastän trots oavsett ifall huruvida såvida
    emedan än som`,
  DT: `en ett denne samma vardera ena`,
  HP: `som vilket vilka vad vem`,
  HA: `när hur varför varifrån varav varom vari varmed vartill`,
  PS: `min mitt mina din ditt dina hans hennes hens dess vår vårt våra er ert era deras sin sitt sina`,
  IE: `att`,
  RG: `noll två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton
    tjugo trettio fyrtio femtio sextio sjuttio åttio nittio hundra tusen miljon miljoner miljard miljarder`,
  RO: `första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde`,
  IN: `ja nej jo hej tack`,
}

/** The tag a closed-class word gets; where a word is listed twice, the first list above wins. */
export const CLOSED_CLASS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  // later lists must not override the intended reading of ambiguous words
  const order = ['PS', 'PP', 'PN', 'AB', 'KN', 'HA', 'SN', 'DT', 'HP', 'IE', 'RG', 'RO', 'IN']
  for (const tag of order) for (const w of TAGS[tag].split(/\s+/)) if (w && !map.has(w)) map.set(w, tag)
  return map
})()
