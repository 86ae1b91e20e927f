import { format } from 'date-fns'
import type { Interview, InterviewFieldsInput, Person } from '../../shared/domain/interview'
import { userTimeZone } from '../format/interviewTime'

export { CHANNEL_LABELS, FORMAT_LABELS, INFORMER_LABELS } from '../../shared/domain/labels'

/** Every field filled in, so each input starts controlled and the form's dirty check has a baseline. */
export type InterviewFormValues = Required<InterviewFieldsInput>

/** A new interview is usually added the day it happened, in the user's own time zone. */
export function emptyFields(now: Date = new Date()): InterviewFormValues {
  return {
    company: '',
    role: '',
    round: 1,
    date: format(now, 'yyyy-MM-dd'),
    time: '',
    timeZone: userTimeZone(),
    format: 'in-person',
    location: '',
    interviewers: [],
    arrangers: [],
    decision: {
      expectedDate: '',
      informer: 'interviewer',
      informerName: '',
      informerEmail: '',
      informerPhone: '',
      channel: '',
    },
    outcome: { receivedOn: '', note: '', answerBy: '' },
  }
}

/**
 * The next round of `interview`, for the New interview form: the same company, role, zone, format, the
 * people who arrange it, who tells the decision and how, and an office's address; its date, time and
 * interviewers are left for the user, who knows them now. A walkthrough's round 2 form had lost HR, Sam
 * Park and Email. A video call's location is its link, which each round has its own of.
 */
export function nextRoundFields(interview: Interview): InterviewFormValues {
  const empty = emptyFields()
  const { informer, informerName, informerEmail = '', informerPhone = '', channel } = interview.decision
  return {
    ...empty,
    company: interview.company,
    role: interview.role,
    round: interview.round + 1,
    date: '',
    timeZone: interview.timeZone,
    format: interview.format,
    location: interview.format === 'in-person' ? interview.location : '',
    arrangers: interview.arrangers.map((person) => ({ ...person, id: crypto.randomUUID(), cardCollected: false })),
    decision: { ...empty.decision, informer, informerName, informerEmail, informerPhone, channel },
  }
}

/** The user-editable part of a stored interview. */
export function fieldsOf(interview: Interview): InterviewFormValues {
  const { company, role, round, date, time, timeZone, location, interviewers, arrangers, decision, outcome } = interview
  return {
    company,
    role,
    round,
    date,
    time,
    timeZone,
    format: interview.format,
    location,
    interviewers,
    arrangers,
    // A record from before the fields were kept has none: the inputs still start controlled.
    decision: { ...decision, informerEmail: decision.informerEmail ?? '', informerPhone: decision.informerPhone ?? '' },
    outcome: { ...outcome, answerBy: outcome.answerBy ?? '' },
  }
}

export function newPerson(): Person {
  return {
    id: crypto.randomUUID(),
    name: '',
    title: '',
    email: '',
    phone: '',
    mailingAddress: '',
    linkedin: '',
    cardCollected: false,
  }
}

type PersonInput = Pick<Person, 'id' | 'name'> & Partial<Pick<Person, 'email' | 'phone'>>

/** The interviewer the Decision section names as who will tell ("dana smith" is Dana Smith); undefined for none. */
export function informerAmong<P extends PersonInput>(interviewers: readonly P[], informerName: string): P | undefined {
  const named = informerName.trim().toLowerCase()
  if (!named) return undefined
  return interviewers.find((person) => person.name.trim().toLowerCase() === named)
}

/** Who will tell, as an interviewer's card gives them: the name, email and phone the Decision section keeps. */
export function informerFrom(
  person: PersonInput | undefined,
): Pick<InterviewFormValues['decision'], 'informerName' | 'informerEmail' | 'informerPhone'> {
  return { informerName: person?.name ?? '', informerEmail: person?.email ?? '', informerPhone: person?.phone ?? '' }
}
