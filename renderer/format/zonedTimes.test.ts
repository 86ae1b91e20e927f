import { describe, expect, it } from 'vitest'
import { cityOf, zonedCallWindow, zonedWall } from './zonedTimes'

const LA = 'America/Los_Angeles'
const BERLIN = 'Europe/Berlin'
const NOW = new Date('2026-11-20T12:00:00Z')
// The browser's locale writes the times; match both 12- and 24-hour clocks.
const at = (h24: string, h12: string) => new RegExp(`(${h24}|${h12})`)

describe('times that say their zone', () => {
  it('names a zone by its city', () => {
    expect(cityOf(BERLIN)).toBe('Berlin')
    expect(cityOf(LA)).toBe('Los Angeles')
    expect(cityOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires')
    expect(cityOf('UTC')).toBe('UTC')
  })

  it('shows a Berlin due time on a Los Angeles clock, and on Berlin’s with its city', () => {
    const due = zonedWall('2026-11-30T10:00', BERLIN, NOW, LA)
    expect(due.yours).toMatch(at('01:00', '1:00\\sAM'))
    expect(due.yours).toMatch(/30/)
    expect(due.theirs).toMatch(/^(10:00|10:00\sAM) in Berlin$/)
    expect(due.text).toBe(`${due.yours} your time · ${due.theirs}`)
  })

  it('names the other clock’s day when it is another day there', () => {
    // 23:30 in Los Angeles on the 29th is 08:30 on the 30th in Berlin.
    const due = zonedWall('2026-11-29T23:30', LA, NOW, BERLIN)
    expect(due.theirs).toMatch(/29.*(23:30|11:30\sPM) in Los Angeles$/)
  })

  it('says nothing more when both clocks agree', () => {
    const due = zonedWall('2026-11-30T10:00', BERLIN, NOW, 'Europe/Paris')
    expect(due.theirs).toBeNull()
    expect(due.text).toBe(due.yours)
  })

  it('gives a call window in the interview’s city first, then on the user’s clock', () => {
    const window = { date: '2026-11-30', start: '10:00', end: '11:30' }
    const text = zonedCallWindow(window, BERLIN, NOW, LA)
    expect(text).toMatch(/(10:00|10:00\sAM)–(11:30|11:30\sAM) in Berlin · /)
    expect(text).toMatch(/(01:00|1:00\sAM)–(02:30|2:30\sAM) your time$/)
  })

  it('follows daylight saving: the gap between Berlin and Los Angeles is 8 hours for a week in March', () => {
    // The US springs forward on 8 March 2026, Europe on 29 March: 10:00 in Berlin is 02:00, not 01:00, in LA.
    const due = zonedWall('2026-03-16T10:00', BERLIN, NOW, LA)
    expect(due.yours).toMatch(at('02:00', '2:00\\sAM'))
    const after = zonedWall('2026-03-30T10:00', BERLIN, NOW, LA)
    expect(after.yours).toMatch(at('01:00', '1:00\\sAM'))
  })
})
