/**
 * Data-subject requests (Art 12, 15–22, 7(3)): the record, Art 12(3) deadlines and checks 36–39, the steps
 * (extend, refuse, answer) and the "due soon" summary for the dashboard.
 */
export * from './request.schema'
export * from './request.rules'
export * from './request.checks'
export * from './request-actions.rules'
export * from './request-status.rules'
