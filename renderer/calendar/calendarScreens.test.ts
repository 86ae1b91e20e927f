import { describe, expect, it } from 'vitest'
import { addressOf, targetFromAddress } from './calendarScreens'

describe("the browser app's address", () => {
  it('opens the quick debrief or the preparation view of one interview', () => {
    const id = '8a6e0804-2bd0-4c43-8a3c-1b6e2d8f6a11'
    expect(targetFromAddress(`?debrief=${id}`)).toEqual({ interviewId: id, view: 'quick-debrief' })
    expect(targetFromAddress(`?prepare=${id}&other=1`)).toEqual({ interviewId: id, view: 'prepare' })
    expect(targetFromAddress(addressOf({ view: 'prepare', interviewId: id }))).toEqual({
      interviewId: id,
      view: 'prepare',
    })
  })

  it('asks for nothing without a parameter, or with one that is no interview id', () => {
    expect(targetFromAddress('')).toBeNull()
    expect(targetFromAddress('?debrief=')).toBeNull()
    expect(targetFromAddress('?debrief=%3Cscript%3E')).toBeNull()
  })
})
