import { randomUUID } from 'node:crypto'
import { generateNKeysBetween } from 'fractional-indexing'
import { interviewsFileSchema, type Interview, type InterviewsFile } from '../../shared/domain/interview'
import { STAGE_IDS } from '../../shared/domain/stages'

function card(name: string) {
  return {
    id: randomUUID(),
    name,
    title: 'Engineering manager, platform infrastructure',
    email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`,
    phone: '+49 30 1234 5678',
    mailingAddress: 'Example GmbH, Hauptstrasse 12, 10115 Berlin, Germany',
    linkedin: `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}`,
    cardCollected: true,
  }
}

/** A realistic record of about 2 KB: two full business cards, an arranger, notes on the decision and outcome. */
export function makeInterviews(count: number, noteRepeats = 4): InterviewsFile {
  const perStage = Math.ceil(count / STAGE_IDS.length)
  const keys = generateNKeysBetween(null, null, perStage)
  const interviews: Interview[] = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    company: `Company ${index}`,
    role: 'Senior backend engineer, payments platform',
    round: 1 + (index % 3),
    date: '2025-03-07',
    time: '14:00',
    timeZone: 'Europe/Berlin',
    format: 'video',
    location: 'https://meet.example.com/abc-defg-hij',
    interviewers: [card('Dana Reyes'), card('Lee Park')],
    arrangers: [card('Sam Okafor')],
    decision: { expectedDate: '2025-03-14', informer: 'hr', informerName: 'Sam Okafor', channel: 'email' },
    outcome: {
      receivedOn: '',
      note: 'Asked about on-call load, the migration off the monolith and how the team measures delivery. '.repeat(
        noteRepeats,
      ),
    },
    stage: STAGE_IDS[index % STAGE_IDS.length]!,
    order: keys[Math.floor(index / STAGE_IDS.length)]!,
    archived: false,
    tasks: [],
    createdAt: '2025-03-07T15:00:00.000Z',
    updatedAt: '2025-03-07T15:00:00.000Z',
  }))
  return interviewsFileSchema.parse({ schemaVersion: 1, seq: 0, interviews, undo: [], redo: [] })
}

/**
 * An export file of `count` interviews, every tenth with notes, as exportData writes it: about 1.3 KB
 * an interview, as in the 12.6 MB export of 10,000 that issue #17 was seen with.
 */
export function makeExport(count: number): string {
  // Without the arranger's card: the whole request stays under the browser app's 16 MiB body limit.
  const interviews = makeInterviews(count, 1).interviews.map((interview) => ({ ...interview, arrangers: [] }))
  const notes = Object.fromEntries(
    interviews
      .filter((_, index) => index % 10 === 0)
      .map((interview) => [interview.id, `# ${interview.company}\n\nThey asked about the migration.\n`]),
  )
  return JSON.stringify({ schemaVersion: 1, interviews, notes })
}
