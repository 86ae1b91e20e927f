import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Notice } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import type { Preferences } from '../../../shared/domain/settings'
import { isMissingFile, isUnwritable, writeFileDurableSync } from '../storage/durable-file'
import type { SettingsBackend } from '../host'
import type { WriteGate } from '../storage/lock'
import { createNotice, setAsideSync } from '../storage/notices'
import { writePreferences } from './preferences'

const SETTINGS_NAME = 'settings'
export const SETTINGS_FILE = `${SETTINGS_NAME}.json`
export const SETTINGS_BACKUP_FILE = `${SETTINGS_FILE}.bak`

/** electron-store's options for `<dataDir>/settings.json` (conf calls `name` `configName`). */
export function settingsStoreOptions(dataDir: string): { cwd: string; name: string } {
  return { cwd: dataDir, name: SETTINGS_NAME }
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return undefined
    throw error
  }
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

/** A read-only or full disk keeps the older backup until a later start: the settings themselves are good. */
function refreshBackup(backup: string, text: string): void {
  try {
    writeFileDurableSync(backup, text)
  } catch (error) {
    if (!isUnwritable(error)) throw error
  }
}

/**
 * Run before constructing electron-store or conf, which refuse a damaged file. A good settings.json
 * refreshes settings.json.bak; a damaged one is set aside and the backup put in its place.
 */
export function prepareSettingsFile(dataDir: string, now: Date = new Date()): Notice[] {
  const path = join(dataDir, SETTINGS_FILE)
  const backup = join(dataDir, SETTINGS_BACKUP_FILE)
  const text = readIfPresent(path)
  if (text === undefined) return []
  const backupText = readIfPresent(backup)
  if (isJsonObject(text)) {
    if (backupText !== text) refreshBackup(backup, text)
    return []
  }
  const aside = setAsideSync(path, now)
  if (backupText !== undefined && isJsonObject(backupText)) {
    writeFileDurableSync(path, backupText)
    return [
      createNotice(
        'warning',
        `Your settings file ${SETTINGS_FILE} was damaged. It was moved to ${aside}, and the last good copy was restored.`,
        now,
      ),
    ]
  }
  return [
    createNotice(
      'warning',
      `Your settings file ${SETTINGS_FILE} was damaged and no good copy was found, so your preferences were reset ` +
        `to their defaults. The damaged file was kept as ${aside}.`,
      now,
    ),
  ]
}

/**
 * Writes the preferences to settings.json. When the disk refuses (full, read-only), they are held in
 * memory, in use, until a later write or `flush` gets them onto disk.
 */
export class PreferencesWriter {
  private held: Preferences | undefined
  private refusal: unknown

  constructor(
    private readonly settings: SettingsBackend,
    private readonly gate: WriteGate,
  ) {}

  /** 1 while preferences are held in memory, not on disk yet. */
  get unsaved(): number {
    return this.held ? 1 : 0
  }

  /** Why the disk refused the held preferences. */
  get reason(): unknown {
    return this.held ? this.refusal : undefined
  }

  /** Saves `preferences`, or holds them while the disk refuses. Any other failure is thrown and holds nothing new. */
  save(preferences: Preferences): void {
    const before = this.held
    this.held = preferences
    try {
      this.writeHeld()
    } catch (error) {
      if (isUnwritable(error)) return
      this.held = before
      const reason = error instanceof Error ? error.message : String(error)
      throw new ApiError({ code: 'storage', message: `Debrief could not save your preferences: ${reason}` })
    }
  }

  /** Writes held preferences; throws (keeping them) while the disk still refuses. */
  async flush(): Promise<void> {
    this.writeHeld()
  }

  private writeHeld(): void {
    if (!this.held) return
    try {
      this.gate()
      writePreferences(this.settings, this.held)
    } catch (error) {
      this.refusal = error
      throw error
    }
    this.held = undefined
  }
}
