import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  INTERVIEWS_SCHEMA_VERSION,
  interviewFieldsSchema,
  interviewsFileSchema,
  type Interview,
} from '../../../shared/domain/interview'
import type { StageId } from '../../../shared/domain/stages'
import { nodeFileSystem } from '../../../electron/host/storage/durable-file'
import { openHost } from '../../../electron/host/service'
import { applyJournalRecord, stateFromFile } from '../../../electron/host/interviews/interview-state'
import { parseJournal } from '../../../electron/host/storage/journal'
import { emptyInterviewsFile, SnapshotFile } from '../../../electron/host/storage/snapshot'
import { JOURNAL_FILE, SNAPSHOT_FILE } from '../../../electron/host/storage/store-files'
import { clockOnTheDay } from './lead-seed'

/**
 * Puts interviews in a fresh data folder before serve-web opens it, written by the host's own
 * snapshot writer (validated, then sealed as the host seals it), so 10,000 cards take a second, not
 * 10,000 fsynced changes.
 */
export async function seedInterviews(dataDir: string, interviews: Interview[]): Promise<void> {
  const file = interviewsFileSchema.parse({ schemaVersion: INTERVIEWS_SCHEMA_VERSION, seq: 0, interviews })
  await new SnapshotFile(join(dataDir, SNAPSHOT_FILE), nodeFileSystem, { timeZone: 'Europe/Berlin' }).write(file)
}

/**
 * An interview as the data folder holds it now: the snapshot with the change journal replayed on top, as
 * the host replays it. The journal is read first, so that a compaction between the two reads leaves a
 * snapshot holding what the journal read had; the other way round, an old snapshot and the journal a
 * compaction had just cut would miss the changes between them.
 */
export async function storedInterview(dataDir: string, id: string): Promise<Interview | null> {
  const journal = await readFile(join(dataDir, JOURNAL_FILE)).catch(() => Buffer.alloc(0))
  const snapshot = await new SnapshotFile(join(dataDir, SNAPSHOT_FILE), nodeFileSystem, { timeZone: 'UTC' }).read()
  const state = stateFromFile(snapshot ?? emptyInterviewsFile())
  for (const record of parseJournal(journal, state.seq).records) applyJournalRecord(state, record)
  return state.interviews.get(id) ?? null
}

export interface InterviewDraft {
  company: string
  role?: string
  stage?: StageId
  /** Days from today; negative for the past. */
  day?: number
  interviewer?: string
  interviewerEmail?: string
}

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' })

/**
 * Adds interviews through the host itself, as createInterview does for the app: ids, order keys and tasks
 * are its own. One of today or to come is entered before it begins, whatever the time of the run; one of
 * an earlier day is entered now, after it happened, and so asks which of its follow-ups are done.
 */
export async function addInterviews(dataDir: string, drafts: InterviewDraft[]): Promise<Interview[]> {
  const clock = clockOnTheDay()
  const settings = { get: () => undefined, set: () => undefined }
  const host = await openHost({ dataDir, settings, version: 'e2e', now: clock.now })
  const today = new Date()
  try {
    const created: Interview[] = []
    for (const draft of drafts) {
      // The day on the interview's clock: from 23:00 UTC the UTC date is Berlin's yesterday, and an
      // interview entered a day after it took place asks which follow-ups are done instead of listing them.
      const date = berlinDay.format(new Date(today.getTime() + (draft.day ?? 0) * 86_400_000))
      const fields = interviewFieldsSchema.parse({
        company: draft.company,
        role: draft.role ?? 'Engineer',
        date,
        time: '10:00',
        timeZone: 'Europe/Berlin',
        interviewers: draft.interviewer
          ? [{ id: crypto.randomUUID(), name: draft.interviewer, email: draft.interviewerEmail }]
          : [],
      })
      if ((draft.day ?? 0) >= 0) clock.enterBefore(fields)
      else clock.enterNow()
      created.push(await host.api.createInterview({ fields, stage: draft.stage ?? 'interviewed' }))
    }
    return created
  } finally {
    await host.close()
  }
}
