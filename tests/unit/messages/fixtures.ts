import { interviewFieldsSchema, personSchema } from '../../../shared/domain/interview'
import type { Interview, InterviewFields, Person } from '../../../shared/domain/interview'

let personCount = 0

export function person(name: string, extra: Partial<Person> = {}): Person {
  const id = `00000000-0000-4000-8000-${String(++personCount).padStart(12, '0')}`
  return personSchema.parse({ id, name, ...extra })
}

export const dana = person('Dana Smith', { title: 'Head of Platform', email: 'dana.smith@example.com' })
export const lee = person('Lee Park', { email: 'lee@example.com' })
export const sam = person('Sam Ortiz', { title: 'Recruiter', email: 'sam.ortiz@example.com' })

/** An interview as the UI holds it: its fields and its stage. */
type TemplateInterview = InterviewFields & Pick<Interview, 'stage'>

/** Everything known: names with quotes, ampersands and non-ASCII letters, a later round, a decision date. */
export const fullInterview: TemplateInterview = {
  ...interviewFieldsSchema.parse({
    company: "Zoë O'Brien & Søn",
    role: 'Senior Engineer',
    round: 2,
    date: '2026-10-23',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    interviewers: [dana, lee],
    arrangers: [sam],
    decision: { expectedDate: '2026-11-06', informer: 'hr', informerName: 'Sam Ortiz', channel: 'phone' },
  }),
  stage: 'awaiting-result',
}

/** Only what the form requires: no people, no decision details. */
export const sparseInterview: TemplateInterview = {
  ...interviewFieldsSchema.parse({
    company: 'Acme',
    role: 'Engineer',
    date: '2026-10-23',
    time: '10:00',
    timeZone: 'Europe/Berlin',
  }),
  stage: 'interviewed',
}

/** Worse than the form allows, as an old or hand-edited record might be: blank names and no usable date. */
export const blankInterview: TemplateInterview = { ...sparseInterview, company: ' ', role: '', date: '' }
