import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openHost } from '../../../electron/host/service'
import { interviewFieldsSchema, type Interview, type InterviewFieldsInput } from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { wallTimeToInstant } from '../../../shared/workflow/time-zone'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export function daysFromToday(days: number, timeZone = 'Europe/Berlin'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + days * DAY_MS))
}

/** Who the messages come from in these tests, as Settings › You holds it. */
export const ALEX = {
  name: 'Alex Morgan',
  email: 'alex@morgan.example',
  phone: '+44 20 7946 0000',
  address: '12 Elm Street\nLondon N1 2AB',
  signature: 'alexmorgan.dev',
  greeting: 'first-name',
} as const

/** settings.json as serve-web's conf reads it: the user's name and address, the first-run step answered. */
export async function seedYou(dataDir: string): Promise<void> {
  const settings = { schemaVersion: 1, preferences: { you: ALEX, nameStepSeen: true } }
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(settings))
}

/**
 * Raman Analytics, Berlin: Priya Raman (with a mailing address) and Tom Becker interviewed the user;
 * Sam O'Brien arranged it and will phone the decision.
 */
export function ramanFields(overrides: Partial<InterviewFieldsInput> = {}): InterviewFieldsInput {
  return {
    company: 'Raman Analytics',
    role: 'Data engineer',
    date: daysFromToday(-10),
    time: '10:00',
    timeZone: 'Europe/Berlin',
    interviewers: [
      {
        id: crypto.randomUUID(),
        name: 'Priya Raman',
        title: 'Head of Data',
        email: 'priya@raman.example',
        mailingAddress: 'Raman Analytics GmbH\nFriedrichstraße 1\n10117 Berlin',
      },
      { id: crypto.randomUUID(), name: 'Tom Becker', title: 'Staff engineer', email: 'tom@raman.example' },
    ],
    arrangers: [
      { id: crypto.randomUUID(), name: "Sam O'Brien", email: 'sam@raman.example', phone: '+49 30 1234 5678' },
    ],
    decision: { expectedDate: daysFromToday(-7), informer: 'hr', informerName: "Sam O'Brien", channel: 'phone' },
    ...overrides,
  }
}

/**
 * A clock for a seeding host that stands an hour before a past interview begins (now for one to come),
 * so that the interview is entered as a user who keeps up enters it, not after it happened (which
 * asks "Which of these have you already done?" and gathers its overdue follow-ups in one Today row).
 */
export function clockOnTheDay(): {
  now: () => Date
  enterBefore(interview: Pick<InterviewFieldsInput, 'date' | 'time' | 'timeZone'>): void
  enterNow(): void
} {
  let entered = new Date()
  return {
    now: () => entered,
    enterBefore({ date, time, timeZone }) {
      const start = wallTimeToInstant(`${date}T${time}`, timeZone ?? 'Europe/Berlin')
      const before = new Date(start.getTime() - HOUR_MS)
      entered = before < new Date() ? before : new Date()
    },
    enterNow() {
      entered = new Date()
    },
  }
}

/** Adds interviews through the host itself, as the app does, each entered on its day, before serve-web opens the folder. */
export async function seedInterviews(
  dataDir: string,
  interviews: Array<{ fields: InterviewFieldsInput; stage?: StageId }>,
): Promise<Interview[]> {
  const clock = clockOnTheDay()
  const settings = { get: () => undefined, set: () => undefined }
  const host = await openHost({ dataDir, settings, version: 'e2e', now: clock.now })
  try {
    const created: Interview[] = []
    for (const { fields, stage } of interviews) {
      clock.enterBefore(fields)
      created.push(
        await host.api.createInterview({ fields: interviewFieldsSchema.parse(fields), stage: stage ?? 'interviewed' }),
      )
    }
    return created
  } finally {
    await host.close()
  }
}
