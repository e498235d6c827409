import * as vscode from 'vscode'
import { CloseAction, ErrorAction, type LanguageClientOptions } from 'vscode-languageclient'

/** Restarts a crashed server with one clear Swedish message; after repeated crashes it stops and says so. */
export function restartingErrorHandler(): NonNullable<LanguageClientOptions['errorHandler']> {
  const crashes: number[] = []
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now()
      crashes.push(now)
      while (crashes.length > 0 && now - crashes[0] > 3 * 60_000) crashes.shift()
      if (crashes.length <= 3) {
        void vscode.window.showWarningMessage('Klarspråk: språkservern stängdes oväntat och har startats om.')
        return { action: CloseAction.Restart, handled: true }
      }
      void vscode.window.showErrorMessage('Klarspråk: språkservern har kraschat flera gånger och startas inte om. Se loggen (Klarspråk: Visa loggen) och starta om med Klarspråk: Starta om språkservern.')
      return { action: CloseAction.DoNotRestart, handled: true }
    },
  }
}
