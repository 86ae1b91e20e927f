import {
  interviewFieldsSchema,
  personSchema,
  type FollowUpTask,
  type Interview,
  type Person,
} from '../../../shared/domain/interview'
import type { InterviewFieldsInput } from '../../../shared/domain/interview'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/domain/settings'
import type { StageId } from '../../../shared/domain/stages'
import type { WorkflowInterview } from '../../../shared/workflow/generate'

/** Ids that are valid uuids and predictable, so tests can name them. */
export function sequentialIds(prefix = 'a'): () => string {
  let count = 0
  return () => `00000000-0000-4000-8000-${prefix}${String(++count).padStart(11, '0')}`
}

const personIds = sequentialIds('b')

export function person(name: string, extra: Partial<Person> = {}): Person {
  return personSchema.parse({ id: personIds(), name, ...extra })
}

export function interview(
  fields: Partial<InterviewFieldsInput> = {},
  stage: StageId = 'interviewed',
): WorkflowInterview & Pick<Interview, 'outcome'> & { tasks: FollowUpTask[] } {
  const parsed = interviewFieldsSchema.parse({
    company: 'Acme',
    role: 'Engineer',
    date: '2026-10-23',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    ...fields,
  })
  return { ...parsed, stage, tasks: [] }
}

export function preferences(overrides: Partial<Preferences> = {}): Preferences {
  return { ...DEFAULT_PREFERENCES, ...overrides }
}

export function only<T>(items: T[]): T {
  if (items.length !== 1) throw new Error(`Expected exactly one item, got ${items.length}`)
  return items[0] as T
}
