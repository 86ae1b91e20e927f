import { tzOffset } from '@date-fns/tz'
import { parseWall, type WallDateTime } from './wall-time'

/**
 * Due times are stored as wall-clock times in the interview's zone; the scheduler compares them with
 * the real clock through these two functions.
 *
 * Two wall times need a rule:
 * - one that does not exist (the hour skipped when clocks spring forward) moves forward to the first
 *   minute that exists after the gap, e.g. 02:30 on a Berlin spring-forward night becomes 03:00;
 * - one that happens twice (the hour repeated when clocks fall back) means its first occurrence, the
 *   earlier instant, so a reminder never comes an hour late.
 * TZDate's own constructor answers differently (a skipped 02:30 becomes 03:30; a repeated one in Berlin
 * reads as the second occurrence), so the reading is worked out here from the zone's offsets.
 */

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

function offsetMinutes(timeZone: string, instantMs: number): number {
  const offset = tzOffset(timeZone, new Date(instantMs))
  if (Number.isNaN(offset)) throw new Error(`Unknown time zone "${timeZone}"; use an IANA name such as Europe/Berlin`)
  return offset
}

/** Milliseconds of the wall clock at an instant, counted as if the wall clock were UTC. */
function wallMsAt(timeZone: string, instantMs: number): number {
  return instantMs + offsetMinutes(timeZone, instantMs) * MINUTE_MS
}

export function wallTimeToInstant(wall: WallDateTime, timeZone: string): Date {
  const { year, month, day, hour, minute, second } = parseWall(wall)
  const wantedMs = Date.UTC(year, month - 1, day, hour, minute, second)
  // A zone changes offset at most once within a day either side, so these offsets cover every reading.
  const offsets = [-DAY_MS, 0, DAY_MS].map((shift) => offsetMinutes(timeZone, wantedMs + shift))
  const readings = offsets
    .map((offset) => wantedMs - offset * MINUTE_MS)
    .filter((instantMs) => wallMsAt(timeZone, instantMs) === wantedMs)
    .sort((a, b) => a - b)
  const firstReading = readings[0]
  if (firstReading !== undefined) return new Date(firstReading)
  return new Date(firstInstantShowingAtLeast(timeZone, wantedMs, offsets))
}

/** In a spring-forward gap: the earliest whole minute whose wall clock is at or past the wanted one. */
function firstInstantShowingAtLeast(timeZone: string, wantedMs: number, offsets: number[]): number {
  let before = wantedMs - Math.max(...offsets) * MINUTE_MS
  let after = wantedMs - Math.min(...offsets) * MINUTE_MS
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / MINUTE_MS / 2) * MINUTE_MS
    if (wallMsAt(timeZone, middle) >= wantedMs) after = middle
    else before = middle
  }
  return after
}

/**
 * The wall clock is the instant moved by the zone's offset, read as UTC: one offset lookup (an unknown
 * zone a readable error). date-fns' format over a TZDate took 13 µs a call, this 2 µs, and every card's
 * summary asks it at each render (about half of a card's render in a traced first paint at 10,000).
 */
export function instantToWallTime(instant: Date, timeZone: string): WallDateTime {
  return new Date(wallMsAt(timeZone, instant.getTime())).toISOString().slice(0, 16)
}
