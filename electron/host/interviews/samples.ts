import { join } from 'node:path'
import { z } from 'zod'
import { idSchema } from '../../../shared/domain/fields'
import {
  interviewFieldsSchema,
  type HistoryEntry,
  type Interview,
  type InterviewFieldsInput,
} from '../../../shared/domain/interview'
import { STAGE_IDS, type StageId } from '../../../shared/domain/stages'
import { completeTask, instantToWallTime, type TaskKind } from '../../../shared/workflow'
import { addCalendarDays, dayOf } from '../../../shared/workflow/wall-time'
import { isMissingFile, storageError, writeFileDurable, type FileSystem } from '../storage/durable-file'
import { createChange, type InterviewLookup, type TaskPlanner } from './interview-changes'

/**
 * Sample interviews for a first look at the board, and the file that remembers which ones they are.
 * The ids live in their own small file (samples.json), so the interview record and its sealed
 * snapshot stay exactly as they are, and "Remove sample interviews" still works after a restart.
 */

export const SAMPLES_FILE = 'samples.json'

const samplesFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ids: z.array(idSchema).max(100),
})

export class DamagedSamplesFileError extends Error {}

export class SampleRegistry {
  private readonly path: string
  private ids: string[] | null = null

  constructor(
    dataDir: string,
    private readonly fs: FileSystem,
  ) {
    this.path = join(dataDir, SAMPLES_FILE)
  }

  /** The ids of the samples last loaded, present or not; throws DamagedSamplesFileError once for a bad file. */
  async loaded(): Promise<string[]> {
    if (this.ids) return this.ids
    let text: string
    try {
      text = await this.fs.readFile(this.path, 'utf8')
    } catch (error) {
      if (!isMissingFile(error)) throw storageError('read the list of sample interviews', error, this.path)
      this.ids = []
      return this.ids
    }
    let value: unknown = null
    try {
      value = JSON.parse(text)
    } catch {
      // Not JSON: reported below like any other damage.
    }
    const parsed = samplesFileSchema.safeParse(value)
    this.ids = parsed.success ? parsed.data.ids : []
    if (!parsed.success) {
      throw new DamagedSamplesFileError(
        `The list of sample interviews (${this.path}) is damaged, so Debrief cannot tell which interviews are ` +
          'samples. Delete the sample interviews by hand, or delete that file.',
      )
    }
    return this.ids
  }

  /** Written before the samples themselves: a crash in between leaves ids that match nothing, never unknown samples. */
  async replace(ids: string[]): Promise<void> {
    const text = `${JSON.stringify({ schemaVersion: 1, ids })}\n`
    try {
      await writeFileDurable(this.path, text, { fs: this.fs })
    } catch (error) {
      throw storageError('save the list of sample interviews', error, this.path)
    }
    this.ids = ids
  }
}

/** `zone`, or London when the user is there already, so a sample abroad is abroad wherever the user is. */
function elsewhere(userZone: string, zone: string): string {
  return userZone === zone ? 'Europe/London' : zone
}

interface SampleDraft {
  fields: InterviewFieldsInput
  stage: StageId
}

/** What the user has done by the time a card reaches each stage, so a sample's checklist looks lived in. */
const DONE_ON_REACHING: ReadonlyArray<[StageId, TaskKind[]]> = [
  ['thanked', ['collect-card', 'ask-decision-details', 'thank-you-email', 'write-summary']],
  ['letter-sent', ['linkedin-request', 'formal-letter']],
  ['result-inquired', ['inquire-result']],
]

function doneBy(stage: StageId): Set<string> {
  const reached = STAGE_IDS.indexOf(stage)
  return new Set(DONE_ON_REACHING.filter(([from]) => reached >= STAGE_IDS.indexOf(from)).flatMap(([, kinds]) => kinds))
}

function person(name: string, title: string, domain: string, newId: () => string) {
  const email = `${name.split(' ')[0]!.toLowerCase()}@${domain}`
  return { id: newId(), name, title, email }
}

/**
 * Six made-up interviews at different points of the workflow, dated from `today` so that some
 * follow-ups are due. Most are in the user's own zone; a few are elsewhere (a remote team, an office
 * abroad), as in a real search, so the board shows how a time in another zone reads.
 */
function sampleDrafts(today: string, timeZone: string, newId: () => string): SampleDraft[] {
  const day = (offset: number) => addCalendarDays(today, offset)
  const base = (company: string, role: string, offset: number, time: string, zone = timeZone) => ({
    company,
    role,
    date: day(offset),
    time,
    timeZone: zone,
  })
  return [
    {
      stage: 'interviewed',
      fields: {
        ...base('Northwind Analytics', 'Data Engineer', -1, '10:00'),
        format: 'video',
        interviewers: [
          person('Jonas Weber', 'Head of Data', 'northwind.example', newId),
          person('Mei Lin', 'Senior Data Engineer', 'northwind.example', newId),
        ],
        decision: { expectedDate: day(6), informer: 'hr', informerName: 'Priya Natarajan', channel: 'email' },
      },
    },
    {
      stage: 'thanked',
      fields: {
        ...base('Bluebird Logistics', 'Product Manager', -4, '14:30', elsewhere(timeZone, 'America/New_York')),
        round: 2,
        interviewers: [person('Amara Okafor', 'VP Product', 'bluebird.example', newId)],
        decision: { expectedDate: day(3), informer: 'interviewer', informerName: '', channel: 'phone' },
      },
    },
    {
      stage: 'letter-sent',
      fields: {
        ...base('Fernhill Health', 'UX Researcher', -9, '11:00'),
        format: 'phone',
        interviewers: [person('Lucas Moreau', 'Research Lead', 'fernhill.example', newId)],
        decision: { expectedDate: day(-1), informer: 'hr', informerName: 'Hannah Berg', channel: 'email' },
      },
    },
    {
      stage: 'awaiting-result',
      fields: {
        ...base('Cobalt Systems', 'Site Reliability Engineer', -12, '09:30'),
        format: 'video',
        interviewers: [
          person('Sofia Rossi', 'SRE Manager', 'cobalt.example', newId),
          person('Daniel Kim', 'Staff Engineer', 'cobalt.example', newId),
        ],
        decision: { expectedDate: day(2), informer: 'interviewer', informerName: 'Sofia Rossi', channel: 'email' },
      },
    },
    {
      stage: 'result-inquired',
      fields: {
        ...base('Harbor & Vine', 'Marketing Lead', -16, '15:00'),
        interviewers: [person('Grace Turner', 'Chief Marketing Officer', 'harborvine.example', newId)],
        decision: { expectedDate: day(-5), informer: 'hr', informerName: '', channel: 'phone' },
      },
    },
    {
      stage: 'next-round',
      fields: {
        ...base('Quill Publishing', 'Technical Writer', -7, '13:00', elsewhere(timeZone, 'Asia/Singapore')),
        format: 'video',
        interviewers: [person('Oliver Hayes', 'Documentation Manager', 'quill.example', newId)],
        decision: { expectedDate: day(-2), informer: 'interviewer', informerName: 'Oliver Hayes', channel: 'email' },
      },
    },
  ]
}

/** The samples as ordinary "add" changes, so undo and every window treat them like the user's own. */
export function sampleChanges(
  interviews: InterviewLookup,
  timeZone: string,
  at: Date,
  planner: TaskPlanner,
  newId: () => string,
): HistoryEntry[] {
  const today = dayOf(instantToWallTime(at, timeZone))
  const added = new Map<string, Interview>()
  // Each sample goes last in its stage, after the samples added before it.
  const lookup: InterviewLookup = {
    get: (id) => added.get(id) ?? interviews.get(id),
    values: () => [...interviews.values(), ...added.values()][Symbol.iterator](),
  }
  return sampleDrafts(today, timeZone, newId).map(({ fields, stage }) => {
    const entry = createChange(lookup, interviewFieldsSchema.parse(fields), stage, newId(), at, planner)
    const done = doneBy(stage)
    const after: Interview = {
      ...entry.after!,
      tasks: entry.after!.tasks.map((task) => (done.has(task.kind) ? completeTask(task, at) : task)),
    }
    added.set(after.id, after)
    return { ...entry, label: `Add sample interview ${after.company}`, after }
  })
}

/** Removing the samples: one undoable delete each, named so the undo toast says what comes back. */
export function sampleRemoval(current: Interview): HistoryEntry {
  return { label: `Remove sample interview ${current.company}`, interviewId: current.id, before: current, after: null }
}
