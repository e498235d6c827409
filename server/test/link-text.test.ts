import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyseBlock } from '../src/engine/analyse'
import type { Report } from '../src/engine/rule'
import type { Link } from '../src/engine/types'
import { linkText } from '../src/rules/link-text'

/** The findings of link-text for one paragraph with one link over its first words, as an HTML page gives it. */
function check(text: string, link: Partial<Link>): Report[] {
  const visible = link.text ?? ''
  const block = analyseBlock({
    kind: 'paragraph',
    start: 0,
    end: text.length,
    text,
    links: [{ text: visible, target: 'https://kommun.se/bygglov', start: 0, end: visible.length, textStart: 0, textEnd: visible.length, ...link }],
  })
  const found: Report[] = []
  linkText.checkBlock!(block, { doc: { text, format: 'html' }, options: {}, report: (f) => found.push(f) })
  return found
}

test('link-text judges what a screen reader reads: the label (aria-label) where the page gives one', () => {
  assert.deepEqual(check('Läs mer', { text: 'Läs mer' }).map((f) => f.actual), ['Läs mer'])
  assert.deepEqual(check('Läs mer', { text: 'Läs mer', label: 'Läs mer om avgifter för bygglov' }), [])
  assert.deepEqual(check('Läs mer', { text: 'Läs mer', label: 'Läs mer' }).length, 1)
  // an image link whose alternative text names the target has a text; one without has none
  assert.deepEqual(check('', { text: '', label: 'Kusta kommuns startsida' }), [])
  assert.match(check('', { text: '' })[0].message, /ingen text/)
})
