import { checkText, checkTextCancellable, type CheckResult } from '../engine/check'
import type { ChunkCache } from '../engine/chunk-cache'
import type { BlockFindingsCache } from '../engine/block-findings-cache'
import type { DocumentFormat } from '../engine/types'
import { MAX_DOCUMENT_LENGTH } from '../engine/limits'
import type { SpellingService } from '../spelling/spelling-service'
import type { DocumentConfig, DocumentConfigs } from '../config/document-config'
import { frontMatterPreset } from '../config/document-preset'
import { hasEnglish } from '../engine/language'
import { needsEnglish } from '../spelling/english-need'

/** A document to check: its text, how to read it, and where it lives (for its configuration). */
export interface DocumentToCheck {
  text: string
  format: DocumentFormat
  /** The file's path; undefined for an unsaved document, which gets defaults and user settings. */
  path?: string
  /** Where the search for .klarsprak.json stops (the workspace folder). */
  stopAt?: string
}

/** What every check of a run shares: configurations read so far, the dictionary, the caches. */
export interface CheckServices {
  configs: DocumentConfigs
  spelling: SpellingService
  /** False when the user switched checking off (setting klarsprak.enable). */
  enabled?: boolean
  /** The language server keeps these across keystrokes; a run over files does not need them. */
  chunkCache?: ChunkCache
  findingsCache?: BlockFindingsCache
}

export type SkipReason = 'disabled' | 'ignored' | 'too-large' | 'cancelled'

/** A rule that threw during the check: reported once per check, i.e. once per document version. */
export interface RuleError {
  ruleId: string
  error: unknown
}

export type DocumentCheck =
  | { checked: true; config: DocumentConfig; result: CheckResult; ruleErrors: RuleError[] }
  /** `message` says why in Swedish, to be prefixed with the document's name. */
  | { checked: false; config: DocumentConfig; reason: SkipReason; message: string }

/**
 * Checks one document the same way everywhere (the language server, `klarsprak check` and
 * `report`, the folder report): its configuration, `ignore`, the size limit, the dictionary with
 * the team's and user's words, the rules with their settings, and suppressions. A rule that throws
 * is reported once and never stops the others. With `stop`, the check gives the thread back every
 * few milliseconds and is abandoned as soon as `stop()` is true.
 */
export async function checkDocument(doc: DocumentToCheck, services: CheckServices, stop?: () => boolean): Promise<DocumentCheck> {
  const config = services.configs.forDocument(doc.path, doc.stopAt, frontMatterPreset(doc.text, doc.format))
  if (services.enabled === false) return { checked: false, config, reason: 'disabled', message: 'Klarspråk är avstängt i inställningarna (klarsprak.enable).' }
  if (config.effective.ignored) return { checked: false, config, reason: 'ignored', message: `granskas inte: ${config.effective.ignoredBy}.` }
  if (doc.text.length > MAX_DOCUMENT_LENGTH) {
    const size = `${(doc.text.length / 1e6).toFixed(1)} miljoner tecken`
    return { checked: false, config, reason: 'too-large', message: `filen är för stor (${size}) och granskas inte; gränsen är ${MAX_DOCUMENT_LENGTH / 1e6} miljoner.` }
  }
  const ruleErrors: RuleError[] = []
  const options = {
    rules: config.rules,
    terms: config.terms,
    acronyms: config.acronyms,
    spelling: services.spelling.context(config.words),
    cache: services.chunkCache,
    findingsCache: services.findingsCache,
    onRuleError: (ruleId: string, error: unknown) => {
      if (!ruleErrors.some((e) => e.ruleId === ruleId)) ruleErrors.push({ ruleId, error })
    },
  }
  let result = stop ? await checkTextCancellable(doc.text, doc.format, options, stop) : checkText(doc.text, doc.format, options)
  // a run over files waits for the English word lists the first time a document needs them; the
  // language server loads them in the background and checks again (see server.ts)
  if (result && !stop && options.spelling && !options.spelling.english && !services.spelling.englishFailure && needsEnglish(result.findings, result.overview.blocks)) {
    // awaited even when another check started the loading, so every document is checked alike
    await services.spelling.loadEnglish()
    options.spelling = services.spelling.context(config.words)
    if (options.spelling?.english) result = checkText(doc.text, doc.format, options)
  }
  if (result && services.spelling.englishFailure && hasEnglish(result.overview.blocks)) {
    result.overview.warnings = [...(result.overview.warnings ?? []), `Stavningen i engelska stycken kontrolleras inte: ${services.spelling.englishFailure}.`]
  }
  if (!result) return { checked: false, config, reason: 'cancelled', message: 'granskningen avbröts: dokumentet har ändrats sedan.' }
  return { checked: true, config, result, ruleErrors }
}

/** A rule error as one line for a log: which rule, and the stack when there is one. */
export function describeRuleError(e: RuleError): string {
  return `regeln ${e.ruleId} kraschade och hoppades över: ${e.error instanceof Error ? (e.error.stack ?? e.error.message) : String(e.error)}`
}
