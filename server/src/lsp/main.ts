/**
 * Entry point of the language server, for VS Code (over IPC) and for any editor over stdio:
 * `klarsprak-language-server --stdio`.
 */
import '../heap-settings'
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node'
import { startServer } from './server'
import { SpellingService } from '../spelling/spelling-service'
import { fileReportText, folderReportText } from './disk-reports'
import { isCheckWorker } from '../files/file-worker'
import { runCheckWorker } from '../report/check-worker'

if (isCheckWorker()) {
  // a folder report's worker thread: this bundle checks files there (see report/check-worker.ts)
  runCheckWorker()
} else {
  if (process.argv.includes('--version')) {
    process.stdout.write('klarsprak-language-server 0.1.0\n')
    process.exit(0)
  }
  const connection = createConnection(ProposedFeatures.all)
  // A failed request to the client (one it does not support) must never take the server down.
  process.on('unhandledRejection', (reason) => connection.console.error(`Klarspråk: ${String(reason)}`))
  startServer(connection, { spelling: new SpellingService(), diskReports: { folder: folderReportText, file: fileReportText } })
}
