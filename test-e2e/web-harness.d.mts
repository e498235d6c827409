/**
 * Types for web-harness.mjs, which the browser tests run as plain JavaScript and
 * scripts/bench-web.ts imports: only the part of playwright-core the bench uses (the package lives
 * in .e2e/pw, outside node_modules, so its own types are not at hand).
 */
export interface BenchPage {
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<unknown>
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number; polling?: number | 'raf' }): Promise<unknown>
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> }
  getByRole(role: string, options: { name: string; exact?: boolean }): { click(): Promise<void> }
}
export interface BenchContext {
  newPage(): Promise<BenchPage>
  addInitScript<A>(fn: (arg: A) => void, arg?: A): Promise<void>
  close(): Promise<void>
}
export interface BenchBrowser {
  newContext(options?: { viewport?: { width: number; height: number } }): Promise<BenchContext>
  version(): string
  close(): Promise<void>
}

export const CHROMIUM: string
export function playwright(cache: string): { chromium: unknown }
export function launchChromium(chromium: unknown): Promise<BenchBrowser>
export function startServe(root: string, timeoutMs?: number): Promise<{ url: string; stop(): Promise<unknown> }>
