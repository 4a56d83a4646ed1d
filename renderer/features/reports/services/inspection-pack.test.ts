import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MANIFEST_NAME, PackManifestSchema } from '@shared/exports'
import { sha256Hex } from '@shared/kernel'
import { buildReportMeta } from '@shared/reports'
import { exampleSnapshot } from '@shared/reports/fixtures'
import { buildInspectionPack, verifyInspectionPack } from './inspection-pack'

const NOW = new Date('2026-03-05T09:00:00.000Z')

async function examplePack() {
  const data = exampleSnapshot(NOW)
  const source = { data, meta: buildReportMeta(data, { now: NOW, appVersion: '0.1.0', lang: 'sv' as const }) }
  const head = data.auditLog[0]!
  const auditHashAt = async (seq: number) => (seq === head.seq ? head.hash : null)
  return { source, pack: await buildInspectionPack(source, null), auditHashAt }
}

describe('the inspection pack', () => {
  it('holds every report, the workbook and a manifest with each SHA-256, the content hash and audit head', async () => {
    const { source, pack } = await examplePack()
    const files = unzipSync(pack.zip)
    expect(Object.keys(files).sort()).toEqual([
      '01-registerforteckning.html',
      '02-registerforteckning.xlsx',
      '03-intresseavvagningar.html',
      '04-granskning-av-personuppgiftsbitradesavtal.html',
      '05-incidentlogg.html',
      '06-logg-over-begaranden-fran-registrerade.html',
      '07-tredjelandsoverforingar.html',
      MANIFEST_NAME,
    ])
    const manifest = PackManifestSchema.parse(JSON.parse(new TextDecoder().decode(files[MANIFEST_NAME])))
    expect(manifest.workspace).toEqual({
      contentHash: source.meta.contentHash,
      auditCount: 1,
      auditHeadHash: source.data.auditLog[0]!.hash,
    })
    expect(manifest.reports.format).toBe('html')
    expect(manifest.reports.note).toMatch(/PDF kunde inte skapas/)
    for (const f of manifest.files) expect(sha256Hex(files[f.name]!)).toBe(f.sha256)
    expect(pack.fileName).toBe('tillsynspaket-mynumbers-ab-2026-03-05.zip')
  })

  it('verifies as it was built, and names a tampered, a missing and an added file', async () => {
    const { pack, auditHashAt } = await examplePack()
    const fine = await verifyInspectionPack(pack.zip, auditHashAt)
    expect(fine).toMatchObject({ ok: true, auditHeadKnown: true })

    const files = unzipSync(pack.zip)
    files['05-incidentlogg.html'] = new TextEncoder().encode('<p>Inga incidenter.</p>')
    delete files['07-tredjelandsoverforingar.html']
    files['extra.txt'] = new TextEncoder().encode('x')
    const tampered = await verifyInspectionPack(zipSync(files), auditHashAt)
    if (!('files' in tampered)) throw new Error('expected a file check')
    expect(tampered.ok).toBe(false)
    expect(tampered.files.filter((f) => f.status !== 'ok')).toEqual([
      { name: '05-incidentlogg.html', title: 'Incidentlogg', status: 'changed' },
      { name: '07-tredjelandsoverforingar.html', title: 'Tredjelandsöverföringar', status: 'missing' },
      { name: 'extra.txt', title: '', status: 'unexpected' },
    ])
  })

  it('tells a pack from another workspace and refuses a zip without a manifest', async () => {
    const { pack } = await examplePack()
    expect(await verifyInspectionPack(pack.zip, async () => null)).toMatchObject({ ok: true, auditHeadKnown: false })
    const files = unzipSync(pack.zip)
    delete files[MANIFEST_NAME]
    expect(await verifyInspectionPack(zipSync(files), async () => null)).toEqual({ ok: false, problem: 'no_manifest' })
    expect(await verifyInspectionPack(new Uint8Array([1, 2, 3]), async () => null)).toEqual({
      ok: false,
      problem: 'zip_unreadable',
    })
  })
})
