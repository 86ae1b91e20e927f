import { describe, expect, it } from 'vitest'
import { interviewFieldsSchema, type Interview } from '../../shared/domain/interview'
import { informerAmong, informerFrom, nextRoundFields } from './formValues'

function roundOne(format: Interview['format']): Interview {
  return {
    ...interviewFieldsSchema.parse({
      company: 'Contoso',
      role: 'Analyst',
      date: '2026-11-25',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      format,
      location: format === 'video' ? 'https://meet.example/abc' : 'Hauptstraße 1, Berlin',
      interviewers: [{ id: crypto.randomUUID(), name: 'Li Wei' }],
      arrangers: [{ id: crypto.randomUUID(), name: 'Sam Park', email: 'sam@contoso.example' }],
      decision: {
        expectedDate: '2026-11-29',
        informer: 'hr',
        informerName: 'Monica Hall',
        informerEmail: 'monica@contoso.example',
        informerPhone: '+1 415 555 0100',
        channel: 'email',
      },
    }),
    id: crypto.randomUUID(),
    stage: 'next-round',
    order: 'a0',
    archived: false,
    tasks: [],
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: '2026-11-25T08:00:00.000Z',
  }
}

describe('nextRoundFields: the New interview form for the next round', () => {
  it('keeps who tells the decision and how, but not its date; the interviewers are left to fill in', () => {
    const fields = nextRoundFields(roundOne('in-person'))
    // A walkthrough's round 2 form had lost HR, Monica Hall and Email.
    expect(fields.decision).toEqual({
      expectedDate: '',
      informer: 'hr',
      informerName: 'Monica Hall',
      informerEmail: 'monica@contoso.example',
      informerPhone: '+1 415 555 0100',
      channel: 'email',
    })
    expect(fields).toMatchObject({ company: 'Contoso', role: 'Analyst', round: 2, date: '', interviewers: [] })
    expect(fields.arrangers.map((person) => person.name)).toEqual(['Sam Park'])
  })

  it('keeps an office’s address, not a video call’s link, which each round has its own of', () => {
    expect(nextRoundFields(roundOne('in-person')).location).toBe('Hauptstraße 1, Berlin')
    expect(nextRoundFields(roundOne('video')).location).toBe('')
  })
})

describe('informerAmong and informerFrom', () => {
  const anna = { id: 'a', name: 'Anna Schmidt', email: 'anna@kestrel.example', phone: '+49 30 555 0101' }
  const ben = { id: 'b', name: 'Ben Ortiz' }

  it('finds the interviewer the Decision section names, whatever the case and spaces', () => {
    expect(informerAmong([anna, ben], ' anna schmidt ')).toBe(anna)
    expect(informerAmong([anna, ben], 'Rachel Kim')).toBeUndefined()
    expect(informerAmong([anna, ben], '')).toBeUndefined()
  })

  it('fills who tells from the card picked, and empties it for none', () => {
    // The user retyped the name and address the card above already held (a walkthrough).
    expect(informerFrom(anna)).toEqual({
      informerName: 'Anna Schmidt',
      informerEmail: 'anna@kestrel.example',
      informerPhone: '+49 30 555 0101',
    })
    expect(informerFrom(ben)).toEqual({ informerName: 'Ben Ortiz', informerEmail: '', informerPhone: '' })
    expect(informerFrom(undefined)).toEqual({ informerName: '', informerEmail: '', informerPhone: '' })
  })
})
