/**
 * Swedish compounds the Hunspell dictionary cannot build. dictionary-sv marks which words may
 * begin a compound (flag X, joint forms such as jordbruks- included), and some lack the flag:
 * the adjective *smal* and the joint form *barna* (smalspalten, barnavårdare). This analysis
 * accepts such a word only with evidence from the dictionary itself (the head begins many of its
 * compounds), and never where Hunspell knows the head's joints, so that a joint a word does not
 * take (jordbrukminister, barnsgrupper), a misspelt part (beslutsundelaget) or a dropped consonant
 * (samhällstrukturen) is still an error. Tails without the end flag (hemmaåren, karriäriver) were
 * tried and left out: accepting them let 6 % of the injected joint errors and typos through.
 */

/** Beginnings and endings of the dictionary's own compounds (scripts/compile-compound-parts.mjs). */
export interface CompoundParts {
  /** Words and joint forms that begin at least five dictionary compounds. */
  heads: ReadonlySet<string>
  /** Words that end at least three dictionary compounds (a tail must be one, inflected or not). */
  tails: ReadonlySet<string>
}

export function parseCompoundParts(json: string): CompoundParts {
  const data = JSON.parse(json) as { heads: string; tails: string }
  return { heads: new Set(data.heads.split(' ')), tails: new Set(data.tails.split(' ')) }
}

/**
 * A tail shorter than this is too often an ending or a small word that happens to fit (det, har,
 * ser). With this and the guards below, 0.04–0.26 % of one-letter typos in the corpus's long
 * words are wrongly accepted (three seeds; 0.64–1.03 % with four letters and no guards).
 */
const MIN_TAIL = 5
/** Endings taken off a tail to find the dictionary word it inflects (åren → år). */
const INFLECTIONS = ['', 'en', 'et', 'n', 't', 'na', 'ar', 'er', 'or', 'arna', 'erna', 'orna', 'ens', 'ets', 's', 'e', 'a', 'de', 'te', 'ade', 'at', 'ad']
/** Words that begin a compound freely and that Hunspell's flags always accept: probes for flag X. */
const PROBE_TAILS = ['arbete', 'bok']
/**
 * Nouns made of present participles (ett vårdande, en studerande) take -t, -ts and the genitive
 * -s (vårdandet, studerandes), which the dictionary lacks (Svenska Akademiens grammatik 2:2).
 */
const PARTICIPLE_NOUN = /^(\p{Ll}{3,}[ae]nde)(t|ts|s)$/u

export class CompoundAnalyser {
  constructor(
    private readonly spell: (word: string) => boolean,
    private readonly parts: CompoundParts,
  ) {}

  /** True when a lowercase word Hunspell rejects is a compound the dictionary's own evidence supports. */
  accepts(word: string): boolean {
    const participle = PARTICIPLE_NOUN.exec(word)
    if (participle && this.spell(participle[1])) return true
    for (let i = 3; i <= word.length - MIN_TAIL; i++) {
      const head = word.slice(0, i)
      const tail = word.slice(i)
      // three equal letters at the joint are written two (tillämpas), never three: a typo
      if (head.endsWith(tail[0] + tail[0]) || (head.endsWith(tail[0]) && tail[1] === tail[0])) continue
      if (!this.isAttestedTail(tail) || !this.spell(tail)) continue
      // a head Hunspell can put first, with or without a joint -s, was Hunspell's to judge, and its
      // rejection stands (jordbruk + minister, tid + perspektiv, rätt + psykiatrisk, barns + grupper)
      if (this.beginsCompounds(head) || this.beginsCompounds(`${head}s`) || (head.endsWith('s') && this.beginsCompounds(head.slice(0, -1)))) continue
      // the head lacks the begin flag but begins many dictionary compounds (smal-, barna-)
      if (this.parts.heads.has(head)) return true
    }
    return false
  }

  private beginsCompounds(head: string): boolean {
    return PROBE_TAILS.some((t) => this.spell(head + t))
  }

  private isAttestedTail(tail: string): boolean {
    return INFLECTIONS.some((e) => tail.endsWith(e) && tail.length - e.length >= 2 && this.parts.tails.has(tail.slice(0, tail.length - e.length)))
  }
}
