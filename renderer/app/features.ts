/** Every feature the shell knows; each feature folder's index.ts describes its own routes and drawer entries. */
import { auditFeature } from '@/features/audit'
import { breachesFeature } from '@/features/breaches'
import { checksFeature } from '@/features/checks'
import { complaintsFeature } from '@/features/complaints'
import { dashboardFeature } from '@/features/dashboard'
import { liaFeature } from '@/features/lia'
import { noticeFeature } from '@/features/notice'
import { processorsFeature } from '@/features/processors'
import { registerFeature } from '@/features/register'
import { reportsFeature } from '@/features/reports'
import { requestsFeature } from '@/features/requests'
import { settingsFeature } from '@/features/settings'
import { transfersFeature } from '@/features/transfers'
import { vendorsFeature } from '@/features/vendors'
import { workspaceFeature } from '@/features/workspace'
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
