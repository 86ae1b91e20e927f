import { canonicalJson } from '../../electron/host/storage/canonical-json'
import type { Acknowledged, PlannedChange, RecordJson } from './crash-protocol'

/** The host's undo reach (electron/host/interviews/interview-state.ts HISTORY_LIMIT), mirrored by the model. */
const HISTORY_LIMIT = 200

interface Entry {
  id: string
  before: RecordJson | null
  after: RecordJson | null
}

function same(a: unknown, b: unknown): boolean {
  // Key order aside: the same record read back from disk compares equal whatever order it was written in.
  return canonicalJson(a ?? null) === canonicalJson(b ?? null)
}

export interface DiskState {
  records: Map<string, RecordJson>
  /** Notes text by interview id, read straight from notes/<id>.md ('' when missing). */
  notesOf(id: string): string
  /** The preferences settings.json holds, as the host reads them. */
  preferences?: unknown
  /** What a backup holds, for a restore the kill came in. */
  backup?: { records: Map<string, RecordJson>; notes: Map<string, string> }
}

/**
 * What the data folder must hold: every record and every note as the last acknowledged call left
 * them, plus the undo and redo stacks (so an undo's effect is known before it is acknowledged).
 */
export class ExpectedState {
  readonly records = new Map<string, RecordJson>()
  readonly notes = new Map<string, string>()
  private undo: Entry[] = []
  private redo: Entry[] = []
  /**
   * After an import, a restore or a settings change the host's undo history holds entries the model
   * does not (one per interview, or none): undo and redo are then taken as the host reports them.
   */
  private historyUnknown = false
  /** Where the model and the host disagreed about undo or redo: a lost or invented change. */
  readonly divergences: string[] = []
  /** Multi-step operations the kill left part done: each is a failure. */
  readonly partial: string[] = []

  apply(ack: Acknowledged): void {
    switch (ack.op) {
      case 'notes':
        this.notes.set(ack.id, ack.markdown)
        break
      case 'undo':
      case 'redo':
        this.step(ack.op, ack.id, ack.record)
        break
      case 'import':
      case 'restore':
      case 'settings':
        this.replaceAll(ack.records, ack.notes)
        break
      default:
        this.change(ack.id, ack.record)
    }
  }

  private replaceAll(records: Iterable<RecordJson>, notes: Record<string, string> | Map<string, string>): void {
    this.records.clear()
    for (const record of records) this.records.set(record.id, record)
    const byId = notes instanceof Map ? notes : new Map(Object.entries(notes))
    for (const id of this.notes.keys()) if (!byId.has(id)) this.notes.set(id, '')
    for (const [id, markdown] of byId) this.notes.set(id, markdown)
    this.undo = []
    this.redo = []
    this.historyUnknown = true
  }

  private change(id: string, record: RecordJson | null): void {
    const before = this.records.get(id) ?? null
    this.put(id, record)
    // The host journals nothing for a call that changes nothing, so it pushes no undo entry either.
    if (same(before, record)) return
    this.undo.push({ id, before, after: record })
    if (this.undo.length > HISTORY_LIMIT) this.undo.shift()
    this.redo = []
  }

  private step(direction: 'undo' | 'redo', id: string | null, record: RecordJson | null): void {
    const from = direction === 'undo' ? this.undo : this.redo
    const to = direction === 'undo' ? this.redo : this.undo
    const entry = from.pop()
    if (!entry) {
      if (this.historyUnknown) {
        if (id !== null) this.put(id, record)
        return
      }
      if (id !== null) this.divergences.push(`${direction} touched ${id} with nothing to ${direction}`)
      return
    }
    const expected = direction === 'undo' ? entry.before : entry.after
    if (entry.id !== id || !same(expected, record)) {
      this.divergences.push(`${direction} touched ${id} where ${entry.id} was expected`)
    }
    this.put(entry.id, record)
    to.push(entry)
    if (to === this.undo && this.undo.length > HISTORY_LIMIT) this.undo.shift()
  }

  private put(id: string, record: RecordJson | null): void {
    if (record) this.records.set(id, record)
    else this.records.delete(id)
  }

  /** The record an undo or redo started now would restore, or undefined when it would do nothing. */
  private stepTarget(direction: 'undo' | 'redo'): { id: string; record: RecordJson | null } | undefined {
    const entry = (direction === 'undo' ? this.undo : this.redo).at(-1)
    return entry && { id: entry.id, record: direction === 'undo' ? entry.before : entry.after }
  }

  /**
   * Compares the disk with the model and returns how many acknowledged changes are missing. The call
   * in flight at the kill (`pending`) may or may not have landed; if it did, the model takes it in.
   */
  reconcile(disk: DiskState, pending: PlannedChange | undefined): { lost: string[] } {
    const lost: string[] = []
    if (pending?.op === 'import' || pending?.op === 'restore' || pending?.op === 'settings') {
      this.reconcileBulk(disk, pending)
      pending = undefined
    }
    const landed = this.pendingLanded(disk, pending)
    for (const id of new Set([...this.records.keys(), ...disk.records.keys()])) {
      if (landed && 'id' in landed && landed.id === id) continue
      const want = this.records.get(id)
      const have = disk.records.get(id)
      if (!same(want, have)) lost.push(`record ${id}: ${want ? (have ? 'changed' : 'missing') : 'unexpected'}`)
    }
    for (const [id, markdown] of this.notes) {
      if (pending?.op === 'notes' && pending.id === id && disk.notesOf(id) === pending.markdown) continue
      if (disk.notesOf(id) !== markdown) lost.push(`notes of ${id}: changed`)
    }
    if (landed) this.apply(landed)
    else if (pending?.op === 'notes' && disk.notesOf(pending.id) === pending.markdown) {
      this.apply({ op: 'notes', id: pending.id, markdown: pending.markdown })
    }
    return { lost }
  }

  /**
   * A multi-step operation the kill came in: the disk must hold all of it or none of it. All of it is
   * taken into the model; none leaves the model as it was; anything between is a partial state.
   */
  private reconcileBulk(
    disk: DiskState,
    pending: Extract<PlannedChange, { op: 'import' | 'restore' | 'settings' }>,
  ): void {
    const unchanged = (id: string) => same(disk.records.get(id), this.records.get(id))
    if (pending.op === 'import') {
      const arrived = pending.records.filter((record) => same(disk.records.get(record.id), record)).length
      const untouched = pending.records.filter((record) => unchanged(record.id)).length
      const notesArrived = Object.entries(pending.notes).every(([id, markdown]) => disk.notesOf(id) === markdown)
      if (arrived === pending.records.length && notesArrived) {
        for (const record of pending.records) this.records.set(record.id, record)
        for (const [id, markdown] of Object.entries(pending.notes)) this.notes.set(id, markdown)
        this.undo = []
        this.redo = []
        this.historyUnknown = true
      } else if (untouched !== pending.records.length) {
        this.partial.push(
          `import: ${arrived} of ${pending.records.length} interviews, notes ${notesArrived ? 'all' : 'not all'} there`,
        )
      }
      return
    }
    if (pending.op === 'restore') {
      const backup = disk.backup
      if (!backup) return void this.partial.push(`restore of ${pending.name}: the backup is not there to compare`)
      const ids = new Set([...disk.records.keys(), ...backup.records.keys()])
      // Notes written since the backup count too: a restore empties them, so a disk that still holds
      // them was not restored, even where every record and every note the backup has matches.
      const noteIds = new Set([...this.notes.keys(), ...backup.notes.keys()])
      const whole =
        [...ids].every((id) => same(disk.records.get(id), backup.records.get(id))) &&
        [...noteIds].every((id) => disk.notesOf(id) === (backup.notes.get(id) ?? ''))
      const before = [...new Set([...disk.records.keys(), ...this.records.keys()])].every(unchanged)
      if (whole) {
        this.replaceAll(backup.records.values(), new Map([...noteIds].map((id) => [id, backup.notes.get(id) ?? ''])))
      } else if (!before)
        this.partial.push(`restore of ${pending.name}: the board is neither as before nor as the backup`)
      return
    }
    const settingsNew = same(disk.preferences, pending.after)
    const moved = [...disk.records.values()].filter((record) => !same(record.tasks, this.records.get(record.id)?.tasks))
    if (settingsNew) {
      if (pending.moves > 0 && moved.length === 0) {
        this.partial.push(`settings change: new working hours saved, but none of ${pending.moves} follow-ups moved`)
      }
      for (const record of moved) this.records.set(record.id, record)
      this.historyUnknown = true
    } else if (moved.length > 0) {
      this.partial.push(`settings change: ${moved.length} follow-ups moved, but the working hours are the old ones`)
    }
  }

  /** The in-flight call as an acknowledgement, when the disk shows it was applied. */
  private pendingLanded(disk: DiskState, pending: PlannedChange | undefined): Acknowledged | undefined {
    if (!pending || pending.op === 'notes') return undefined
    if (pending.op === 'create') {
      const made = [...disk.records.values()].find(
        (record) => !this.records.has(record.id) && record.company === pending.company,
      )
      return made && { op: 'create', id: made.id, record: made }
    }
    if (pending.op === 'import' || pending.op === 'restore' || pending.op === 'settings') return undefined
    if (pending.op === 'undo' || pending.op === 'redo') {
      if (this.historyUnknown) return this.unknownStep(disk, pending.op)
      const target = this.stepTarget(pending.op)
      if (!target || same(disk.records.get(target.id), this.records.get(target.id))) return undefined
      const record = disk.records.get(target.id) ?? null
      return same(record, target.record) ? { op: pending.op, id: target.id, record } : undefined
    }
    const have = disk.records.get(pending.id)
    if (same(have, this.records.get(pending.id))) return undefined
    if (pending.op === 'delete') return have ? undefined : { op: 'delete', id: pending.id, record: null }
    if (!have || !this.fits(pending, have)) return undefined
    return { op: pending.op, id: pending.id, record: have }
  }

  /** An undo or redo in flight when the model does not know the history: it landed if exactly one record moved. */
  private unknownStep(disk: DiskState, op: 'undo' | 'redo'): Acknowledged | undefined {
    const ids = [...new Set([...disk.records.keys(), ...this.records.keys()])].filter(
      (id) => !same(disk.records.get(id), this.records.get(id)),
    )
    if (ids.length !== 1) return undefined
    return { op, id: ids[0]!, record: disk.records.get(ids[0]!) ?? null }
  }

  private fits(pending: PlannedChange, record: RecordJson): boolean {
    switch (pending.op) {
      case 'update':
        return record.location === pending.location
      case 'move':
        return record.stage === pending.stage
      case 'archive':
        return record.archived === pending.archived
      case 'task': {
        const task = (record.tasks as Array<{ id: string; status: string; snoozedUntil?: string }>).find(
          (candidate) => candidate.id === pending.taskId,
        )
        if (!task) return false
        if (pending.action === 'snooze') return task.snoozedUntil === pending.until
        return task.status === { done: 'done', dismiss: 'dismissed', reopen: 'open' }[pending.action]
      }
      default:
        return false
    }
  }
}
