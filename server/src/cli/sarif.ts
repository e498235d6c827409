import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import { RULES } from '../rules'
import type { FileReport } from '../report/file-report'
import { MS_URL } from '../rules/sources'
import { describePlace, type Place } from '../files/office/place'

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const

/** Findings as SARIF 2.1.0, for code-scanning dashboards: rules with help text and source, results with regions. */
export function formatSarif(reports: FileReport[]): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} Varje fynd har en förklaring och en länk till källan för rådet.` },
    helpUri: rule.url ?? MS_URL,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { category: rule.category },
  }))
  const results = reports.flatMap((report) =>
    report.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: RULES.findIndex((r) => r.id === m.ruleId),
      level: LEVEL[m.severity],
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: report.path.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, charOffset: m.offset, charLength: m.endOffset - m.offset, ...snippet(m.place) },
          },
          ...(m.place ? { message: { text: describePlace(m.place) } } : {}),
        },
      ],
      ...(m.occurrences
        ? { relatedLocations: m.occurrences.map((o, id) => ({ id, message: { text: 'Samma ord' }, physicalLocation: { artifactLocation: { uri: report.path.split('\\').join('/'), uriBaseId: '%SRCROOT%' }, region: { startLine: o.line, startColumn: o.column, charOffset: o.offset, charLength: o.endOffset - o.offset } } })) }
        : {}),
      // a fix edits the file at the finding's offset, which a Word file or PDF does not have
      ...(m.expected.length && !m.place ? { fixes: [{ description: { text: `Ersätt med ”${m.expected[0]}”` }, artifactChanges: [{ artifactLocation: { uri: report.path.split('\\').join('/') }, replacements: [{ deletedRegion: { charOffset: m.offset, charLength: m.endOffset - m.offset }, insertedContent: { text: m.expected[0] } }] }] }] } : {}),
      properties: { category: m.category, ...placeProperties(m.place), ...(m.note ? { note: m.note } : {}), ...(m.source ? { source: m.source } : {}), ...(m.url ? { url: m.url } : {}) },
    })),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Klarspråk', informationUri: 'https://www.isof.se/stod-och-sprakrad/spraktjanster/klarsprakshjalpen', semanticVersion: '0.1.0', version: '0.1.0', language: 'sv', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(resolve('.') + '/').href } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/**
 * A Word file's or PDF's region counts lines in the text read out of it, which no viewer shows, so
 * the quoted context goes along as the region's snippet and the place as properties.
 */
function snippet(place: Place | undefined): { snippet?: { text: string } } {
  return place ? { snippet: { text: place.context } } : {}
}

function placeProperties(place: Place | undefined): Record<string, unknown> {
  if (!place) return {}
  return { paragraph: place.paragraph, ...(place.page !== undefined ? { page: place.page } : {}), ...(place.heading ? { heading: place.heading } : {}), context: place.context }
}
