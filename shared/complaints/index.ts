/** Internal complaints and IMY cases (Art 77, 78): the record, the reply clock, check 40 and the Art 78(2) marker. */
export * from './complaint.schema'
export * from './complaint.rules'
