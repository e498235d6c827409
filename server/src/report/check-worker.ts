/** Entry point of a check worker thread (bundled as dist/check-worker.js). */
import '../heap-settings'
import { serveFiles } from '../files/file-worker'
import { keepFor } from './result-kinds'

void serveFiles(keepFor)
