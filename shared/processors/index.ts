/** Processor agreements (Art 28): schema, clause catalogue, review outcome, reminders and checks 15–18. */
export * from './agreement.schema'
export * from './clause-catalogue'
export * from './agreement.rules'
export * from './review.rules'
export * from './agreement-document.rules'
export * from './reminder.rules'
export * from './agreement-checks.rules'
