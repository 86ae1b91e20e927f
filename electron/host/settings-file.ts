import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Notice } from '../../shared/api/contract'
import { isMissingFile, writeFileDurableSync } from './durable-file'
import { createNotice, setAsideSync } from './notices'

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
    if (backupText !== text) writeFileDurableSync(backup, text)
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
