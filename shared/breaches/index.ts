/** Personal data breaches (Art 33–34): the record, ENISA severity, the 72-hour clock and checks 29–35. */
export * from './breach.schema'
export * from './enisa.rules'
export * from './breach.rules'
export * from './breach.checks'
export * from './edpb-cases'
