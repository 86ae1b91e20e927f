import { addBusinessDays, addDays, format, isWeekend } from 'date-fns'

/**
 * Wall-clock maths: calendar days ('YYYY-MM-DD'), times of day ('HH:mm') and wall date-times
 * ('YYYY-MM-DDTHH:mm') with no zone attached; zones only matter in time-zone.ts.
 */

export type IsoDay = string
export type TimeOfDay = string
export type WallDateTime = string

const WALL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/

export interface WallFields {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export function parseWall(wall: WallDateTime): WallFields {
  const match = WALL_PATTERN.exec(wall)
  if (!match) throw new Error(`"${wall}" is not a local date-time (YYYY-MM-DDTHH:mm)`)
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0))
  return { year, month, day, hour, minute, second } as WallFields
}

/**
 * Orders wall date-times whether or not they carry seconds. They are fixed-width, so with the seconds
 * made explicit (and any fraction dropped, as parseWall drops it) their text order is their time order:
 * no parsing, which matters when thousands of reminders are sorted.
 */
export function compareWall(a: WallDateTime, b: WallDateTime): number {
  // Both to the minute, or both to the second (the usual case): already comparable, no copies made.
  if (a.length === b.length && (a.length === 16 || a.length === 19)) return a < b ? -1 : a > b ? 1 : 0
  const keyA = wallSortKey(a)
  const keyB = wallSortKey(b)
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0
}

function wallSortKey(wall: WallDateTime): string {
  return wall.length >= 19 ? wall.slice(0, 19) : `${wall.slice(0, 16)}:00`
}

export function wallAt(day: IsoDay, time: TimeOfDay): WallDateTime {
  return `${day}T${time}`
}

export function dayOf(wall: WallDateTime): IsoDay {
  return wall.slice(0, 10)
}

export function timeOf(wall: WallDateTime): TimeOfDay {
  return wall.slice(11, 16)
}

/**
 * A calendar day as a plain Date at local noon: date-fns counts days on local fields, and noon exists
 * on every day in every zone, so a DST change on the machine running this never shifts the date.
 * (A zoned date would give the same answers several times slower.)
 */
function toCalendarDay(day: IsoDay): Date {
  const { year, month, day: date } = parseWall(`${day}T00:00`)
  return new Date(year, month - 1, date, 12)
}

function fromCalendarDay(date: Date): IsoDay {
  return format(date, 'yyyy-MM-dd')
}

export function addCalendarDays(day: IsoDay, amount: number): IsoDay {
  return fromCalendarDay(addDays(toCalendarDay(day), amount))
}

/** Monday to Friday; public holidays are not known to the app. */
export function addWorkingDays(day: IsoDay, amount: number): IsoDay {
  return fromCalendarDay(addBusinessDays(toCalendarDay(day), amount))
}

export function isWorkingDay(day: IsoDay): boolean {
  return !isWeekend(toCalendarDay(day))
}

export function minutesOfDay(time: TimeOfDay): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

export function timeOfDay(minutes: number): TimeOfDay {
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
