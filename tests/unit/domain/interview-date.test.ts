import { describe, expect, it } from 'vitest'
import { unlikelyInterviewDate } from '../../../shared/domain/interview-date'

describe('unlikelyInterviewDate', () => {
  const today = '2026-12-03'

  it('says nothing of a date weeks ahead or months back', () => {
    expect(unlikelyInterviewDate('2026-12-10', today)).toBeNull()
    expect(unlikelyInterviewDate('2027-06-01', today)).toBeNull()
    expect(unlikelyInterviewDate('2026-03-14', today)).toBeNull()
    expect(unlikelyInterviewDate('2022-01-05', today)).toBeNull()
  })

  it('asks about the year of a date more than a year ahead or years back', () => {
    expect(unlikelyInterviewDate('2027-12-10', today)).toBe('That is more than a year from today: is the year right?')
    expect(unlikelyInterviewDate('2062-12-03', today)).toBe('That is 36 years from today: is the year right?')
    expect(unlikelyInterviewDate('0026-12-03', today)).toBe('That is 2000 years ago: is the year right?')
  })

  it('leaves what is not a date to the date check', () => {
    expect(unlikelyInterviewDate('', today)).toBeNull()
    expect(unlikelyInterviewDate('2026-13-40', today)).toBeNull()
  })
})
