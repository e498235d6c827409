import { test } from 'node:test'
import assert from 'node:assert/strict'
import { globMatch } from '../src/config/glob'

test('*, ** and ? match as in gitignore-style globs; everything else is literal', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.en.md', 'sida.en.md', true],
    ['*.en.md', 'sida.sv.md', false],
    ['**/*.en.md', 'docs/a/sida.en.md', true],
    ['**/*.en.md', 'sida.en.md', true],
    ['utkast/**', 'utkast/a/b.md', true],
    ['utkast/**', 'utkastet/b.md', false],
    ['docs/*/index.md', 'docs/a/index.md', true],
    ['docs/*/index.md', 'docs/a/b/index.md', false],
    ['kapitel-?.md', 'kapitel-1.md', true],
    ['kapitel-?.md', 'kapitel-12.md', false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['*', '.dold.md', true],
    ['[abc].md', '[abc].md', true],
    ['[abc].md', 'a.md', false],
    ['(a|b).md', 'a.md', false],
    ['*.md', 'docs/a.md', false],
  ]
  for (const [pattern, path, expected] of cases) assert.equal(globMatch(pattern, path), expected, `${pattern} ${path}`)
})

test('patterns that make regular expressions backtrack are answered at once', () => {
  // each would take minutes as a backtracking regular expression; here they are linear in size
  assert.equal(globMatch('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(20_000)), false)
  assert.equal(globMatch('**/'.repeat(40) + 'x.md', 'a/'.repeat(400) + 'y.md'), false)
  assert.equal(globMatch('**/'.repeat(40) + 'y.md', 'a/'.repeat(400) + 'y.md'), true)
})
