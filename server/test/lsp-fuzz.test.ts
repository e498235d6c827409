import { test } from 'node:test'
import { protocolFuzz } from './helpers/protocol-fuzz'

test('random documents and storms of overlapping edits: no crash, everything inside its document, answers in time', async () => {
  await protocolFuzz(8, 6, 38)
})
