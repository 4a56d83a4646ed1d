/**
 * The dashboard's figures, derived from the checks store's workspace snapshot and findings (one read and one
 * run serve the findings view, the register list and this page). Every figure is a shared pure function; this
 * store only picks the moment: the checks' `today`, and a clock ticking each minute for breach countdowns.
 *
 * Each figure is a computed over the checks' shallowRefs, so it is worked out once per checks run (which follows
 * every save) and served from cache on every later visit; the chart series are computed only when the charts
 * are drawn, after the key figures (see DashboardView).
 */
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import {
  activitiesByLegalBasis,
  agreementsExpiring,
  breachesPerMonth,
  completenessHistory,
  countByModule,
  countBySeverity,
  openBreaches,
  registerSummary,
  requestsDue,
  requestsPerMonth,
  reviewsDue,
  transfersWithoutValidMechanism,
  startPageFindings,
} from '@shared/checks'
import { emptyCollections, type WorkspaceData } from '@shared/backup'
import { emptyOrganisation } from '@shared/organisation'
import { useChecksStore } from '@/features/checks'

/** Months shown in the month charts. */
const MONTHS = 12
/** High findings listed on the start page; the rest are one click away. */
const TOP_FINDINGS = 12

const emptyWorkspace = (): WorkspaceData => ({ ...emptyCollections(), organisation: emptyOrganisation(), auditLog: [] })

export const useDashboardStore = defineStore('dashboard', () => {
  const checks = useChecksStore()
  const now = shallowRef(new Date())
  let ticker: ReturnType<typeof setInterval> | undefined

  /** False until the first checks run is in: the figures would otherwise read as an empty workspace. */
  const ready = computed(() => checks.loaded)
  const data = computed(() => checks.snapshot ?? emptyWorkspace())
  const today = computed(() => checks.context.today)
  const open = computed(() => checks.run.open)

  const register = computed(() => registerSummary(data.value.activities))
  const findingsBySeverity = computed(() => countBySeverity(open.value))
  const findingsByModule = computed(() => countByModule(open.value))
  const topFindings = computed(() =>
    startPageFindings(
      open.value.filter((f) => f.severity === 'high'),
      TOP_FINDINGS,
    ),
  )
  const breaches = computed(() => openBreaches(data.value.breaches, now.value))
  const requests = computed(() => requestsDue(data.value.requests, today.value))
  const agreements = computed(() => agreementsExpiring(data.value, today.value))
  const transfers = computed(() => transfersWithoutValidMechanism(open.value))
  const reviews = computed(() => reviewsDue(data.value, today.value))
  const legalBases = computed(() => activitiesByLegalBasis(data.value.activities))
  const breachMonths = computed(() => breachesPerMonth(data.value.breaches, today.value, MONTHS))
  const requestMonths = computed(() => requestsPerMonth(data.value.requests, today.value, MONTHS))
  const completeness = computed(() => completenessHistory(data.value.activities, data.value.auditLog, today.value))

  /** Loads the findings and starts the minute clock; call from the dashboard's `onMounted`. */
  async function start(): Promise<void> {
    ticker ??= setInterval(() => (now.value = new Date()), 60_000)
    now.value = new Date()
    await checks.ensureLoaded()
  }

  /** Stops the clock when the dashboard is left. */
  function stop(): void {
    clearInterval(ticker)
    ticker = undefined
  }

  return {
    ready,
    now,
    today,
    register,
    findingsBySeverity,
    findingsByModule,
    topFindings,
    breaches,
    requests,
    agreements,
    transfers,
    reviews,
    legalBases,
    breachMonths,
    requestMonths,
    completeness,
    start,
    stop,
  }
})
