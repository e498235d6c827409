import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pathToUri, uriToPath, useVirtualPaths } from '../src/lsp/uri-paths'

// node:test runs each file in a process of its own, so switching to virtual paths here affects no other test

test('on disk only file: URIs have paths, and they map back', () => {
  assert.equal(uriToPath('file:///home/anna/brev%20till%20%C3%A4ldre.md'), '/home/anna/brev till äldre.md')
  assert.equal(uriToPath('untitled:Untitled-1'), undefined)
  assert.equal(uriToPath('vscode-vfs://github/kommun/webb/a.md'), undefined)
  assert.equal(pathToUri('/home/anna/brev till äldre.md'), 'file:///home/anna/brev%20till%20%C3%A4ldre.md')
})

test('in a browser every hierarchical URI has a path of its own, which maps back to the same URI', () => {
  useVirtualPaths()
  for (const uri of ['vscode-vfs://github/kommun/webb/docs/%C3%A4ldreomsorg.md', 'vscode-test-web://mount/brev.md', 'file:///home/anna/a.md', 'klarsprak://sida/text.md']) {
    const path = uriToPath(uri)
    assert.ok(path?.startsWith('/'), uri)
    assert.equal(pathToUri(path!), uri)
  }
  // the folder of a document is the folder of its URI: the configuration search walks the same tree
  assert.ok(uriToPath('vscode-vfs://github/kommun/webb/docs/a.md')!.startsWith(uriToPath('vscode-vfs://github/kommun/webb')! + '/'))
  // two repositories (authorities) never share a folder
  assert.notEqual(uriToPath('vscode-vfs://github/a/x.md')!.split('/').slice(0, 4).join('/'), uriToPath('vscode-vfs://gitlab/a/x.md')!.split('/').slice(0, 4).join('/'))
  assert.equal(uriToPath('untitled:Untitled-1'), undefined)
})
