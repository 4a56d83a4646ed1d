/**
 * The Node half of `npm run bench`: builds the synthetic workspace file, and times the pure rules on it
 * (parse and validation of a backup, the audit chain, the register filter, the checks, the register report).
 * Bundled by scripts/bench.mjs with Vite (SSR build) so it can import the TypeScript sources.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { verifyAuditChain } from '../shared/audit'
import { buildWorkspaceFile, readWorkspaceFile, serialiseWorkspaceFile, type WorkspaceData } from '../shared/backup'
import * as checks from '../shared/checks'
import { activityCompleteness, type ProcessingActivity } from '../shared/register'
import * as reports from '../shared/reports'
import { filterActivities, type RegisterFilters } from '../renderer/features/register/register-filter'
import { BENCH_SIZES, seeded, syntheticWorkspace, VOCABULARY } from './synthetic'

// The main process's PDF service, run by the bench with Playwright pages standing in for Electron's windows.
export { renderPdf } from '../electron/main/services/pdf'

/** One measured figure; `value` in `unit`, optionally next to a baseline measured in the same run. */
export interface Figure {
  key: string
  label: string
  value: number | null
  unit: 'ms' | 'MB' | 'KB' | 'nodes' | 'ratio' | 'entries/s'
  baseline?: { label: string; value: number }
  ratio?: number
  target?: string
  met?: boolean | null
  note?: string
}

export const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? 0
}
const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now()
  const out = work()
  return [out, performance.now() - t0]
}
const round = (x: number) => Math.round(x * 10) / 10

/** The 20 register searches the UI benchmark types too. */
export function searchQueries(): string[] {
  const random = seeded(7)
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!
  return Array.from({ length: 20 }, (_, i) => (i % 3 === 2 ? `${pick()} ${pick()}` : pick()))
}

/** Writes the synthetic workspace as a backup file; returns where and how big. */
export function generate(dir: string): { path: string; bytes: number; ms: number; counts: Record<string, number> } {
  mkdirSync(dir, { recursive: true })
  const t0 = performance.now()
  const data = syntheticWorkspace()
  const text = serialiseWorkspaceFile(buildWorkspaceFile(data, 'bench', new Date('2026-11-27T10:00:00.000Z')))
  const path = join(dir, 'workspace-10k.json')
  writeFileSync(path, text)
  const counts = { ...BENCH_SIZES }
  return { path, bytes: Buffer.byteLength(text), ms: performance.now() - t0, counts }
}

function filterFigure(data: WorkspaceData): Figure[] {
  const [rows, buildMs] = time(() =>
    (data.activities as ProcessingActivity[]).map((a) => ({
      activity: a,
      completeness: activityCompleteness(a),
      legalBases: [...new Set(a.purposes.map((p) => p.legalBasis))],
      // The same text the register store searches (renderer/features/register/activities.store.ts).
      haystack: [
        a.name,
        a.description,
        a.department,
        a.owner,
        ...a.purposes.map((p) => p.description),
        ...a.dataSubjectCategories,
        ...a.personalDataCategories,
        ...a.systems,
      ]
        .join('\n')
        .toLocaleLowerCase('sv'),
    })),
  )
  const none: RegisterFilters = { text: '', status: [], legalBasis: [], department: [], role: [] }
  const times = searchQueries().map((q) => time(() => filterActivities(rows, { ...none, text: q }))[1])
  return [
    { key: 'node.rows', label: 'Register rows with completeness, 10k (Node)', value: round(buildMs), unit: 'ms' },
    { key: 'node.filter', label: 'Register filter p95, pure (Node)', value: round(p95(times)), unit: 'ms' },
  ]
}

function checksFigure(data: WorkspaceData): Figure {
  const run = (checks as Record<string, unknown>).runChecks
  if (typeof run !== 'function')
    return {
      key: 'node.checks',
      label: 'All checks (Node)',
      value: null,
      unit: 'ms',
      note: 'shared/checks has no runChecks',
    }
  const now = new Date('2026-11-27T10:00:00.000Z')
  const call = () => (run as (d: WorkspaceData, c: object) => unknown[])(data, { today: '2026-11-27', now })
  call()
  const times = [0, 1, 2].map(() => time(call)[1])
  const findings = call().length
  return {
    key: 'node.checks',
    label: 'All checks, 10k workspace (Node)',
    value: round(Math.min(...times)),
    unit: 'ms',
    target: '< 200 ms',
    met: Math.min(...times) < 200,
    note: `${findings} findings`,
  }
}

function reportFigure(data: WorkspaceData): Figure {
  const r = reports as Record<string, unknown>
  if (typeof r.buildRegisterReport !== 'function' || typeof r.buildReportMeta !== 'function') {
    return { key: 'node.report', label: 'Register report model (Node)', value: null, unit: 'ms', note: 'not built' }
  }
  const meta = (r.buildReportMeta as (d: WorkspaceData, c: object) => object)(data, {
    now: new Date('2026-11-27T10:00:00.000Z'),
    appVersion: 'bench',
    lang: 'sv',
  })
  const [, ms] = time(() => (r.buildRegisterReport as (d: WorkspaceData, m: object) => unknown)(data, meta))
  return { key: 'node.report', label: 'Register report model, 10k (Node)', value: round(ms), unit: 'ms' }
}

/** Times the pure rules on the file's text. */
export function nodeFigures(text: string): Figure[] {
  const [, parseMs] = time(() => JSON.parse(text) as unknown)
  const [file, readMs] = time(() => readWorkspaceFile(text))
  if (!file.ok) throw new Error(`[bench] the synthetic file does not read back: ${file.error.message}`)
  const data = file.value.data
  const [verdict, chainMs] = time(() => verifyAuditChain(data.auditLog))
  if (!verdict.ok) throw new Error('[bench] the synthetic audit chain does not verify')
  const figures: Figure[] = [
    { key: 'node.parse', label: 'JSON.parse of the backup (Node)', value: round(parseMs), unit: 'ms' },
    {
      key: 'node.read',
      label: 'Read backup: parse, zod, hash, chain (Node)',
      value: round(readMs),
      unit: 'ms',
      note: `JSON.parse is ${Math.round((parseMs / readMs) * 100)} % of it`,
    },
    {
      key: 'node.chain',
      label: `Verify audit chain, ${data.auditLog.length} entries (Node)`,
      value: round(chainMs),
      unit: 'ms',
      target: '< 5000 ms',
      met: chainMs < 5000,
    },
  ]
  return [...figures, ...filterFigure(data), checksFigure(data), reportFigure(data)]
}
