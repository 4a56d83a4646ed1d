/**
 * The inspection pack (tillsynspaket): one zip with the register as PDF and XLSX, the LIAs, the agreement reviews,
 * the breach and request logs and the transfer inventory, plus `manifest.json` with each file's SHA-256, the
 * workspace content hash and audit head, and the time. Verifying a pack recomputes the hashes and names every file
 * that does not match, and checks the audit head against this workspace's own log.
 *
 * PDFs need a renderer that returns bytes. The bridge's `pdf:print` saves through a dialog instead, so until a
 * `pdf:render` channel exists (see the report of issue 8) the pack holds the reports as self-contained HTML, and
 * the manifest says so.
 */
import { zipSync } from 'fflate'
import {
  checkPackFiles,
  EXPORT_MODULES,
  MANIFEST_NAME,
  packFileEntry,
  PACK_FORMAT,
  readPackManifest,
  type PackCheck,
  type PackFile,
  type PackManifest,
} from '@shared/exports'
import { fileSlug, pick, REPORT_CATALOGUE, type Bilingual, type ReportDocument } from '@shared/reports'
import { safeUnzip } from '../import/zip-guard'
import { renderReportHtml } from './report-html'
import type { ReportSource } from './report-source'
import { workbookBytes } from './exports.service'

/** Turns a report's HTML into PDF bytes; null where no such renderer exists. */
export type PdfRenderer = (doc: ReportDocument, html: string) => Promise<Uint8Array>

/** Largest pack that is opened for verification. */
export const MAX_PACK_UNPACKED = 200 * 1024 * 1024

const NOTES: Record<'pdf' | 'html', Bilingual> = {
  pdf: { sv: 'Rapporterna är PDF-filer.', en: 'The reports are PDF files.' },
  html: {
    sv: 'PDF kunde inte skapas här; rapporterna ingår som fristående HTML-filer med samma innehåll. Öppna dem i en webbläsare och skriv ut till PDF vid behov.',
    en: 'PDF could not be produced here; the reports are included as self-contained HTML files with the same content. Open them in a browser and print to PDF if needed.',
  },
}

const WORKBOOK_TITLE: Bilingual = {
  sv: 'Registerförteckning och övriga moduler (XLSX)',
  en: 'Register and other modules (XLSX)',
}

/** The pack's files: each report (PDF or HTML), with the workbook right after the register. */
async function packFiles(source: ReportSource, renderPdf: PdfRenderer | null) {
  const { lang } = source.meta
  const files: { name: string; title: string; bytes: Uint8Array }[] = []
  const number = () => String(files.length + 1).padStart(2, '0')
  for (const entry of REPORT_CATALOGUE.filter((r) => r.inPack)) {
    const doc = entry.build(source.data, source.meta)
    const html = await renderReportHtml(doc)
    const bytes = renderPdf ? await renderPdf(doc, html) : new TextEncoder().encode(html)
    files.push({ name: `${number()}-${fileSlug(doc.title)}.${renderPdf ? 'pdf' : 'html'}`, title: doc.title, bytes })
    if (entry.kind === 'register') {
      const title = pick(WORKBOOK_TITLE, lang)
      files.push({
        name: `${number()}-${fileSlug(doc.title)}.xlsx`,
        title,
        bytes: await workbookBytes(source, EXPORT_MODULES),
      })
    }
  }
  return files
}

function manifestOf(source: ReportSource, entries: PackFile[], format: 'pdf' | 'html'): PackManifest {
  const { meta } = source
  return {
    format: PACK_FORMAT,
    version: 1,
    createdAt: meta.generatedAt,
    appVersion: meta.appVersion,
    language: meta.lang,
    organisation: { name: meta.organisation.name, orgNumber: meta.organisation.orgNumber },
    workspace: { contentHash: meta.contentHash, auditCount: meta.auditCount, auditHeadHash: meta.auditHeadHash },
    reports: { format, note: pick(NOTES[format], meta.lang) },
    files: entries,
  }
}

/** A built pack: the zip, its suggested file name and its manifest. */
export interface InspectionPack {
  fileName: string
  zip: Uint8Array
  manifest: PackManifest
}

/** Builds the whole pack from one snapshot. */
export async function buildInspectionPack(
  source: ReportSource,
  renderPdf: PdfRenderer | null,
): Promise<InspectionPack> {
  const files = await packFiles(source, renderPdf)
  const manifest = manifestOf(
    source,
    files.map((f) => packFileEntry(f.name, f.title, f.bytes)),
    renderPdf ? 'pdf' : 'html',
  )
  const mtime = new Date(source.meta.generatedAt)
  const zipped = Object.fromEntries(files.map((f) => [f.name, [f.bytes, { mtime }] as const]))
  const zip = zipSync({
    ...zipped,
    [MANIFEST_NAME]: [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { mtime }],
  })
  const slug = fileSlug(
    `${source.meta.lang === 'sv' ? 'tillsynspaket' : 'inspection-pack'}-${source.meta.organisation.name}-${manifest.createdAt.slice(0, 10)}`,
  )
  return { fileName: `${slug}.zip`, zip, manifest }
}

/** Why a pack could not be checked at all. */
export type PackProblem = 'zip_unreadable' | 'unpacked_too_large' | 'no_manifest'

/** The result of verifying a pack. */
export type PackVerification =
  { ok: false; problem: PackProblem } | (PackCheck & { manifest: PackManifest; auditHeadKnown: boolean | null })

/**
 * Verifies a pack's files against its manifest. `auditHashAt` returns this workspace's audit hash at a sequence
 * number, so the pack's audit head can be recognised as part of this log (null: the pack has no head).
 */
export async function verifyInspectionPack(
  bytes: Uint8Array,
  auditHashAt: (seq: number) => Promise<string | null>,
): Promise<PackVerification> {
  const unzipped = safeUnzip(bytes, MAX_PACK_UNPACKED)
  if (!unzipped.ok) return { ok: false, problem: unzipped.problem.code }
  const raw = unzipped.files[MANIFEST_NAME]
  const manifest = raw ? readPackManifest(raw) : null
  if (!manifest) return { ok: false, problem: 'no_manifest' }
  const check = checkPackFiles(manifest, unzipped.files)
  const { auditCount, auditHeadHash } = manifest.workspace
  const auditHeadKnown = auditHeadHash === null ? null : (await auditHashAt(auditCount)) === auditHeadHash
  return { ...check, manifest, auditHeadKnown }
}
