/**
 * Report models: pure data built from a workspace snapshot — the Art 30 register (with the Art 30(2) processor
 * record), a single activity, the Art 33(5) breach log, the request log with deadlines, processor agreement
 * reviews, LIAs, the transfer inventory and the findings of the checks — each sealed with the content hash and audit head. The renderer's
 * print template turns any of them into HTML and PDF.
 */
export * from './report.types'
export * from './report-common'
export * from './text.rules'
export * from './vocabulary.register'
export * from './vocabulary.modules'
export * from './activity.section'
export * from './register.report'
export * from './breach-log.report'
export * from './request-log.report'
export * from './agreement-reviews.report'
export * from './lia.report'
export * from './transfers.report'
export * from './findings.report'
export * from './catalogue'
