import { describe, expect, it } from 'vitest'
import { composeNotice } from './notice.document'
import type { NoticeFinding } from './notice-finding'
import { completeSources, NOTICE_IDS } from './notice.fixtures'
import { buildNoticeModel } from './notice.model'
import { recordRef } from './record-ref'
import { relatedSections } from './related-sections'

const doc = composeNotice(buildNoticeModel(completeSources()), 'sv')
const finding = (code: string, records: NoticeFinding['records'] = []) => ({ code, records }) as NoticeFinding

describe('relatedSections', () => {
  it('maps element findings to their own section', () => {
    expect(relatedSections(doc, finding('notice/outdated-authority'))).toEqual(['complaint'])
    expect(relatedSections(doc, finding('notice/element-dpo-contact'))).toEqual(['dpo'])
    expect(relatedSections(doc, finding('notice/transfer-consent-by-account'))).toEqual(['transfers'])
  })
  it('maps a finding about activities to those activities’ purposes, not to every section naming them', () => {
    const f = finding('notice/retention-not-in-text', [recordRef('activity', NOTICE_IDS.newsletter, 'Nyhetsbrev')])
    expect(relatedSections(doc, f)).toEqual([`purpose-${NOTICE_IDS.newsletterPurpose}`])
  })
  it('maps a missing annex to the details per purpose, and drops sections the notice lacks', () => {
    expect(relatedSections(doc, finding('notice/annex-missing'))).toHaveLength(4)
    const noTransfers = composeNotice(
      buildNoticeModel(completeSources((s) => ((s.transfers = []), (s.activities[0]!.thirdCountryTransfers = false)))),
      'sv',
    )
    expect(relatedSections(noTransfers, finding('notice/transfer-not-in-register'))).toEqual([])
  })
})
