import { AcceptedWords } from './accepted-words'
import { CachedSpeller, type SpellingContext } from './speller'
import { loadHunspell } from './hunspell-engine'
import { COMPOUND_PARTS_FILE, dictionaryDir, ENGLISH_DICTIONARY_SUBDIR, ENGLISH_WORD_LISTS } from './dictionary-location'
import extraWords from '../generated/extra-words.json'
import { StringMemo } from '../util/string-memo'
import { parseCompoundParts, type CompoundParts } from './compounds'
import { join } from 'node:path'
import { readBytesFromDisk, type ReadBytes } from './read-bytes'

/** The build writes the dictionary's compound parts beside it; without them only Hunspell's compounds count. */
async function readCompoundParts(dir: string, read: ReadBytes): Promise<CompoundParts | undefined> {
  let bytes: Uint8Array
  try {
    bytes = await read(join(dir, COMPOUND_PARTS_FILE))
  } catch {
    return undefined
  }
  return parseCompoundParts(new TextDecoder().decode(bytes))
}

/**
 * Owns the dictionary: loads it once in the background (checks never wait for it) and hands out
 * spelling contexts with the accepted words of a team and a user on top of the built-in list.
 */
export class SpellingService {
  private speller: CachedSpeller | undefined
  private loading: Promise<CachedSpeller | undefined> | undefined
  private readonly builtIn = new AcceptedWords(extraWords as string[])
  /**
   * One word list per team and user combination, kept: the block cache tells word lists apart
   * by identity, so rebuilding one whenever the editor switches document would throw away
   * every cached paragraph of both.
   */
  private readonly acceptedByWords = new StringMemo((key) => (key === '' ? this.builtIn : this.builtIn.with(key.split('\n'))), 64)
  /** Why spelling is off, in Swedish, when the dictionary could not be loaded. */
  failure: string | undefined
  private english: CachedSpeller | undefined
  private englishLoading: Promise<CachedSpeller | undefined> | undefined
  /** Why English spelling is off, in Swedish, when its dictionary could not be loaded. */
  englishFailure: string | undefined

  constructor(
    private readonly dir: string | undefined = dictionaryDir(),
    private readonly englishDir: string | undefined = dictionaryDir(ENGLISH_DICTIONARY_SUBDIR),
    /** How the files are read: from disk, or fetched in a browser. */
    private readonly read: ReadBytes = readBytesFromDisk,
  ) {}

  /** Starts loading (once) and resolves when the dictionary is ready or has failed. */
  load(): Promise<CachedSpeller | undefined> {
    this.loading ??= this.startLoading()
    return this.loading
  }

  private async startLoading(): Promise<CachedSpeller | undefined> {
    if (!this.dir) {
      this.failure = 'den svenska ordlistan hittades inte'
      return undefined
    }
    try {
      const [engine, parts] = await Promise.all([loadHunspell(this.dir, undefined, undefined, this.read), readCompoundParts(this.dir, this.read)])
      this.speller = new CachedSpeller(engine, parts)
      return this.speller
    } catch (error) {
      this.failure = `den svenska ordlistan kunde inte läsas (${error instanceof Error ? error.message : String(error)})`
      return undefined
    }
  }

  /**
   * Starts loading the English word lists (once) and resolves when they are ready or have failed.
   * Asked for only when a document turns out to have English, so Swedish-only work never pays
   * for them (about 1 MB of word lists).
   */
  loadEnglish(): Promise<CachedSpeller | undefined> {
    this.englishLoading ??= this.startLoadingEnglish()
    return this.englishLoading
  }

  private async startLoadingEnglish(): Promise<CachedSpeller | undefined> {
    if (!this.englishDir) {
      this.englishFailure = 'de engelska ordlistorna hittades inte'
      return undefined
    }
    try {
      this.english = new CachedSpeller(await loadHunspell(this.englishDir, ENGLISH_WORD_LISTS, 'en', this.read))
      return this.english
    } catch (error) {
      this.englishFailure = `de engelska ordlistorna kunde inte läsas (${error instanceof Error ? error.message : String(error)})`
      return undefined
    }
  }

  /** True while English has been neither loaded nor tried: a document with English should ask for it. */
  get englishWanted(): boolean {
    return this.englishLoading === undefined
  }

  /** The speller once loaded, otherwise undefined (spelling is then skipped, never awaited). */
  get ready(): CachedSpeller | undefined {
    return this.speller
  }

  /** A spelling context with these extra accepted words, or undefined while the dictionary loads. */
  context(words: readonly string[]): SpellingContext | undefined {
    if (!this.speller) return undefined
    const accepted = this.acceptedByWords.get(words.join('\n'))
    return this.english ? { speller: this.speller, accepted, english: this.english } : { speller: this.speller, accepted }
  }
}
