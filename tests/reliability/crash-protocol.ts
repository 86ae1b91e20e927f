import type { TaskAction } from '../../shared/domain/interview'
import type { StageId } from '../../shared/domain/stages'

/**
 * What the crash child prints, one JSON object per line: `start` before each call (what it may
 * change if the kill lands before the answer), `ack` once the host has returned (what must survive).
 */

export type PlannedChange =
  | { op: 'create'; company: string }
  | { op: 'update'; id: string; location: string }
  | { op: 'move'; id: string; stage: StageId }
  | { op: 'archive'; id: string; archived: boolean }
  | { op: 'delete'; id: string }
  | { op: 'task'; id: string; taskId: string; action: TaskAction; until?: string }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'notes'; id: string; markdown: string }
  /** An export file's records (each new, or newer than the board's) and notes: all land or none. */
  | { op: 'import'; records: RecordJson[]; notes: Record<string, string> }
  /** Makes the board the backup's (the parent reads what it holds): all or none. */
  | { op: 'restore'; name: string }
  /** New working hours; `moves` follow-ups are due to move with them (replanInterviews, asked at the start). */
  | { op: 'settings'; before: unknown; after: unknown; moves: number }

/** A record as the host returned it: plain JSON, compared canonically. */
export type RecordJson = { id: string; [key: string]: unknown }

export type Acknowledged =
  | { op: 'create' | 'update' | 'move' | 'archive' | 'task'; id: string; record: RecordJson }
  | { op: 'delete'; id: string; record: null }
  /** `id` is null when there was nothing to undo or redo. */
  | { op: 'undo' | 'redo'; id: string | null; record: RecordJson | null }
  | { op: 'notes'; id: string; markdown: string }
  /** After a multi-step operation: every record, and the notes of `notes`' ids, as they now are. */
  | { op: 'import' | 'restore' | 'settings'; records: RecordJson[]; notes: Record<string, string> }

/** Where a kill may land: inside one of these the folder must end whole or as before. */
export type Phase = 'compaction' | 'import' | 'restore' | 'settings' | 'backup'

export type ChildLine =
  | { k: 'ready' }
  | ({ k: 'start' } & PlannedChange)
  | ({ k: 'ack' } & Acknowledged)
  /** The host began a compaction or a backup (seen through its file system). */
  | { k: 'phase'; phase: Phase }
