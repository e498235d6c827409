/** A one-line progress bar on stderr, only when stderr is a terminal (never in CI logs). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined
  let last = -1
  return (done, total) => {
    if (total < 2) return
    const width = 30
    const filled = Math.round((done / total) * width)
    if (filled === last && done !== total) return
    last = filled
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} filer`)
    if (done === total) stream.write('\n')
  }
}
