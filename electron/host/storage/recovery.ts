import { basename } from 'node:path'
import type { Notice } from '../../../shared/api/contract'
import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'
import {
  isMissingFile,
  isUnwritable,
  storageError,
  syncFolder,
  truncateFileDurable,
  type FileSystem,
} from './durable-file'
import {
  applyJournalRecord,
  JournalMismatchError,
  stateFromFile,
  type InterviewState,
  type JournalRecord,
} from '../interviews/interview-state'
import { parseJournal } from './journal'
import { NewerDataVersionError, type MigrationContext } from './migrations'
import { createNotice, setAside } from './notices'
import { DamagedSnapshotError, emptyInterviewsFile, SnapshotFile, type SnapshotRead } from './snapshot'
import { preMigrationCopy, type StorePaths } from './store-files'

export interface RecoveryInputs {
  paths: StorePaths
  fs: FileSystem
  context: MigrationContext
  now: () => Date
}

export interface Recovered {
  state: InterviewState
  /** The seq interviews.json holds, as read; -1 when it must be rewritten at the next compaction. */
  snapshotSeq: number
  snapshotBytes: number
  journalBytes: number
  /** The journal ends in a torn line that could not be cut off yet (a read-only disk): cut it before appending. */
  journalNeedsTrim: boolean
  notices: Notice[]
  /** A file was set aside, restored or migrated: write a fresh snapshot now. */
  rewrite: boolean
  /** Notes and preferences of the batches replayed from the journal, in order; the host checks they reached their files. */
  effects: BatchEffects[]
}

interface SetAside {
  reason: string
  aside: string
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Reads one snapshot; a damaged one is moved aside (NewerDataVersionError passes through untouched). */
async function readOrSetAside(
  file: SnapshotFile,
  inputs: RecoveryInputs,
): Promise<{ read: SnapshotRead | null; damage?: SetAside }> {
  try {
    return { read: await file.readDetails() }
  } catch (error) {
    if (error instanceof NewerDataVersionError) throw error
    if (!(error instanceof DamagedSnapshotError)) throw storageError('read your interviews', error, file.path)
    const aside = await setAside(file.path, inputs.now(), inputs.fs)
    return { read: null, damage: { reason: error.reason, aside } }
  }
}

/** What a replayed batch wrote beside the interviews (notes, preferences), to check at start. */
export type BatchEffects = Pick<Extract<JournalRecord, { op: 'batch' }>, 'seq' | 'notes' | 'preferences'>

/** Applies the records that follow the state; false at the first that does not (a change is missing). */
function replay(state: InterviewState, records: JournalRecord[], effects: BatchEffects[]): boolean {
  for (const record of records) {
    if (record.seq <= state.seq) continue
    try {
      applyJournalRecord(state, record)
    } catch (error) {
      if (error instanceof JournalMismatchError) return false
      throw error
    }
    if (record.op === 'batch' && (record.notes || record.preferences)) {
      effects.push({ seq: record.seq, notes: record.notes, preferences: record.preferences })
    }
  }
  return true
}

async function readJournal(path: string, inputs: RecoveryInputs): Promise<Buffer | null> {
  try {
    return await inputs.fs.readFile(path)
  } catch (error) {
    if (isMissingFile(error)) return null
    throw storageError('read the change journal', error, path)
  }
}

/**
 * Rebuilds the interviews at start: interviews.json (or, when it is missing or damaged, the backup
 * interviews.json.bak), then the previous and current journals on top. Damaged files are set aside
 * with a timestamp, never deleted, and every loss is told to the user.
 */
export async function recoverInterviews(inputs: RecoveryInputs): Promise<Recovered> {
  const { paths, now } = inputs
  const notices: Notice[] = []
  const notice = (level: Notice['level'], message: string) => notices.push(createNotice(level, message, now()))

  const main = await readOrSetAside(new SnapshotFile(paths.snapshot, inputs.fs, inputs.context), inputs)
  const backup = main.read
    ? { read: null }
    : await readOrSetAside(new SnapshotFile(paths.backup, inputs.fs, inputs.context), inputs)
  const base = main.read ?? backup.read
  const state = stateFromFile(base?.data ?? emptyInterviewsFile())
  let rewrite = !main.read && (Boolean(base) || Boolean(main.damage))

  let journalBytes = 0
  let journalNeedsTrim = false
  const effects: BatchEffects[] = []
  for (const path of [paths.previousJournal, paths.journal]) {
    const content = await readJournal(path, inputs)
    if (!content) continue
    const parsed = parseJournal(content, state.seq)
    if (parsed.newerVersion !== undefined) throw new NewerDataVersionError(path, parsed.newerVersion)
    const followed = replay(state, parsed.records, effects)
    if (followed && parsed.damagedLine === undefined) {
      if (path === paths.journal) {
        // An append cut short by a crash was never acknowledged; cut it so the next append starts clean.
        if (parsed.tornTail) {
          await truncateFileDurable(path, parsed.validBytes, inputs.fs).catch((error: unknown) => {
            if (!isUnwritable(error)) throw storageError('repair the change journal', error, path)
            journalNeedsTrim = true
          })
        }
        journalBytes = parsed.validBytes
      }
      continue
    }
    const aside = await setAside(path, now(), inputs.fs)
    rewrite = true
    const lost = state.interviews.size === 0 ? 'error' : 'warning'
    notice(
      lost,
      parsed.damagedLine !== undefined
        ? `The change journal ${basename(path)} was damaged at line ${parsed.damagedLine}. The changes before that ` +
            `line were kept; the journal was moved to ${aside}.`
        : `Some changes in ${basename(path)} could not be applied because earlier changes are missing. The journal ` +
            `was moved to ${aside}.`,
    )
  }

  if (main.damage) {
    const { reason, aside } = main.damage
    if (backup.read || state.seq > 0) {
      notice(
        'warning',
        `Your interviews file ${basename(paths.snapshot)} was damaged (${reason}). It was moved to ${aside}, and ` +
          `the last good copy was restored (${plural(state.interviews.size, 'interview')}).`,
      )
    } else {
      notice(
        'error',
        `Your interviews file ${basename(paths.snapshot)} was damaged (${reason}) and no good copy was found, so ` +
          `Debrief started with an empty board. The damaged file was kept as ${aside}.`,
      )
    }
  }
  if (backup.damage) {
    notice(
      'warning',
      `The backup ${basename(paths.backup)} was damaged (${backup.damage.reason}); it was moved to ` +
        `${backup.damage.aside}.`,
    )
  }
  if (main.read && main.read.fromVersion < INTERVIEWS_SCHEMA_VERSION) {
    // Keep the file as the older version wrote it for good: later compactions replace the backup.
    const copy = preMigrationCopy(paths, main.read.fromVersion)
    try {
      await inputs.fs.copyFile(paths.snapshot, copy)
      await syncFolder(paths.dataDir, inputs.fs)
    } catch (error) {
      throw storageError('keep a copy of your interviews before upgrading them', error, copy)
    }
    rewrite = true
    notice(
      'info',
      `Your interviews were upgraded to this version's data format. The file as it was is kept as ${basename(copy)}.`,
    )
  }

  return {
    state,
    snapshotSeq: main.read?.sealed ? main.read.data.seq : -1,
    snapshotBytes: main.read?.bytes ?? 0,
    journalBytes,
    journalNeedsTrim,
    notices,
    rewrite,
    effects,
  }
}
