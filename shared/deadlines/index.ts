/**
 * The legal-deadline engine: Swedish public holidays, Regulation 1182/71 period counting on calendar dates, hour
 * periods on instants, and the Europe/Stockholm calendar. Every other feature counts its deadlines through here.
 */
export * from './localized-text'
export * from './calendar-date'
export * from './swedish-holidays'
export * from './working-days'
export * from './periods'
export * from './instants'
export { formatDeadlineDate } from './deadline-text'
