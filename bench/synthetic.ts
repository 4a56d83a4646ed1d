/**
 * A synthetic workspace for `npm run bench` (issue 9): 10,000 activities, 2,000 vendors and agreements,
 * 1,000 breaches, 5,000 requests and 100,000 audit entries, every record valid against today's schemas.
 * Records are variations of the MyNumbers AB example (so every module's shape is real) with seeded names,
 * departments and links, so searches and checks see a varied register.
 */
import { chainAuditEntry, type AuditEntry } from '../shared/audit'
import { COLLECTIONS, emptyCollections, type CollectionName, type WorkspaceData } from '../shared/backup'
import { myNumbersWorkspace } from '../shared/example'

/** How many of each to make. */
export interface SyntheticSizes {
  activities: number
  vendors: number
  agreements: number
  breaches: number
  requests: number
  auditEntries: number
}

export const BENCH_SIZES: SyntheticSizes = {
  activities: 10_000,
  vendors: 2_000,
  agreements: 2_000,
  breaches: 1_000,
  requests: 5_000,
  auditEntries: 100_000,
}

/** Words the generated names are built from; the search benchmark queries them too. */
export const VOCABULARY = [
  'lön',
  'rekrytering',
  'kund',
  'leverantör',
  'kamera',
  'passer',
  'nyhetsbrev',
  'support',
  'faktura',
  'avtal',
  'elev',
  'patient',
  'medlem',
  'besök',
  'enkät',
  'utbildning',
  'friskvård',
  'larm',
  'inköp',
  'arkiv',
  'visselblåsning',
  'incident',
  'behörighet',
  'loggning',
  'webbanalys',
  'cookies',
  'marknad',
  'event',
  'pension',
  'sjukfrånvaro',
]
const DEPARTMENTS = ['HR', 'Ekonomi', 'IT', 'Marknad', 'Kundtjänst', 'Juridik', 'Inköp', 'Ledning', 'Produkt', 'Drift']

/** mulberry32: a small seeded generator, so every run builds the same workspace. */
export function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A valid v4-shaped uuid from a collection number and a counter. */
const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-${(n >>> 16).toString(16).padStart(4, '0')}-4${(n & 0xfff).toString(16).padStart(3, '0')}-8000-${n.toString(16).padStart(12, '0')}`

type AnyRecord = Record<string, unknown>

interface Context {
  random: () => number
  pick: <T>(list: readonly T[]) => T
  activityIds: string[]
  vendorIds: string[]
}

/** Replaces the links of a template with links to generated records. */
function relink(record: AnyRecord, ctx: Context): AnyRecord {
  const out = { ...record }
  if (Array.isArray(out.activityIds)) out.activityIds = [ctx.pick(ctx.activityIds), ctx.pick(ctx.activityIds)]
  if (typeof out.activityId === 'string') out.activityId = ctx.pick(ctx.activityIds)
  if (typeof out.vendorId === 'string') out.vendorId = ctx.pick(ctx.vendorIds)
  return out
}

function variants<K extends CollectionName>(
  name: K,
  templates: readonly AnyRecord[],
  count: number,
  kind: number,
  ctx: Context,
  vary: (record: AnyRecord, i: number) => AnyRecord,
): AnyRecord[] {
  if (templates.length === 0) throw new Error(`[bench] the example has no ${name} to vary`)
  const out: AnyRecord[] = []
  for (let i = 0; i < count; i++) {
    const template = structuredClone(templates[i % templates.length]!)
    const record = vary(relink({ ...template, id: uuid(kind, i + 1) }, ctx), i)
    out.push(COLLECTIONS[name].schema.parse(record) as AnyRecord)
  }
  return out
}

function activityVariant(ctx: Context) {
  return (a: AnyRecord, i: number): AnyRecord => {
    const words = [ctx.pick(VOCABULARY), ctx.pick(VOCABULARY), ctx.pick(VOCABULARY)]
    const day = String(1 + (i % 28)).padStart(2, '0')
    return {
      ...a,
      name: `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)} ${words[1]} och ${words[2]} ${i + 1}`,
      department: ctx.pick(DEPARTMENTS),
      status: ctx.random() < 0.8 ? 'active' : ctx.random() < 0.5 ? 'draft' : 'retired',
      updatedAt: `2026-0${1 + (i % 9)}-${day}T08:00:00.000Z`,
    }
  }
}

/** A chained log: one create per record, then updates of their notes up to `total` entries. */
function auditLog(records: [CollectionName, AnyRecord][], total: number, ctx: Context): AuditEntry[] {
  const log: AuditEntry[] = []
  const start = Date.parse('2025-01-01T00:00:00.000Z')
  for (let i = 0; i < total; i++) {
    const [entity, record] = records[i < records.length ? i : Math.floor(ctx.random() * records.length)]!
    const label = String(record.name ?? record.title ?? record.reference ?? record.id).slice(0, 500)
    const changes =
      i < records.length ? [] : [{ field: 'notes', before: `Anteckning ${i - 1}`, after: `Anteckning ${i}` }]
    const draft = {
      at: new Date(start + i * 60_000).toISOString(),
      actor: ctx.pick(['Åsa Öberg', 'Erik Lind', 'DPO']),
      entity,
      entityId: String(record.id),
      label,
      op: i < records.length ? ('create' as const) : ('update' as const),
      changes,
    }
    log.push(chainAuditEntry(draft, log[log.length - 1]))
  }
  return log
}

/** Builds the whole synthetic workspace; deterministic for a given seed. */
export function syntheticWorkspace(sizes: SyntheticSizes = BENCH_SIZES, seed = 42): WorkspaceData {
  const random = seeded(seed)
  const example = myNumbersWorkspace(new Date('2026-11-27T10:00:00.000Z'))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const ctx: Context = {
    random,
    pick,
    activityIds: Array.from({ length: sizes.activities }, (_, i) => uuid(1, i + 1)),
    vendorIds: Array.from({ length: sizes.vendors }, (_, i) => uuid(2, i + 1)),
  }
  const c = example.collections as Partial<Record<CollectionName, AnyRecord[]>>
  const activities = variants('activities', c.activities ?? [], sizes.activities, 1, ctx, activityVariant(ctx))
  const vendors = variants('vendors', c.vendors ?? [], sizes.vendors, 2, ctx, (v, i) => ({
    ...v,
    name: `${v.name as string} ${i + 1}`,
  }))
  const agreements = variants('agreements', c.agreements ?? [], sizes.agreements, 3, ctx, (a, i) => ({
    ...a,
    vendorId: ctx.vendorIds[i % ctx.vendorIds.length],
  }))
  const breaches = variants('breaches', c.breaches ?? [], sizes.breaches, 4, ctx, (b, i) => ({
    ...b,
    title: `${b.title as string} ${i + 1}`,
  }))
  const requests = variants('requests', c.requests ?? [], sizes.requests, 5, ctx, (r, i) => ({
    ...r,
    reference: `DSR-${String(i + 1).padStart(5, '0')}`,
  }))
  const all: [CollectionName, AnyRecord[]][] = [
    ['activities', activities],
    ['vendors', vendors],
    ['agreements', agreements],
    ['breaches', breaches],
    ['requests', requests],
  ]
  const records = all.flatMap(([name, rows]) => rows.map((r) => [name, r] as [CollectionName, AnyRecord]))
  return {
    ...emptyCollections(),
    organisation: example.organisation,
    activities,
    vendors,
    agreements,
    breaches,
    requests,
    auditLog: auditLog(records, sizes.auditEntries, ctx),
  } as unknown as WorkspaceData
}
