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

export const SETTINGS_FILE = 'settings.json'
export const SETTINGS_BACKUP_FILE = `${SETTINGS_FILE}.bak`

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return undefined
    throw error
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isJsonObject(text: string): boolean {
  try {
    return isRecord(JSON.parse(text))
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
 * `<dataDir>/settings.json`, the preferences (and the desktop window's place) as one JSON object, kept
 * by hand rather than through electron-store or conf: their writer (atomically) pulls in when-exit,
 * which re-sends SIGINT to the process once its own handler has run, so one Ctrl+C arrived twice and
 * quit with changes held in memory (issue 14). A write replaces the file atomically and fsyncs it;
 * one that fails changes nothing, in memory or on disk.
 */
export class SettingsFile implements SettingsBackend {
  private values: Record<string, unknown>

  constructor(private readonly path: string) {
    const text = readIfPresent(path)
    const parsed: unknown = text === undefined ? {} : JSON.parse(text)
    if (!isRecord(parsed)) throw new Error(`${path} does not hold a JSON object`)
    this.values = parsed
  }

  get(key: string): unknown {
    return Object.hasOwn(this.values, key) ? this.values[key] : undefined
  }

  set(key: string, value: unknown): void {
    const next = { ...this.values, [key]: value }
    // Tab-indented, as conf and electron-store wrote it, so the file reads the same as before.
    writeFileDurableSync(this.path, `${JSON.stringify(next, undefined, '\t')}\n`)
    this.values = next
  }
}

/** Opens settings.json in `dataDir`; call after prepareSettingsFile has set a damaged one aside. */
export function openSettingsFile(dataDir: string): SettingsFile {
  return new SettingsFile(join(dataDir, SETTINGS_FILE))
}

/**
 * Run before opening the settings file, which refuses a damaged one. A good settings.json
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
