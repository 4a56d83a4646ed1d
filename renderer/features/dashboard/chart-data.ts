/**
 * The dashboard's charts as data: what each chart draws and the table a screen reader gets instead, built from
 * the aggregate figures. Colours are Vuetify theme names, resolved by the chart component, so a chart follows
 * the light or dark theme; texts come through `t`, so it follows the language. No Chart.js here: this file is
 * loaded with the first screen, the chart library only when a chart is drawn.
 */
import {
  BREACH_BANDS,
  CHECK_MODULES,
  SEVERITIES,
  type BreachMonth,
  type CheckModule,
  type CompletenessPoint,
  type LegalBasisCount,
  type RequestMonth,
  type SeverityCounts,
} from '@shared/checks'

/** Translates a message key (vue-i18n's `t`). */
export type Translate = (key: string, params?: Record<string, unknown>) => string

/** One series: a theme colour name (or a CSS colour), and the axis it is read on. */
export interface ChartSeries {
  label: string
  data: (number | null)[]
  color: string
  type?: 'bar' | 'line'
  /** `percent`: a 0–100 % axis on the right, beside the counts. */
  axis?: 'count' | 'percent'
}

/** What one chart draws. */
export interface ChartSpec {
  kind: 'bar' | 'line'
  labels: string[]
  series: ChartSeries[]
  stacked?: boolean
  /** Bars drawn sideways, for long category names. */
  horizontal?: boolean
}

/** The same figures as a table; `links[i]`, when set, is the list behind row (and bar) `i`. */
export interface TableSpec {
  headers: string[]
  rows: string[][]
  links?: (string | null)[]
}

/** A chart with its table alternative and a one-line summary for the canvas's accessible name. */
export interface DashboardChart {
  chart: ChartSpec
  table: TableSpec
  summary: string
}

export const SEVERITY_THEME: Readonly<Record<(typeof SEVERITIES)[number], string>> = {
  high: 'error',
  medium: 'warning',
  low: 'info',
}

const BAND_THEME: Readonly<Record<(typeof BREACH_BANDS)[number], string>> = {
  low: 'info',
  medium: 'warning',
  high: 'error',
  very_high: '#7b1fa2',
  unassessed: 'secondary',
}

const percent = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)} %`)

/** `2026-06` as "jun. 2026" / "Jun 2026". */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  )
}

/** Activities by Art 6(1) basis, as sideways bars (the basis names are long). */
export function legalBasisChart(counts: readonly LegalBasisCount[], t: Translate): DashboardChart {
  const labels = counts.map((c) => t(`register.legalBasis.${c.basis}`))
  const data = counts.map((c) => c.activities)
  return {
    chart: {
      kind: 'bar',
      horizontal: true,
      labels,
      series: [{ label: t('dashboard.charts.activities'), data, color: 'primary' }],
    },
    table: {
      headers: [t('dashboard.charts.legalBasis'), t('dashboard.charts.activities')],
      rows: counts.map((c, i) => [labels[i]!, String(c.activities)]),
      links: counts.map((c) => `/register?basis=${c.basis}`),
    },
    summary: t('dashboard.charts.legalBasisSummary', { n: counts.find((c) => c.basis === 'none')?.activities ?? 0 }),
  }
}

/** Open findings per module, stacked by severity; modules with none are left out. */
export function findingsChart(byModule: Readonly<Record<CheckModule, SeverityCounts>>, t: Translate): DashboardChart {
  const modules = CHECK_MODULES.filter((m) => SEVERITIES.some((s) => byModule[m][s] > 0))
  const labels = modules.map((m) => t(`checks.modules.${m}`))
  const total = modules.reduce((n, m) => n + SEVERITIES.reduce((k, s) => k + byModule[m][s], 0), 0)
  return {
    chart: {
      kind: 'bar',
      horizontal: true,
      stacked: true,
      labels,
      series: SEVERITIES.map((s) => ({
        label: t(`checks.severity.${s}`),
        data: modules.map((m) => byModule[m][s]),
        color: SEVERITY_THEME[s],
      })),
    },
    table: {
      headers: [t('checks.filters.module'), ...SEVERITIES.map((s) => t(`checks.severity.${s}`))],
      rows: modules.map((m, i) => [labels[i]!, ...SEVERITIES.map((s) => String(byModule[m][s]))]),
      links: modules.map((m) => `/checks?module=${m}`),
    },
    summary: t('dashboard.charts.findingsSummary', { n: total }),
  }
}

/** Breaches per month, stacked by ENISA band. */
export function breachesChart(months: readonly BreachMonth[], t: Translate, locale: string): DashboardChart {
  const labels = months.map((m) => monthLabel(m.month, locale))
  const total = months.reduce((n, m) => n + BREACH_BANDS.reduce((k, b) => k + m[b], 0), 0)
  return {
    chart: {
      kind: 'bar',
      stacked: true,
      labels,
      series: BREACH_BANDS.map((b) => ({
        label: t(`dashboard.bands.${b}`),
        data: months.map((m) => m[b]),
        color: BAND_THEME[b],
      })),
    },
    table: {
      headers: [t('dashboard.charts.month'), ...BREACH_BANDS.map((b) => t(`dashboard.bands.${b}`))],
      rows: months.map((m, i) => [labels[i]!, ...BREACH_BANDS.map((b) => String(m[b]))]),
    },
    summary: t('dashboard.charts.breachesSummary', { n: total, months: months.length }),
  }
}

/** Requests received per month as bars, with the on-time rate as a line on a percent axis. */
export function requestsChart(months: readonly RequestMonth[], t: Translate, locale: string): DashboardChart {
  const labels = months.map((m) => monthLabel(m.month, locale))
  const total = months.reduce((n, m) => n + m.received, 0)
  return {
    chart: {
      kind: 'bar',
      labels,
      series: [
        { label: t('dashboard.charts.received'), data: months.map((m) => m.received), color: 'primary' },
        {
          label: t('dashboard.charts.onTimeRate'),
          data: months.map((m) => (m.onTimeRate === null ? null : Math.round(m.onTimeRate * 100))),
          color: 'success',
          type: 'line',
          axis: 'percent',
        },
      ],
    },
    table: {
      headers: [
        t('dashboard.charts.month'),
        t('dashboard.charts.received'),
        t('dashboard.charts.onTime'),
        t('dashboard.charts.late'),
        t('dashboard.charts.onTimeRate'),
      ],
      rows: months.map((m, i) => [
        labels[i]!,
        String(m.received),
        String(m.answeredOnTime),
        String(m.late),
        percent(m.onTimeRate),
      ]),
    },
    summary: t('dashboard.charts.requestsSummary', { n: total, months: months.length }),
  }
}

/** Mean register completeness at the end of each day with changes, in percent. */
export function completenessChart(
  points: readonly CompletenessPoint[],
  t: Translate,
  formatDate: (d: string) => string,
): DashboardChart {
  const labels = points.map((p) => formatDate(p.date))
  const last = points[points.length - 1]
  return {
    chart: {
      kind: 'line',
      labels,
      series: [
        {
          label: t('dashboard.charts.completeness'),
          data: points.map((p) => Math.round(p.averageScore * 100)),
          color: 'primary',
          axis: 'percent',
        },
      ],
    },
    table: {
      headers: [t('dashboard.charts.date'), t('dashboard.charts.activities'), t('dashboard.charts.completeness')],
      rows: points.map((p, i) => [labels[i]!, String(p.activities), percent(p.averageScore)]),
    },
    summary: t('dashboard.charts.completenessSummary', { value: percent(last?.averageScore ?? null) }),
  }
}
