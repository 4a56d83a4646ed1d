/** Data-subject requests (Art 12, 15–22, 7(3)): the record, Art 12(3) deadlines and checks 36–39. */
export * from './request.schema'
export * from './request.rules'
export * from './request.checks'
