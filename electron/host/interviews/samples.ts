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
import { instantToWallTime, wallTimeToInstant, type TaskKind } from '../../../shared/workflow'
import { addWorkingDays, dayOf } from '../../../shared/workflow/wall-time'
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
  private knownIds: { from: string[] | null; set: ReadonlySet<string> } | undefined

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

  /** The ids of the samples as last read or written, none before the first read: a lookup on every reminder check. */
  known(): ReadonlySet<string> {
    if (this.knownIds?.from !== this.ids) this.knownIds = { from: this.ids, set: new Set(this.ids ?? []) }
    return this.knownIds.set
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

/** One made-up interview: where it is on the board, when it was, who was there and what they said about the decision. */
interface Sample {
  stage: StageId
  company: string
  role: string
  /** Working days from today (a sample is never on a weekend): negative for an interview already held. */
  day: number
  time: string
  /** An office abroad; absent: the user's own zone. */
  abroad?: string
  format?: InterviewFieldsInput['format']
  round?: number
  /** The company's mail domain, for the interviewers' addresses. */
  domain: string
  interviewers: ReadonlyArray<readonly [name: string, title: string]>
  /** The decision: `day` working days from today, who tells it and by which channel. */
  decision: { day: number; informer: 'hr' | 'interviewer'; informerName: string; channel: 'email' | 'phone' }
}

/**
 * Six made-up interviews at different points of the workflow, dated from today so that some follow-ups
 * are due. Most are in the user's own zone; a few are elsewhere (a remote team, an office abroad), as in
 * a real search, so the board shows how a time in another zone reads.
 */
const SAMPLES: readonly Sample[] = [
  {
    stage: 'interviewed',
    company: 'Northwind Analytics',
    role: 'Data Engineer',
    day: -1,
    time: '10:00',
    format: 'video',
    domain: 'northwind.example',
    interviewers: [
      ['Jonas Weber', 'Head of Data'],
      ['Mei Lin', 'Senior Data Engineer'],
    ],
    decision: { day: 6, informer: 'hr', informerName: 'Priya Natarajan', channel: 'email' },
  },
  {
    stage: 'thanked',
    company: 'Bluebird Logistics',
    role: 'Product Manager',
    day: -4,
    time: '14:30',
    abroad: 'America/New_York',
    round: 2,
    domain: 'bluebird.example',
    interviewers: [['Amara Okafor', 'VP Product']],
    decision: { day: 3, informer: 'interviewer', informerName: '', channel: 'phone' },
  },
  {
    stage: 'letter-sent',
    company: 'Fernhill Health',
    role: 'UX Researcher',
    day: -9,
    time: '11:00',
    format: 'phone',
    domain: 'fernhill.example',
    interviewers: [['Lucas Moreau', 'Research Lead']],
    decision: { day: -1, informer: 'hr', informerName: 'Hannah Berg', channel: 'email' },
  },
  {
    stage: 'awaiting-result',
    company: 'Cobalt Systems',
    role: 'Site Reliability Engineer',
    day: -12,
    time: '09:30',
    format: 'video',
    domain: 'cobalt.example',
    interviewers: [
      ['Sofia Rossi', 'SRE Manager'],
      ['Daniel Kim', 'Staff Engineer'],
    ],
    decision: { day: 2, informer: 'interviewer', informerName: 'Sofia Rossi', channel: 'email' },
  },
  {
    stage: 'result-inquired',
    company: 'Harbor & Vine',
    role: 'Marketing Lead',
    day: -16,
    time: '15:00',
    domain: 'harborvine.example',
    interviewers: [['Grace Turner', 'Chief Marketing Officer']],
    decision: { day: -5, informer: 'hr', informerName: '', channel: 'phone' },
  },
  {
    stage: 'next-round',
    company: 'Quill Publishing',
    role: 'Technical Writer',
    day: -7,
    time: '13:00',
    abroad: 'Asia/Singapore',
    format: 'video',
    domain: 'quill.example',
    interviewers: [['Oliver Hayes', 'Documentation Manager']],
    decision: { day: -2, informer: 'interviewer', informerName: 'Oliver Hayes', channel: 'email' },
  },
]

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

/** A sample's fields, dated from `today`; abroad means London when the user is already where it is. */
function sampleFields(sample: Sample, today: string, timeZone: string, newId: () => string): InterviewFieldsInput {
  const { company, role, day, time, abroad, format, round, domain, decision } = sample
  const zone = abroad === undefined ? timeZone : abroad === timeZone ? 'Europe/London' : abroad
  const interviewers = sample.interviewers.map(([name, title]) => ({
    id: newId(),
    name,
    title,
    email: `${name.split(' ')[0]!.toLowerCase()}@${domain}`,
  }))
  const { day: decisionDay, ...told } = decision
  return {
    company,
    role,
    date: addWorkingDays(today, day),
    time,
    timeZone: zone,
    ...(format ? { format } : {}),
    ...(round ? { round } : {}),
    interviewers,
    decision: { expectedDate: addWorkingDays(today, decisionDay), ...told },
  }
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
  return SAMPLES.map((sample) => {
    const { stage } = sample
    const fields = interviewFieldsSchema.parse(sampleFields(sample, today, timeZone, newId))
    const entry = createChange(lookup, fields, stage, newId(), at, planner)
    const done = doneBy(stage)
    // Marked done as the user marks them, on the day each was due, so an inquiry done plans its check again
    // and the check again's message recalls a day in the past. A sample was not "added after it happened":
    // its open follow-ups show as due, not behind "which have you done?".
    const after = entry
      .after!.tasks.filter((task) => done.has(task.kind))
      .reduce<Interview>(
        (sample, task) => {
          const dueAt = wallTimeToInstant(task.due, sample.timeZone)
          return { ...sample, tasks: planner.afterDone(sample, task.id, dueAt < at ? dueAt : at) }
        },
        { ...entry.after!, noneDoneYet: true },
      )
    added.set(after.id, after)
    return { ...entry, label: `Add sample interview ${after.company}`, after }
  })
}

/** Removing the samples: one undoable delete each, named so the undo toast says what comes back. */
export function sampleRemoval(current: Interview): HistoryEntry {
  return { label: `Remove sample interview ${current.company}`, interviewId: current.id, before: current, after: null }
}
