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

/** A record as the host returned it: plain JSON, compared canonically. */
export type RecordJson = { id: string; [key: string]: unknown }

export type Acknowledged =
  | { op: 'create' | 'update' | 'move' | 'archive' | 'task'; id: string; record: RecordJson }
  | { op: 'delete'; id: string; record: null }
  /** `id` is null when there was nothing to undo or redo. */
  | { op: 'undo' | 'redo'; id: string | null; record: RecordJson | null }
  | { op: 'notes'; id: string; markdown: string }

export type ChildLine = { k: 'ready' } | ({ k: 'start' } & PlannedChange) | ({ k: 'ack' } & Acknowledged)
