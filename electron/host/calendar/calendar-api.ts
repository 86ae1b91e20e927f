import { randomUUID } from 'node:crypto'
import type { ApiImplementation } from '../../../shared/api/contract'
import { describeIssues, issuesOf } from '../../../shared/api/dispatch'
import { ApiError } from '../../../shared/api/errors'
import { interviewFieldsSchema, type Interview, type InterviewFields } from '../../../shared/domain/interview'
import { earlierRounds, interviewStart } from '../../../shared/calendar/preparation'
import type { UpcomingInterviewIndex } from '../interviews/upcoming-interviews'
import type { CalendarCenter } from './calendar-center'

/** What the calendar methods need of the host beyond the calendar concern itself. */
export interface CalendarApiAccess {
  /** Asked at each call: the host builds its API before its calendar concern. */
  calendar(): CalendarCenter
  ensureOpen(): void
  serially<T>(task: () => Promise<T>): Promise<T>
  /** Journals a new interview like the form's createInterview does. */
  createInterview(fields: InterviewFields): Promise<Interview>
  now(): Date
  /** Every interview, archived ones too. */
  interviews(): Iterable<Interview>
  interview(id: string): Interview | undefined
  upcoming: UpcomingInterviewIndex
}

type CalendarMethods = Pick<
  ApiImplementation,
  | 'getCalendars'
  | 'addCalendarSource'
  | 'removeCalendarSource'
  | 'syncCalendars'
  | 'setCalendarSettings'
  | 'listCalendarSuggestions'
  | 'dismissCalendarSuggestion'
  | 'addInterviewFromCalendar'
  | 'listCalendarInterviews'
  | 'listUpcomingInterviews'
  | 'listEarlierRounds'
>

/** The contract's calendar methods. Reads of sources run outside the change queue: they can take a minute. */
export function calendarApi(access: CalendarApiAccess): CalendarMethods {
  const open = () => {
    access.ensureOpen()
    return access.calendar()
  }
  return {
    getCalendars: async () => {
      return open().overview()
    },
    addCalendarSource: async (input) => {
      return open().addSource(input)
    },
    removeCalendarSource: async ({ id }) => {
      await open().removeSource(id)
      return { id }
    },
    syncCalendars: async ({ id }) => {
      const calendar = open()
      await (id ? calendar.syncOne(id) : calendar.syncAll())
      return calendar.overview()
    },
    setCalendarSettings: async (settings) => {
      return open().setSettings(settings)
    },
    listCalendarSuggestions: async () => {
      return open().suggestions()
    },
    dismissCalendarSuggestion: async ({ key }) => {
      await open().dismiss(key)
      return { key }
    },
    listCalendarInterviews: async () =>
      open()
        .links()
        .map(({ interviewId, start, end, cancelled }) => ({ interviewId, start, end, cancelled }))
        .sort((a, b) => a.start.localeCompare(b.start)),
    listUpcomingInterviews: async ({ limit }) => {
      const cancelled = new Set(
        open()
          .links()
          .flatMap((link) => (link.cancelled ? [link.interviewId] : [])),
      )
      return access.upcoming
        .next(access.now(), limit, (id) => cancelled.has(id))
        .map(({ interviewId }) => {
          const { company, role, round, timeZone, ...when } = access.interview(interviewId)!
          return {
            interviewId,
            company,
            role,
            round,
            timeZone,
            start: interviewStart({ ...when, timeZone }).toISOString(),
          }
        })
    },
    listEarlierRounds: async ({ id }) => {
      access.ensureOpen()
      const interview = access.interview(id)
      if (!interview) throw new ApiError({ code: 'not-found', message: 'That interview is no longer in Debrief.' })
      return earlierRounds(interview, access.interviews())
    },
    addInterviewFromCalendar: ({ key, company, role }) =>
      access.serially(async () => {
        const calendar = open()
        const { prefill, event } = calendar.prefillFor(key)
        const parsed = interviewFieldsSchema.safeParse({
          ...prefill,
          company,
          role,
          interviewers: prefill.interviewers.map((person) => ({ id: randomUUID(), ...person })),
          arrangers: prefill.arrangers.map((person) => ({ id: randomUUID(), ...person })),
        })
        if (!parsed.success) {
          const issues = issuesOf(parsed.error)
          throw new ApiError({ code: 'invalid-input', message: describeIssues(issues), issues })
        }
        const interview = await access.createInterview(parsed.data)
        await calendar.link(key, interview.id, event)
        return interview
      }),
  }
}
