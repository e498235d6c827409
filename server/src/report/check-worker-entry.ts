/** Entry point of a check worker thread when the code runs from TypeScript (tests, under tsx). */
import '../heap-settings'
import { runCheckWorker } from './check-worker'

runCheckWorker()
