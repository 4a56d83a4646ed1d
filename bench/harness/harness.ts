/**
 * The browser half of `npm run bench`: the app's own modules (repositories, backup service, audit verification,
 * reports), bundled into a page on the same origin as the app, so they work on the same IndexedDB. Each
 * function is called by scripts/bench.mjs through `page.evaluate` and returns milliseconds measured in the page.
 * Optional features are loaded through import.meta.glob, so the harness builds whether they exist yet or not.
 */
import { verifyAuditChain } from '@shared/audit'
import { COLLECTION_NAMES, readWorkspaceFile, WorkspaceFileSchema, type WorkspaceData } from '@shared/backup'
import { canonicalJson, sha256Hex } from '@shared/kernel'
import type { ProcessingActivity } from '@shared/register'
import { verifyAuditInWorker, verifyStoredAudit } from '@/db/audit-verify'
import { db, openDatabase, type DpoDatabase } from '@/db/database'
import { importWorkspaceText, workspaceFileText, workspaceFileTextOffThread } from '@/features/backup/backup.service'
import { activitiesRepository, activityFields } from '@/features/register/activities.repository'
import { workspaceRepository } from '@/features/workspace/workspace.repository'

type Module = Record<string, unknown>
const optional = import.meta.glob<Module>([
  '../../shared/checks/index.ts',
  '../../shared/reports/index.ts',
  '../../renderer/features/reports/services/exports.service.ts',
  '../../renderer/features/reports/services/report-source.ts',
  '../../renderer/features/reports/services/report-html.ts',
])
async function load(path: string): Promise<Module | null> {
  const loader = optional[`../../${path}`]
  return loader ? loader() : null
}
const fn = <F>(m: Module | null, name: string): F | null => (typeof m?.[name] === 'function' ? (m[name] as F) : null)

const now = () => performance.now()
const fetchText = async (url: string) => (await fetch(url)).text()

/** Imports the backup through the app's path, after timing the parts of its validation one by one. */
async function importBackup(url: string) {
  const text = await fetchText(url)
  let t0 = now()
  const raw = JSON.parse(text) as { data: unknown }
  const parseMs = now() - t0
  t0 = now()
  const parsed = WorkspaceFileSchema.safeParse(raw)
  const zodMs = now() - t0
  t0 = now()
  sha256Hex(canonicalJson(raw.data))
  const hashMs = now() - t0
  t0 = now()
  if (parsed.success) verifyAuditChain(parsed.data.data.auditLog)
  const chainMs = now() - t0
  t0 = now()
  const read = readWorkspaceFile(text)
  const readMs = now() - t0
  if (!read.ok) throw new Error(read.error.message)
  t0 = now()
  const result = await importWorkspaceText(text, 'replace', 'Bench', 'workspace-10k.json')
  const importMs = now() - t0
  if (!result.ok) throw new Error(result.error.message)
  return { importMs, readMs, parseMs, zodMs, hashMs, chainMs, bytes: text.length }
}

/** Raw Dexie bulkPut of the same rows into a scratch database with the same schema, in one transaction. */
async function bulkPutBaseline(url: string) {
  const data = (JSON.parse(await fetchText(url)) as { data: WorkspaceData }).data
  const scratch = openDatabase('bench-baseline-' + Date.now())
  await scratch.open()
  const t0 = now()
  await scratch.transaction('rw', scratch.tables, async () => {
    for (const name of COLLECTION_NAMES) {
      const rows = data[name] as unknown[]
      if (rows.length) await scratch.table(name).bulkPut(rows)
    }
    await scratch.audit.bulkPut(data.auditLog)
  })
  const ms = now() - t0
  await scratch.delete()
  return { ms }
}

/** Saves `n` activities one by one through the audited repository; baseline: one strict put each. */
async function saves(n: number) {
  const rows = await db().activities.limit(n).toArray()
  const times: number[] = []
  for (const [i, a] of rows.entries()) {
    const t0 = now()
    await activitiesRepository.update(a.id, { ...activityFields(a), notes: `Bench ${i}` }, a.revision, 'Bench')
    times.push(now() - t0)
  }
  const scratch: DpoDatabase = openDatabase('bench-put-' + Date.now())
  await scratch.open()
  const baseline: number[] = []
  for (const a of rows as ProcessingActivity[]) {
    const t0 = now()
    await scratch.transaction('rw', scratch.activities, () => scratch.activities.put(a))
    baseline.push(now() - t0)
  }
  await scratch.delete()
  return { times, baseline }
}

/** Where a save's time goes: the audit head lookup, the record read, the whole audited update. */
async function saveParts() {
  const [a] = await db().activities.limit(1).toArray()
  let t0 = now()
  await db().audit.orderBy('seq').last()
  const headMs = now() - t0
  t0 = now()
  await db().activities.get(a!.id)
  const getMs = now() - t0
  t0 = now()
  await db().transaction('rw', db().activities, db().audit, async () => {
    await db().audit.orderBy('seq').last()
  })
  const txHeadMs = now() - t0
  return { headMs, getMs, txHeadMs }
}

async function verifyAudit() {
  let t0 = now()
  const inWorker = await verifyAuditInWorker(() => verifyStoredAudit(db()))
  const workerMs = now() - t0
  t0 = now()
  const onMain = await verifyStoredAudit(db())
  const mainMs = now() - t0
  return { workerMs, mainMs, count: onMain.ok ? onMain.count : -1, ok: inWorker.ok && onMain.ok }
}

/** Runs `work` while a 10 ms timer watches the main thread; returns its time and the longest stall. */
async function withStall<T>(work: () => Promise<T>): Promise<{ ms: number; stallMs: number; value: T }> {
  let last = now()
  let worst = 0
  const timer = setInterval(() => {
    const t = now()
    worst = Math.max(worst, t - last - 10)
    last = t
  }, 10)
  const t0 = now()
  const value = await work()
  const ms = now() - t0
  clearInterval(timer)
  return { ms, stallMs: Math.max(worst, 0), value }
}

/** The automatic backup's text, built on the main thread and in the worker the app now uses. */
async function autoBackup() {
  const main = await withStall(workspaceFileText)
  const worker = await withStall(workspaceFileTextOffThread)
  return {
    mainMs: main.ms,
    mainStallMs: main.stallMs,
    workerMs: worker.ms,
    workerStallMs: worker.stallMs,
    bytes: worker.value.length,
  }
}

async function snapshotAndChecks() {
  let t0 = now()
  const snapshot = await workspaceRepository.snapshot()
  const snapshotMs = now() - t0
  const run = fn<(d: WorkspaceData, c: object) => unknown[]>(await load('shared/checks/index.ts'), 'runChecks')
  if (!run) return { snapshotMs, checksMs: null, findings: null }
  const context = { today: new Date().toISOString().slice(0, 10), now: new Date() }
  run(snapshot, context)
  t0 = now()
  const findings = run(snapshot, context).length
  return { snapshotMs, checksMs: now() - t0, findings }
}

async function xlsx() {
  const source = await load('renderer/features/reports/services/report-source.ts')
  const exports = await load('renderer/features/reports/services/exports.service.ts')
  const loadSource = fn<(lang: string) => Promise<unknown>>(source, 'loadReportSource')
  const workbook = fn<(s: unknown, m: string[]) => Promise<Uint8Array>>(exports, 'workbookBytes')
  if (!loadSource || !workbook) return null
  const t0 = now()
  const bytes = await workbook(await loadSource('sv'), ['activities'])
  return { ms: now() - t0, bytes: bytes.byteLength }
}

/**
 * The register PDF up to the bytes the renderer hands to `pdf:print`, along the app's own path (the reports store's
 * `printPdf`: a fresh snapshot sealed with its content hash, the report model, the print HTML in parts), timed
 * step by step. The HTML goes to the bench server; Node then prints it with the main process's PDF service.
 */
async function registerReportHtml() {
  const source = await load('renderer/features/reports/services/report-source.ts')
  const loadSource = fn<(lang: string) => Promise<{ data: WorkspaceData; meta: unknown }>>(source, 'loadReportSource')
  const build = fn<
    (kind: string, d: WorkspaceData, m: unknown) => { fileName: string; headerText: string; footerText: string }
  >(await load('shared/reports/index.ts'), 'buildReport')
  const html = fn<(doc: unknown) => Promise<string>>(
    await load('renderer/features/reports/services/report-html.ts'),
    'renderReportHtml',
  )
  if (!loadSource || !build || !html) return null
  let t0 = now()
  const s = await loadSource('sv')
  const sourceMs = now() - t0
  t0 = now()
  const doc = build('register', s.data, s.meta)
  const modelMs = now() - t0
  t0 = now()
  const text = await html(doc)
  const htmlMs = now() - t0
  await fetch('/upload/register-report.html', { method: 'POST', body: text })
  return {
    sourceMs,
    modelMs,
    htmlMs,
    bytes: text.length,
    parts: text.split('<!--dpo-desk:part-->').length,
    request: { suggestedName: `${doc.fileName}.pdf`, headerText: doc.headerText, footerText: doc.footerText },
  }
}

/** Reading every activity at once, as the register store does at start (what dominates its load). */
async function toArrayActivities() {
  const t0 = now()
  const rows = await db().activities.toArray()
  return { ms: now() - t0, count: rows.length }
}

const bench = {
  saveParts,
  toArrayActivities,
  importBackup,
  bulkPutBaseline,
  saves,
  verifyAudit,
  autoBackup,
  snapshotAndChecks,
  xlsx,
  registerReportHtml,
}
declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
document.title = 'ready'
