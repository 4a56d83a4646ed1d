/**
 * Deciding, before the database is opened, whether it may be: a suddenly empty or smaller database is an
 * alarm, not a first run, and a database written by a newer DPO Desk must not be opened by this one
 * (safety-and-speed.md §2: electron#41877 full-disk reset, #24882 downgrades, Chromium's total data loss).
 * Pure: it compares what the raw probe found with the marker kept outside IndexedDB.
 */
import type { WorkspaceMarker } from '@shared/ipc'
import type { DatabaseProbe } from '@/db/probe'

/** What the start-up check concluded. */
export type OpeningVerdict =
  /** Nothing was ever here: the first-run choice follows. */
  | { kind: 'first-run' }
  | { kind: 'ok' }
  /** An older schema: a pre-migration backup is written, then Dexie upgrades. */
  | { kind: 'upgrade'; from: number; to: number }
  /** Written by a newer app: refused; read-only export offered. */
  | { kind: 'newer'; found: number; supported: number }
  /** Gone or empty although the marker or backups show there was a workspace. */
  | { kind: 'missing'; expected: MarkerSummary | null }
  /** Fewer records or audit entries than the last save left. */
  | { kind: 'shrunk'; expected: MarkerSummary; found: MarkerSummary; tables: string[] }

/** The comparable part of a marker or a probe. */
export interface MarkerSummary {
  counts: Record<string, number>
  auditCount: number
}

const total = (counts: Record<string, number>, names: readonly string[]) =>
  names.reduce((sum, n) => sum + (counts[n] ?? 0), 0)

/** Tables the marker counts that now hold fewer rows. */
function shrunkTables(marker: WorkspaceMarker, probe: DatabaseProbe): string[] {
  return Object.entries(marker.counts)
    .filter(([name, n]) => (probe.counts[name] ?? 0) < n)
    .map(([name]) => name)
}

/**
 * The audit log only grows (a restore replaces it, and writes the marker at once). So fewer entries than the
 * marker means lost data; the same number of entries with fewer records means records vanished without an
 * audited delete. More entries than the marker: saves happened after it (a crash inside the marker's debounce),
 * and record counts may legitimately be lower (a delete), so only the log is compared.
 */
function lostSinceMarker(marker: WorkspaceMarker, probe: DatabaseProbe): string[] | null {
  if (probe.auditCount < marker.auditCount) return ['audit', ...shrunkTables(marker, probe)]
  if (probe.auditCount > marker.auditCount) return null
  const tables = shrunkTables(marker, probe)
  if (marker.auditHeadHash !== null && probe.auditHeadHash !== marker.auditHeadHash) tables.unshift('audit')
  return tables.length ? tables : null
}

/** Judges a probe of the database against the marker and the number of automatic backups. */
export function judgeOpening(
  probe: DatabaseProbe,
  marker: WorkspaceMarker | null,
  backupCount: number,
  latestVersion: number,
  collections: readonly string[],
): OpeningVerdict {
  if (probe.exists && probe.version > latestVersion) {
    return { kind: 'newer', found: probe.version, supported: latestVersion }
  }
  const summary = (m: MarkerSummary): MarkerSummary => ({ counts: m.counts, auditCount: m.auditCount })
  const empty = !probe.exists || (probe.auditCount === 0 && total(probe.counts, collections) === 0)
  if (empty) {
    const hadData = marker !== null && (marker.auditCount > 0 || total(marker.counts, collections) > 0)
    if (hadData || backupCount > 0) return { kind: 'missing', expected: marker && summary(marker) }
    return probe.exists && probe.version < latestVersion && probe.version > 0
      ? { kind: 'upgrade', from: probe.version, to: latestVersion }
      : { kind: probe.started ? 'ok' : 'first-run' }
  }
  const lost = marker ? lostSinceMarker(marker, probe) : null
  if (marker && lost) {
    return { kind: 'shrunk', expected: summary(marker), found: summary(probe), tables: lost }
  }
  if (probe.version < latestVersion) return { kind: 'upgrade', from: probe.version, to: latestVersion }
  return { kind: 'ok' }
}

/** Whether the verdict lets the database open without the user deciding first. */
export function opensWithoutAsking(verdict: OpeningVerdict): boolean {
  return verdict.kind === 'ok' || verdict.kind === 'first-run' || verdict.kind === 'upgrade'
}
