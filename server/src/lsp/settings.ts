import { type Connection, type InitializeParams, MessageType, ShowMessageNotification } from 'vscode-languageserver'
import { resolveRules } from '../rules/rule-settings'
import type { UserSettings } from '../config/resolve-config'

/** The part of the `klarsprak.*` settings the server reads. */
interface KlarsprakSettings {
  enable?: boolean
  rules?: unknown
  words?: unknown
}

/**
 * User settings as the client sends them. Clients that support `workspace/configuration` are
 * asked; others (Neovim 0.7) pass them as initialization options or in didChangeConfiguration.
 */
export class SettingsStore {
  canPull = false
  enabled = true
  /** The user's settings as a configuration layer (rules and words), below the team's file. */
  user: UserSettings = {}
  private lastProblems = ''

  constructor(private readonly connection: Connection) {}

  init(params: InitializeParams): void {
    this.canPull = params.capabilities.workspace?.configuration === true
    this.apply((params.initializationOptions as { settings?: KlarsprakSettings } | undefined)?.settings)
  }

  async reload(pushed: unknown): Promise<void> {
    if (this.canPull) {
      const fetched = (await this.connection.workspace.getConfiguration('klarsprak')) as KlarsprakSettings | null
      this.apply(fetched ?? undefined)
    } else {
      this.apply((pushed as { klarsprak?: KlarsprakSettings } | undefined)?.klarsprak)
    }
  }

  private apply(settings: KlarsprakSettings | undefined): void {
    this.enabled = settings?.enable !== false
    const problems = resolveRules(settings?.rules).problems.map((p) => p.message)
    const rules = settings?.rules && typeof settings.rules === 'object' && !Array.isArray(settings.rules) ? (settings.rules as Record<string, unknown>) : {}
    const words = settings?.words
    this.user = {
      // only what is valid: a typo keeps the default instead of switching a rule off
      rules: Object.fromEntries(Object.entries(rules).filter(([id, value]) => resolveRules({ [id]: value }).problems.length === 0)),
      words: Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [],
    }
    if (words !== undefined && !Array.isArray(words)) problems.push('Inställningen klarsprak.words ska vara en lista med ord.')
    const text = problems.join(' ')
    if (text && text !== this.lastProblems) {
      // a notification, not a request: clients that cannot show requests must not break the server
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Klarspråk: fel i inställningen klarsprak.rules. ${text}`,
      })
    }
    this.lastProblems = text
  }
}
