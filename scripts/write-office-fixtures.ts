/**
 * Writes the Word and PDF versions of the seed text (test-fixtures/remiss-kommunikationsprogram.md)
 * to test-fixtures/office/, for the e2e screenshots of their reports and the test that their
 * findings are the Markdown's. Run after changing the seed text: npm run fixtures:office
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { markdownToDocx, markdownToPdf } from './office-files'

const ROOT = join(__dirname, '..')
const NAME = 'remiss-kommunikationsprogram'

async function main(): Promise<void> {
  const markdown = readFileSync(join(ROOT, 'test-fixtures', `${NAME}.md`), 'utf8')
  writeFileSync(join(ROOT, 'test-fixtures', 'office', `${NAME}.docx`), await markdownToDocx(markdown))
  const pdf = await markdownToPdf(markdown, { header: 'Miljöförvaltningen – Tjänsteutlåtande KS 2024/112' })
  writeFileSync(join(ROOT, 'test-fixtures', 'office', `${NAME}.pdf`), pdf.bytes)
  console.log(`wrote test-fixtures/office/${NAME}.docx and .pdf (${pdf.pages} pages, ${pdf.hyphenated.length} words hyphenated at line ends)`)
}

void main()
