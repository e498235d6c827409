/**
 * `node:module` in a web worker: there is no node_modules to resolve npm packages from, so a
 * package in "extends" is reported as not found (the README and `capabilities` say so).
 */
export function createRequire(): { resolve(name: string): string } {
  return {
    resolve(name: string): string {
      throw Object.assign(new Error(`${name}: npm-paket kan inte läsas i webbläsaren`), { code: 'MODULE_NOT_FOUND' })
    },
  }
}

export default { createRequire }
