/**
 * Every feature the shell knows. Each feature folder's feature.ts describes its routes, drawer entries and activity
 * panels, all loaded lazily; the shell never imports a feature's index.ts, whose stores and components would
 * otherwise all land in the first bundle.
 */
import { auditFeature } from '@/features/audit/feature'
import { breachesFeature } from '@/features/breaches/feature'
import { checksFeature } from '@/features/checks/feature'
import { complaintsFeature } from '@/features/complaints/feature'
import { dashboardFeature } from '@/features/dashboard/feature'
import { liaFeature } from '@/features/lia/feature'
import { noticeFeature } from '@/features/notice/feature'
import { processorsFeature } from '@/features/processors/feature'
import { registerFeature } from '@/features/register/feature'
import { reportsFeature } from '@/features/reports/feature'
import { requestsFeature } from '@/features/requests/feature'
import { settingsFeature } from '@/features/settings/feature'
import { transfersFeature } from '@/features/transfers/feature'
import { vendorsFeature } from '@/features/vendors/feature'
import { workspaceFeature } from '@/features/workspace/feature'
import type { FeatureModule } from './feature'

export const FEATURES: FeatureModule[] = [
  workspaceFeature,
  dashboardFeature,
  registerFeature,
  liaFeature,
  vendorsFeature,
  processorsFeature,
  transfersFeature,
  breachesFeature,
  requestsFeature,
  complaintsFeature,
  checksFeature,
  noticeFeature,
  reportsFeature,
  auditFeature,
  settingsFeature,
]

export const NAVIGATION = FEATURES.flatMap((f) => f.nav).sort((a, b) => a.order - b.order)
