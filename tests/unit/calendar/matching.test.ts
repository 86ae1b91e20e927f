import { describe, expect, it } from 'vitest'
import type { CalendarEvent } from '../../../shared/calendar/event'
import { matchInterview, matchKeyword } from '../../../shared/calendar/matching'
import { prefillFromEvent, readTitle } from '../../../shared/calendar/prefill'
import { DEFAULT_INTERVIEW_KEYWORDS } from '../../../shared/calendar/settings'

const keywords = [...DEFAULT_INTERVIEW_KEYWORDS]

function event(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    key: 'k',
    uid: 'k',
    summary: '',
    description: '',
    location: '',
    url: '',
    start: '2026-10-20T12:00:00.000Z',
    end: '2026-10-20T13:00:00.000Z',
    wallStart: '2026-10-20T14:00',
    timeZone: 'Europe/Berlin',
    allDay: false,
    organizer: null,
    attendees: [],
    cancelled: false,
    ...overrides,
  }
}

describe('which events look like interviews', () => {
  it.each([
    ['Interview with Acme', 'interview'],
    ['Entretien – Société Générale', 'entretien'],
    ['Entrevista con Telefónica', 'entrevista'],
    ['Vorstellungsgespräch bei Siemens', 'Vorstellungsgespräch'],
    ['VORSTELLUNGSGESPRACH Bosch', 'Vorstellungsgespräch'],
    ['Colloquio Enel', 'colloquio'],
    ['字节跳动 面试', '面试'],
    ['ソニー 一次面接', '面接'],
    ['Technical interviews round 2', 'interview'],
  ])('finds a keyword in “%s”', (summary, keyword) => {
    expect(matchKeyword(summary, keywords)).toBe(keyword)
  })

  it.each(['Dentist', 'Preinterview prep with Sam', 'Lunch with Anna'])('leaves “%s” alone', (summary) => {
    expect(matchKeyword(summary, keywords)).toBeUndefined()
  })

  it('takes the user’s own keywords', () => {
    expect(matchKeyword('Gespräch mit Acme', ['Gespräch'])).toBe('Gespräch')
    expect(matchKeyword('Interview with Acme', ['Gespräch'])).toBeUndefined()
  })

  it('suggests a meeting sent from a company already on the board, even without a keyword', () => {
    const companies = [{ company: 'Globex', domains: ['globex-hr.example'] }]
    const sent = (email: string) => event({ summary: 'Chat', organizer: { name: 'Hank', email } })
    expect(matchInterview(sent('hank@globex-hr.example'), keywords, companies)).toEqual({
      reason: 'Sent by someone at Globex',
      boardCompany: 'Globex',
    })
    // The company's own name as the domain counts too; a personal mail domain never does.
    expect(matchInterview(sent('hank@globex.example'), keywords, companies)?.boardCompany).toBe('Globex')
    expect(matchInterview(sent('hank@gmail.com'), keywords, companies)).toBeUndefined()
  })
})

describe('what Add as interview fills in', () => {
  it.each([
    ['Interview with Acme', 'Acme', ''],
    ['Interview: Senior Engineer at Acme Corp', 'Acme Corp', 'Senior Engineer'],
    ['Acme – Data Analyst – 2nd round interview', 'Acme', 'Data Analyst'],
    ['Entretien avec Capgemini pour Chef de projet', 'Capgemini', 'Chef de projet'],
    ['Vorstellungsgespräch bei Siemens', 'Siemens', ''],
    ['Invitation: Interview with Initech (Backend Developer)', 'Initech', 'Backend Developer'],
  ])('reads “%s” as company %s and role “%s”', (summary, company, role) => {
    expect(readTitle(summary, keywords)).toEqual({ company, role })
  })

  it('fills in the people, never the user, with the organizer as the one who arranged it', () => {
    const prefill = prefillFromEvent(
      event({
        summary: 'Interview',
        description: 'Join the call: https://acme.zoom.us/j/123?pwd=x\nSee you',
        organizer: { name: 'Rita Recruiter', email: 'rita@talent.acme.example' },
        attendees: [
          { name: 'Rita Recruiter', email: 'rita@talent.acme.example' },
          { name: '', email: 'ivan.petrov@acme.example' },
          { name: 'Me', email: 'Me@Home.example' },
          { name: 'Room 4', email: 'c_1889@resource.calendar.google.com' },
        ],
      }),
      {
        keywords,
        match: { reason: 'x' },
        ownAddresses: ['me@home.example'],
        earlier: [
          { company: 'ACME', date: '2026-10-01' },
          { company: 'Acme', date: '2026-10-08' },
          { company: 'Acme', date: '2026-11-01' },
          { company: 'Globex', date: '2026-10-01' },
        ],
      },
    )
    expect(prefill).toEqual({
      company: 'Acme',
      role: '',
      round: 3,
      date: '2026-10-20',
      time: '14:00',
      timeZone: 'Europe/Berlin',
      format: 'video',
      location: 'https://acme.zoom.us/j/123?pwd=x',
      interviewers: [{ name: 'Ivan Petrov', email: 'ivan.petrov@acme.example' }],
      arrangers: [{ name: 'Rita Recruiter', email: 'rita@talent.acme.example' }],
    })
  })

  it('makes a lone organizer the interviewer, and prefers the board’s company name', () => {
    const prefill = prefillFromEvent(
      event({
        summary: 'Chat',
        location: 'Globex HQ, 3rd floor',
        organizer: { name: 'Hank Scorpio', email: 'hank@globex.example' },
        attendees: [{ name: 'Me', email: 'me@home.example' }],
      }),
      {
        keywords,
        match: { reason: 'x', boardCompany: 'Globex Corporation' },
        ownAddresses: ['me@home.example'],
        earlier: [],
      },
    )
    expect(prefill).toMatchObject({
      company: 'Globex Corporation',
      round: 1,
      format: 'in-person',
      location: 'Globex HQ, 3rd floor',
      interviewers: [{ name: 'Hank Scorpio', email: 'hank@globex.example' }],
      arrangers: [],
    })
  })
})
