/**
 * Personal data breaches (Art 33–34): the record, ENISA severity, the 72-hour clock and checks 29–35, the workflow
 * steps and stages, the "open breaches" summary for the dashboard, and the IMY notification draft.
 */
export * from './breach.schema'
export * from './enisa.rules'
export * from './breach.rules'
export * from './breach.checks'
export * from './edpb-cases'
export * from './breach-status.rules'
export * from './breach-actions.rules'
export * from './imy-draft.labels'
export * from './imy-draft.model'
export * from './imy-draft.html'
