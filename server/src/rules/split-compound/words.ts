/** Word lists of the split-compound rule (särskrivning). */

/**
 * Determiners after which a noun phrase has one noun: two bare nouns after them (en kund tjänst)
 * are a compound written apart. Not den/det/de, which are also pronouns (det barn behöver).
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `en ett någon något ingen inget varje vilken vilket denna detta samma annan annat min mitt din ditt sin sitt
  vår vårt er ert hans hennes hens dess deras nästa förra sista första andra tredje hela halva själva`.split(/\s+/),
)

/**
 * Tags of a word in front of a genitive that cannot own it: a preposition, a conjunction, a verb,
 * an adverb, the infinitive marker or a relative word (söka bostads bidrag, till förvaltnings
 * domstol). A determiner, an adjective, a number or a noun can (en bostads värde, tredje parts).
 */
export const NO_GENITIVE_OWNER: ReadonlySet<string> = new Set(['PP', 'KN', 'SN', 'VB', 'AB', 'IE', 'HP', 'HA'])

/**
 * Nouns that measure or count the noun after them, which then needs no article (en rad frågor,
 * ett par dagar, en del frågor, en grupp elever, ett antal ärenden, en kopp kaffe).
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(
  `rad mängd del massa antal par grupp serie bit kopp glas flaska påse burk säck låda hög hop skara samling sort
  slag typ form sats liter kilo gram ton meter mil procent timme dag vecka månad år gång stund tag tid period
  halva kvart dussin hundra tusen miljon miljard krona kronor`.split(/\s+/),
)

/**
 * Verbs that take two objects (ge sina barn mat, visade en kund vägen, erbjuder varje elev plats):
 * the two nouns after a determiner are then two objects, not one compound.
 */
export const GIVING_VERB = /^(?:ge|ger|gav|gett|givit|ges|gavs|erbjud|erbjöd|visa|lova|skick|lämna|sälj|sålde|ägna|kalla|bevilja|låna|tilldela|tillför|ordinera|bjud|bjöd|ta|tar|tog|tagit|fråga|kosta|spara|unna|förvägra|neka|önska|bereda|ber|bad)/

/** Pronouns that also stand as determiners (det barnet, den tid): their noun phrase has one noun too. */
export const PRONOUN_DETERMINERS: ReadonlySet<string> = new Set(['den', 'det', 'de', 'dessa', 'vilka', 'alla', 'många', 'några', 'inga', 'flera', 'båda'])

/**
 * Nouns that stand bare in fixed phrases, and months (i så fall, på sätt och vis, i regel, i princip,
 * på sikt, på egen hand, före juni månads utgång): the next word begins something else.
 */
export const FIXED_BARE_NOUNS: ReadonlySet<string> = new Set(
  `fall sätt regel princip sikt hand grund följd tur mån kraft övrigt synnerhet allmänhet stället början slutet
  exempel samband enlighet
  januari februari mars april maj juni juli augusti september oktober november december
  måndag tisdag onsdag torsdag fredag lördag söndag`.split(/\s+/),
)

/**
 * Adjectives that never change form (SAOL marks them oböjliga): *inga extra kostnader*, *en bra
 * början*, *gratis parkering*, *ha fel filändelse*. The part-of-speech estimate takes them for nouns, and they lack the
 * -t and -a forms adjectiveLike looks for.
 */
export const INDECLINABLE_ADJECTIVES: ReadonlySet<string> = new Set(
  `bra extra gratis stackars äkta ordinarie gängse lila rosa prima nutida samtida dåtida forna inrikes utrikes
  gammaldags sakta ense tillfreds fel rätt`.split(/\s+/),
)
