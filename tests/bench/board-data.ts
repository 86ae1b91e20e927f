import { randomUUID } from 'node:crypto'
import { generateNKeysBetween } from 'fractional-indexing'
import { interviewFieldsSchema, type Interview } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { STAGE_IDS } from '../../shared/domain/stages'
import { completeTask, generateTasks } from '../../shared/workflow'
import { addCalendarDays } from '../../shared/workflow/wall-time'

/**
 * A board as a busy career coach would have it: interviews spread over the stages, each with two
 * interviewers and the checklist the workflow generates, the early steps done for cards further on.
 * Shared by the board benchmark and the 10,000-card end-to-end test.
 */

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Soylent', 'Wonka']
const ROLES = ['Backend engineer', 'Product manager', 'Data analyst', 'UX researcher', 'Site reliability engineer']
const FORMATS = ['video', 'in-person', 'phone'] as const
const DONE_BEFORE_STAGE: Record<string, number> = {
  'collect-card': 1,
  'ask-decision-details': 1,
  'thank-you-email': 1,
  'write-summary': 1,
  'linkedin-request': 2,
  'formal-letter': 2,
  'inquire-result': 4,
}

function person(name: string, company: string) {
  return { id: randomUUID(), name, email: `${name.split(' ')[0]!.toLowerCase()}@${company.toLowerCase()}.example.com` }
}

export function boardInterviews(count: number, now: Date, today = now.toISOString().slice(0, 10)): Interview[] {
  const perStage = Math.ceil(count / STAGE_IDS.length)
  const keys = generateNKeysBetween(null, null, perStage)
  const stamp = now.toISOString()
  return Array.from({ length: count }, (_, index) => {
    const stageIndex = index % STAGE_IDS.length
    const stage = STAGE_IDS[stageIndex]!
    const name = COMPANIES[index % COMPANIES.length]!
    const company = `${name} ${index}`
    const fields = interviewFieldsSchema.parse({
      company,
      role: ROLES[index % ROLES.length],
      round: 1 + (index % 3),
      date: addCalendarDays(today, -(index % 40)),
      time: '10:00',
      timeZone: 'Europe/Berlin',
      format: FORMATS[index % FORMATS.length],
      interviewers: [person('Dana Reyes', name), person('Lee Park', name)],
      decision: { expectedDate: addCalendarDays(today, 7 - (index % 20)), informer: 'hr', channel: 'email' },
    })
    const tasks = generateTasks({ ...fields, stage }, DEFAULT_PREFERENCES, { newId: randomUUID, now }).map((task) =>
      stageIndex >= (DONE_BEFORE_STAGE[task.kind] ?? Infinity) ? completeTask(task, now) : task,
    )
    return {
      id: randomUUID(),
      ...fields,
      stage,
      order: keys[Math.floor(index / STAGE_IDS.length)]!,
      archived: false,
      tasks,
      createdAt: stamp,
      updatedAt: stamp,
    }
  })
}
