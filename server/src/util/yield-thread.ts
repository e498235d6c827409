/**
 * Hands the thread back for a moment, so that queued messages (a newer edit, a cancellation) are
 * read. Node has setImmediate; a browser's worker does not, and its setTimeout waits at least
 * 4 ms once nested, so a message channel's round trip is used there.
 */
export const yieldThread: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : (() => {
        const channel = new MessageChannel()
        const waiting: Array<() => void> = []
        // (typed from Node's MessagePort; the browser's has onmessage)
        ;(channel.port1 as unknown as { onmessage: () => void }).onmessage = () => waiting.shift()?.()
        return () =>
          new Promise<void>((resolve) => {
            waiting.push(resolve)
            channel.port2.postMessage(null)
          })
      })()
