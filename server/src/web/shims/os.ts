/** `node:os` in a web worker: one thread (the worker itself). */
export function availableParallelism(): number {
  return 1
}

export const EOL = '\n'

export default { availableParallelism, EOL }
