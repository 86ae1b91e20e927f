import { join } from 'node:path'

export const SNAPSHOT_FILE = 'interviews.json'
export const SNAPSHOT_BACKUP_FILE = 'interviews.json.bak'
export const JOURNAL_FILE = 'interviews.journal'
export const PREVIOUS_JOURNAL_FILE = 'interviews.journal.prev'

/** The files that together hold the interviews, in one data folder. */
export interface StorePaths {
  dataDir: string
  snapshot: string
  backup: string
  journal: string
  previousJournal: string
}

export function storePaths(dataDir: string): StorePaths {
  return {
    dataDir,
    snapshot: join(dataDir, SNAPSHOT_FILE),
    backup: join(dataDir, SNAPSHOT_BACKUP_FILE),
    journal: join(dataDir, JOURNAL_FILE),
    previousJournal: join(dataDir, PREVIOUS_JOURNAL_FILE),
  }
}

/** Where the file a migration read is kept for good: `interviews.json.v0`. */
export function preMigrationCopy(paths: StorePaths, version: number): string {
  return `${paths.snapshot}.v${version}`
}
