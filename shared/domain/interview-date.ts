import { differenceInCalendarDays, differenceInCalendarYears, parseISO } from 'date-fns'

/** Interviews are booked days or weeks ahead: past a year, the year is more likely a slip (2062 for 2026). */
const MOST_DAYS_AHEAD = 366
/** An interview entered afterwards is weeks or months old; one from before this is likely a slip too (0026, when the year took two digits). */
const MOST_YEARS_BACK = 5

/**
 * A caution for an interview date that is probably mistyped: it is kept as typed (the user may mean
 * it), but said, because a slip in the year schedules every follow-up years away without a word.
 * `date` and `today` are YYYY-MM-DD; null for a likely date or one that is not a date.
 */
export function unlikelyInterviewDate(date: string, today: string): string | null {
  const day = parseISO(date)
  const now = parseISO(today)
  if (Number.isNaN(day.getTime()) || Number.isNaN(now.getTime())) return null
  const daysAhead = differenceInCalendarDays(day, now)
  if (daysAhead > MOST_DAYS_AHEAD) {
    const years = differenceInCalendarYears(day, now)
    return `That is ${years < 2 ? 'more than a year' : `${years} years`} from today: is the year right?`
  }
  const yearsBack = differenceInCalendarYears(now, day)
  if (yearsBack > MOST_YEARS_BACK) return `That is ${yearsBack} years ago: is the year right?`
  return null
}
