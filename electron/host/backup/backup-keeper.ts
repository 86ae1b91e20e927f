import type { BackupInfo } from '../../../shared/api/contract'
import type { Interview } from '../../../shared/domain/interview'
import { dailyBackupName, listBackups, pruneDailyBackups, takeBackup } from './backups'
import type { FileSystem } from '../storage/durable-file'

/** How often a running host checks whether a new day needs its backup. */
export const BACKUP_CHECK_MS = 60 * 60 * 1000

/** What the keeper needs of the host: its queue, its clock, and a consistent state on disk. */
export interface BackupHostView {
  dataDir: string
  version: string
  fs: FileSystem
  now(): Date
  /** Runs `task` in the host's serial queue, so no change lands during a backup. */
  exclusive<T>(task: () => Promise<T>): Promise<T>
  /** Every interview as the host holds it right now. */
  interviews(): Interview[]
  /** False for a fresh folder: nothing to back up yet. */
  hasData(): boolean
  backupsToKeep(): number
  warn(message: string): void
}

/** Takes the day's backup at start and, while the host runs, on each new day; keeps the newest few. */
export class BackupKeeper {
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly host: BackupHostView) {}

  /** Resolves once today's backup is on disk (or could not be taken, which the user is told). */
  start(checkEveryMs = BACKUP_CHECK_MS): Promise<void> {
    // A check that finds the host closing has nothing to do.
    const check = () => this.host.exclusive(() => this.takeDailyIfMissing()).catch(() => undefined)
    this.timer = setInterval(() => void check(), checkEveryMs)
    this.timer.unref()
    return this.host.exclusive(() => this.takeDailyIfMissing())
  }

  stop(): void {
    clearInterval(this.timer)
  }

  list(): Promise<BackupInfo[]> {
    return this.host.exclusive(() => listBackups(this.host.dataDir))
  }

  /** Call inside the queue: a backup named `name` of the state right now. */
  async takeNow(name: string): Promise<void> {
    const about = { takenAt: this.host.now(), interviews: this.host.interviews(), version: this.host.version }
    await takeBackup(this.host.dataDir, name, about, this.host.fs)
  }

  private async takeDailyIfMissing(): Promise<void> {
    const name = dailyBackupName(this.host.now())
    try {
      if (!this.host.hasData()) return
      if ((await listBackups(this.host.dataDir)).some((backup) => backup.name === name)) return
      await this.takeNow(name)
      await pruneDailyBackups(this.host.dataDir, this.host.backupsToKeep())
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.host.warn(`${message} Your data is unchanged; Debrief will try the backup again later.`)
    }
  }
}
