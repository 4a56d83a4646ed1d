/**
 * The one registered list of checks. The findings view, the dashboard, the register list and the reports all
 * run this list; a check not listed here does not exist for the app.
 */
import { BREACH_CHECK_DEFINITIONS } from './breaches.checks'
import type { CheckDefinition } from './finding'
import { LIA_DPIA_CHECKS } from './lia-dpia.checks'
import { PROCESSOR_CHECKS } from './processors.checks'
import { REGISTER_FIELD_CHECKS } from './register-fields.checks'
import { REGISTER_LAWFULNESS_CHECKS } from './register-lawfulness.checks'
import { REGISTER_LINK_CHECKS } from './register-links.checks'
import { REGISTER_RETENTION_CHECKS } from './register-retention.checks'
import { REQUEST_COMPLAINT_CHECKS } from './requests-complaints.checks'
import { TRANSFER_CHECKS } from './transfers.checks'

/** Every check, grouped by module in the order the findings view lists them. */
export const CHECKS: readonly CheckDefinition[] = Object.freeze([
  ...REGISTER_LINK_CHECKS,
  ...REGISTER_LAWFULNESS_CHECKS,
  ...REGISTER_FIELD_CHECKS,
  ...REGISTER_RETENTION_CHECKS,
  ...LIA_DPIA_CHECKS,
  ...PROCESSOR_CHECKS,
  ...TRANSFER_CHECKS,
  ...BREACH_CHECK_DEFINITIONS,
  ...REQUEST_COMPLAINT_CHECKS,
])

/** The check with this code, if registered. */
export function checkByCode(code: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.code === code)
}
