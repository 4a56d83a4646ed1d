/**
 * Internal complaints and IMY cases (Art 77, 78): the record, the reply clock, check 40 and the Art 78(2) marker,
 * the "due soon" summary for the dashboard, the case timeline and which files may be attached.
 */
export * from './complaint.schema'
export * from './complaint.rules'
export * from './complaint-status.rules'
export * from './case-document.rules'
