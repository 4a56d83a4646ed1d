/** "Today" as the rules take it: the local calendar date, `YYYY-MM-DD`. Read here, once, so rules stay pure. */
import { format } from 'date-fns'

export const todayIso = (now: Date = new Date()): string => format(now, 'yyyy-MM-dd')
