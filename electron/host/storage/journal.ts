import { INTERVIEWS_SCHEMA_VERSION } from '../../../shared/domain/interview'
import { journalRecordSchema, type JournalRecord } from '../interviews/interview-state'
import { isIntact, sealJson, withoutSeal } from './seal'

const NEWLINE = 0x0a
/** How serializeRecord starts every line; lets replay skip records a snapshot already holds without parsing them. */
const RECORD_HEAD = /^\{"v":(\d+),"seq":(\d+),/

export interface ParsedJournal {
  /** The valid records from the start of the file, up to the first damaged line. */
  records: JournalRecord[]
  /** Length in bytes of the lines those records came from. */
  validBytes: number
  /** The last line had no newline: an append cut short by a crash, never acknowledged. */
  tornTail: boolean
  /** 1-based number of the first complete line that is not a valid record. */
  damagedLine?: number
  /** Set when a line was written by a newer Debrief. */
  newerVersion?: number
}

/** One line, sealed after `v` and `seq`: a record is validated before it is journaled. */
export function serializeRecord(record: JournalRecord): string {
  return `${sealJson(record, 2)}\n`
}

type LineResult = { record: JournalRecord } | { newerVersion: number } | { damaged: true }

function parseLine(line: string): LineResult {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { damaged: true }
  }
  const lineVersion = (value as { v?: unknown } | null)?.v
  if (typeof lineVersion === 'number' && lineVersion > INTERVIEWS_SCHEMA_VERSION) return { newerVersion: lineVersion }
  if (lineVersion === INTERVIEWS_SCHEMA_VERSION && isIntact(line))
    return { record: withoutSeal(value) as JournalRecord }
  const parsed = journalRecordSchema.safeParse(withoutSeal(value))
  return parsed.success ? { record: parsed.data } : { damaged: true }
}

function isFoldedRecord(line: string, foldedThrough: number): boolean {
  const head = RECORD_HEAD.exec(line)
  return head !== null && Number(head[1]) <= INTERVIEWS_SCHEMA_VERSION && Number(head[2]) <= foldedThrough
}

/**
 * Reads a journal: JSON lines, each one record, appended and fsynced one at a time. Records up to
 * `foldedThrough` are already in the snapshot: they are skipped unread, so their damage costs nothing.
 */
export function parseJournal(content: Buffer, foldedThrough: number): ParsedJournal {
  const result: ParsedJournal = { records: [], validBytes: 0, tornTail: false }
  let start = 0
  let lineNumber = 0
  while (start < content.length) {
    const end = content.indexOf(NEWLINE, start)
    if (end === -1) {
      result.tornTail = true
      break
    }
    lineNumber++
    const line = content.toString('utf8', start, end).trim()
    if (line && !isFoldedRecord(line, foldedThrough)) {
      const parsed = parseLine(line)
      if ('newerVersion' in parsed) return { ...result, newerVersion: parsed.newerVersion }
      if ('damaged' in parsed) return { ...result, damagedLine: lineNumber }
      result.records.push(parsed.record)
    }
    start = end + 1
    result.validBytes = start
  }
  return result
}
