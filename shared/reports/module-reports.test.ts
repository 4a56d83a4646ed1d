import { describe, expect, it } from 'vitest'
import { runChecks } from '../checks'
import { emptyBreachFields, type Breach } from '../breaches'
import { stampNew } from '../kernel'
import { CLAUSE_CATALOGUE } from '../processors'
import { newRequestFields, type DataSubjectRequest } from '../requests'
import { buildAgreementReviewsReport } from './agreement-reviews.report'
import { buildBreachLogReport } from './breach-log.report'
import { buildReport, REPORT_CATALOGUE } from './catalogue'
import { buildFindingsReport } from './findings.report'
import { exampleSnapshot } from './fixtures'
import { buildLiaReport } from './lia.report'
import { buildReportMeta } from './report-common'
import type { FieldRow, ReportBlock, ReportDocument, ReportSection } from './report.types'
import { buildRequestLogReport, deadlineOutcome } from './request-log.report'
import { buildTransfersReport } from './transfers.report'

const NOW = new Date('2026-03-05T09:00:00.000Z')
const meta = (data: ReturnType<typeof exampleSnapshot>, now = NOW, lang: 'sv' | 'en' = 'sv') =>
  buildReportMeta(data, { now, appVersion: '0.1.0', lang })

const rowsOf = (blocks: ReportBlock[]): FieldRow[] => blocks.flatMap((b) => (b.type === 'fields' ? b.rows : []))
const row = (s: ReportSection, label: string) => rowsOf(s.blocks).find((r) => r.label.startsWith(label))
const tables = (blocks: ReportBlock[]) => blocks.flatMap((b) => (b.type === 'table' ? [b] : []))
/** Every text of a document, for "does it say this anywhere" checks. */
const allText = (doc: ReportDocument): string => JSON.stringify(doc)

describe('every report of the catalogue', () => {
  it('builds from the example in both languages, with header and footer within what the PDF bridge accepts', () => {
    const data = exampleSnapshot(NOW)
    for (const lang of ['sv', 'en'] as const) {
      for (const entry of REPORT_CATALOGUE) {
        const doc = buildReport(entry.kind, data, meta(data, NOW, lang))!
        expect(doc.title).toBe(entry.title[lang])
        expect(doc.headerText.length).toBeLessThanOrEqual(300)
        expect(doc.footerText.length).toBeLessThanOrEqual(300)
        expect(doc.fileName).toMatch(/^[a-z0-9-]+$/)
        expect(doc.sections[0]?.id).toBe('organisation')
      }
    }
    expect(buildReport('activity', data, meta(data))).toBeNull()
  })
})

function breach(fields: Partial<Breach>): Breach {
  return { ...stampNew(emptyBreachFields('x'), NOW), ...fields }
}

describe('the breach log (Art 33(5))', () => {
  it('says when nothing has been recorded', () => {
    const data = { ...exampleSnapshot(NOW), breaches: [] }
    const doc = buildBreachLogReport(data, meta(data))
    expect(tables(doc.sections[1]!.blocks)[0]?.emptyText).toBe('Inga personuppgiftsincidenter har registrerats.')
  })

  it('reports a notification made after 72 hours, and asks for the reasons of the delay (Art 33(1))', () => {
    const late = breach({
      title: 'Förlorad dator',
      awareAt: '2026-03-01T08:00:00.000Z',
      imy: { ...emptyBreachFields('x').imy, decision: 'notify', notifiedAt: '2026-03-04T10:00:00.000Z' },
    })
    const overdue = breach({ title: 'Felskickat brev', awareAt: '2026-03-01T08:00:00.000Z' })
    const data = { ...exampleSnapshot(NOW), breaches: [overdue, late] }
    const doc = buildBreachLogReport(data, meta(data))
    const [first, second] = doc.sections[2]!.subsections
    expect(first?.heading).toBe('Felskickat brev')
    expect(row(first!, 'Anmälan till IMY')?.value[0]).toBe('Ej bedömt – 72 timmar har passerat utan anmälan')
    expect(row(second!, 'Anmälan till IMY')?.value[0]).toBe(
      'Anmäls till IMY: 2026-03-04 11:00 (Anmäld efter 72 timmar)',
    )
    expect(row(second!, 'Senast anmälan')?.value).toEqual(['2026-03-04 09:00'])
    expect(row(second!, 'Skäl till förseningen')).toMatchObject({ value: [], missing: true })
  })
})

function request(receivedAt: string, fields: Partial<DataSubjectRequest> = {}): DataSubjectRequest {
  return { ...stampNew(newRequestFields('access', receivedAt, 'electronic'), NOW), ...fields }
}

describe('the request log (Art 12(3), 1182/71)', () => {
  // domain-reference §6.3: received Tue 10 Mar 2026 → due Fri 10 Apr; Sat 31 Jan 2026 → Mon 2 Mar.
  it('tells kept, missed, open and passed deadlines apart, the due day itself still on time', () => {
    expect(
      deadlineOutcome(request('2026-03-10', { status: 'answered', respondedAt: '2026-04-10' }), '2026-05-01'),
    ).toBe('kept')
    expect(
      deadlineOutcome(request('2026-03-10', { status: 'answered', respondedAt: '2026-04-13' }), '2026-05-01'),
    ).toBe('missed')
    expect(deadlineOutcome(request('2026-01-31'), '2026-03-02')).toBe('open_on_time')
    expect(deadlineOutcome(request('2026-01-31'), '2026-03-03')).toBe('overdue')
    expect(deadlineOutcome(request('2026-01-31', { status: 'withdrawn' }), '2026-03-03')).toBe('unknown')
  })

  it('sums up the deadlines and leaves the requesters’ names out', () => {
    const requests = [
      request('2026-01-31', { reference: 'R-1', requester: 'Anna Andersson' }),
      request('2026-01-05', { reference: 'R-2', status: 'answered', respondedAt: '2026-01-20', requester: 'Bo Berg' }),
    ]
    const data = { ...exampleSnapshot(NOW), requests }
    const doc = buildRequestLogReport(data, meta(data))
    const summary = doc.sections[1]!
    expect(row(summary, 'Antal begäranden')?.value).toEqual(['2'])
    expect(row(summary, 'Besvarade inom fristen')?.value).toEqual(['1'])
    expect(row(summary, 'Pågående, fristen passerad')?.value).toEqual(['1'])
    const log = tables(doc.sections[2]!.blocks)[0]!
    expect(log.rows.map((r) => [r[0], r[3], r[6]])).toEqual([
      ['2026-01-05', '2026-02-05', 'Hållen'],
      ['2026-01-31', '2026-03-02', 'Passerad'],
    ])
    expect(allText(doc)).not.toMatch(/Anna Andersson|Bo Berg/)
  })
})

describe('the module reports of the example', () => {
  const data = exampleSnapshot(NOW)

  it('prints each agreement with its latest review clause by clause, articles in the report’s language', () => {
    const doc = buildAgreementReviewsReport(data, meta(data))
    expect(doc.sections[2]!.subsections).toHaveLength(data.agreements.length)
    const reviewed = doc.sections[2]!.subsections.find((s) => tables(s.blocks).length === 2)!
    const clauses = tables(reviewed.blocks)[1]!
    expect(clauses.rows).toHaveLength(CLAUSE_CATALOGUE.length)
    expect(clauses.rows[0]?.[1]).toBe('Art 28(3) första stycket')
    const en = buildAgreementReviewsReport(data, meta(data, NOW, 'en'))
    const enClauses = tables(en.sections[2]!.subsections.find((s) => tables(s.blocks).length === 2)!.blocks)[1]!
    expect(enClauses.rows[0]?.[1]).toBe('Art 28(3) first subparagraph')
  })

  it('prints each LIA step by step with the questionnaire’s numbers', () => {
    const doc = buildLiaReport(data, meta(data))
    const first = doc.sections[2]!.subsections[0]!
    const headings = first.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []))
    expect(headings.slice(0, 4)).toEqual([
      'Steg 1 – Berättigat intresse',
      'Steg 2 – Nödvändighet',
      'Steg 3 – Intresseavvägning',
      'Steg 4 – Invändningar och information',
    ])
    expect(tables(first.blocks)[0]?.rows[0]?.[0]).toMatch(/^0\.1 /)
  })

  it('prints each transfer with its Chapter V ground and its evidence', () => {
    const doc = buildTransfersReport(data, meta(data))
    const t = doc.sections[2]!.subsections[0]!
    expect(t.heading).toBe(data.transfers[0]!.title)
    expect(row(t, 'Grund')?.value[0]).toBe('Undantag för särskilda situationer (art. 49)')
    expect(row(t, 'Underlag för grunden')?.value[0]).toBe('Art. 49.1 a – Uttryckligt samtycke')
    expect(row(t, 'EU–US Data Privacy Framework')?.value).toEqual(['Inte kontrollerat'])
  })

  it('lists the open findings of the checks by module', () => {
    const doc = buildFindingsReport(data, meta(data))
    const open = runChecks(data, { today: '2026-03-05', now: NOW }, data.findingAcceptances)
    const listed = doc.sections[2]!.subsections.flatMap((s) => tables(s.blocks)[0]!.rows)
    expect(listed).toHaveLength(open.length)
    expect(open.length).toBeGreaterThan(0)
    expect(row(doc.sections[1]!, 'Öppna brister')?.value).toEqual([String(open.length)])
  })
})
