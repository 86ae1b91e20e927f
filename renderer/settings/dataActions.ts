import { backupTimeLabel } from '../../shared/api/backup-text'
import type { BackupInfo } from '../../shared/api/contract'
import { messageOf } from '../services/dataStore'
import { saveDownload } from '../services/download'
import type { Services } from '../services/services'
import { countLabel } from '../services/stageLists'

export type ExportFormat = 'json' | 'csv'

/** Exports every interview (archived too; the samples only when asked) and downloads the file. */
export async function exportData(
  { client, notifications }: Services,
  format: ExportFormat,
  includeSamples = false,
): Promise<void> {
  const file = await client.exportData({ format, includeSamples })
  saveDownload(file)
  notifications.done(`Exported your interviews as ${file.fileName}.`)
}

/** Backs up the data folder now ("Back up now" in Settings › Data and the palette). */
export async function backUpNow({ client, notifications }: Services): Promise<BackupInfo> {
  const backup = await client.backUpNow({})
  notifications.done(`Backed up your data folder (${backupTimeLabel(backup)}). Settings › Data lists every backup.`)
  return backup
}

/**
 * Restores a backup: the host first sets the current data aside as a backup of its own. The board and
 * the preferences reload, and the message offers to undo by restoring what was set aside.
 */
export async function restoreBackup(services: Services, backup: Pick<BackupInfo, 'name' | 'takenAt'>): Promise<void> {
  const { client, data, notifications } = services
  const { setAsideAs } = await client.restoreBackup({ name: backup.name })
  await Promise.all([data.refreshInterviews(), data.refreshPreferences()])
  notifications.done(
    `Restored the backup from ${backupTimeLabel(backup)}. ` + 'What it replaced was set aside as a backup.',
    {
      label: 'Undo',
      run: () => {
        client
          .restoreBackup({ name: setAsideAs })
          .then(() => Promise.all([data.refreshInterviews(), data.refreshPreferences()]))
          .then(
            () => notifications.done('The restore was undone.'),
            (error: unknown) => notifications.error(`The restore could not be undone: ${messageOf(error)}`),
          )
      },
    },
  )
}

/**
 * Loads a JSON export into this (empty) data folder; the host refuses a malformed file, saying where. An
 * export holds the interviews and their notes, not the settings: in a new folder with no name set, the
 * drafts read "Kind regards," with nothing under it, and nothing said why (a walkthrough).
 */
export async function importFile(services: Services, file: File): Promise<string> {
  const { client, data } = services
  const { interviews, notes } = await client.importData({ json: await file.text() })
  await data.refreshInterviews()
  const said = `Imported ${countLabel(interviews, 'interview')} and ${countLabel(notes, 'note')} from ${file.name}.`
  if (data.state.preferences?.you.name) return said
  return `${said} Your name, signature and working hours are not in an export: set them here, under You and Working day.`
}
