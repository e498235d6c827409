import assert from 'node:assert/strict'
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { TestClient } from './lsp-client'

/** Seeded, so a failure reproduces. */
export function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}
const PIECES = ['Du kan erhålla stöd. ', 'Ansökan skickas. ', '\n', '\r\n', '\r', '\n\n', '😀', '👩‍👩‍👧', 'e\u0301', '\ud800', '\u200b', '```', '`', '*', '# ', '> ', '- ', '<!--', '-->', '---\n', 'https://x.se ', 't.ex. ', 'VIKTIGT!! ', 'x'.repeat(200), 'Man måste ', 'komunikation ']

/**
 * Random and adversarial documents and storms of overlapping edits sent to the server faster than
 * it checks them. Asserts: no crash, every diagnostic and every fix inside its document and
 * pinned to its version, answers within 5 s. Returns the slowest answer in milliseconds.
 */
export async function protocolFuzz(seed: number, documents: number, editsPerDocument: number): Promise<number> {
  const next = random(seed)
  const client = new TestClient()
  let slowest = 0
  try {
    await client.initialize({ textDocument: { diagnostic: {} } })
    const pick = () => PIECES[Math.floor(next() * PIECES.length)]
    for (let d = 0; d < documents; d++) {
      const uri = `file:///fuzz/doc-${d}.md`
      let doc = TextDocument.create(uri, 'markdown', 1, Array.from({ length: 40 }, pick).join(''))
      await client.open(uri, doc.getText(), 'markdown', 1)
      const pending: Array<Promise<unknown>> = []
      for (let v = 2; v < editsPerDocument + 2; v++) {
        const text = doc.getText()
        const a = Math.floor(next() * (text.length + 1))
        const b = Math.min(text.length, a + Math.floor(next() * 20))
        const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: pick() }
        doc = TextDocument.update(doc, [change], v)
        // edits are sent without waiting for checks: requests overlap with changes
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] })
        if (v % 3 === 0) pending.push(client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }))
      }
      const started = Date.now()
      await Promise.all(pending)
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport
      const took = Date.now() - started
      slowest = Math.max(slowest, took)
      assert.ok(took < 5000, 'answers within 5 s')
      const items: Diagnostic[] = report.kind === 'full' ? report.items : []
      const end = doc.positionAt(doc.getText().length)
      const inside = (p: { line: number; character: number }) => p.line < end.line || (p.line === end.line && p.character <= end.character)
      for (const item of items) assert.ok(inside(item.range.start) && inside(item.range.end), `diagnostic outside the document: ${JSON.stringify(item.range)}`)
      for (const item of items.slice(0, 5)) {
        const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: item.range, context: { diagnostics: [item] } })) as CodeAction[]
        for (const action of actions) {
          for (const change of (action.edit?.documentChanges ?? []) as TextDocumentEdit[]) {
            assert.equal(change.textDocument.version, doc.version)
            for (const edit of change.edits as TextEdit[]) assert.ok(inside(edit.range.start) && inside(edit.range.end), 'edit outside the document')
          }
        }
      }
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
    }
    assert.equal(client.stderr, '', 'the server wrote no errors')
    return slowest
  } finally {
    await client.close()
  }
}
