import Conf from 'conf'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings'
import { prepareSettingsFile, settingsStoreOptions } from '../../../electron/host/settings/settings-file'
import { filesIn, makeTempDir, memorySettings, open } from './support'

let dir: string
let cleanup: () => Promise<void>

/** What serve-web passes: how to open conf over settings.json, which the host does once it holds the lock. */
function confSettings() {
  const { cwd, name } = settingsStoreOptions(dir)
  return () => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'debrief' })
}

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
})

afterEach(async () => {
  await cleanup()
})

describe('preferences', () => {
  it('round-trip through conf into settings.json and back after a restart', async () => {
    const first = await open(dir, { settings: confSettings() })
    expect(await first.client.getPreferences({})).toEqual(DEFAULT_PREFERENCES)
    const saved = await first.client.setPreferences({ theme: 'dark', fewDays: 4 })
    expect(saved).toMatchObject({ theme: 'dark', fewDays: 4, businessDays: true })
    await first.host.close()

    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))
    expect(onDisk).toMatchObject({ schemaVersion: 1, preferences: { theme: 'dark', fewDays: 4 } })

    const second = await open(dir, { settings: confSettings() })
    expect(await second.client.getPreferences({})).toEqual(saved)
    await second.host.close()
  })

  it('replace invalid stored values with defaults, keep the valid ones, and say which were reset', async () => {
    const settings = memorySettings({
      preferences: { theme: 'neon', fewDays: 5, lunch: { start: '14:00', end: '13:00' } },
    })
    const { host, client } = await open(dir, { settings })
    expect(await client.getPreferences({})).toEqual({
      ...DEFAULT_PREFERENCES,
      fewDays: 5,
    })
    const [notice] = (await client.getHostInfo({})).notices
    expect(notice!.message).toContain('theme')
    expect(notice!.message).toContain('lunch break')
    await host.close()
  })

  it('fall back to defaults with a notice when the stored value is not an object', async () => {
    const { host, client } = await open(dir, { settings: memorySettings({ preferences: 'dark' }) })
    expect(await client.getPreferences({})).toEqual(DEFAULT_PREFERENCES)
    expect((await client.getHostInfo({})).notices).toHaveLength(1)
    await host.close()
  })
})

describe('a damaged settings.json', () => {
  it('is set aside and the last good copy restored, before conf reads it', async () => {
    const first = await open(dir, { settings: confSettings() })
    await first.client.setPreferences({ theme: 'light' })
    await first.host.close()
    prepareSettingsFile(dir) // as the next start does: settings.json.bak is refreshed from the good file
    expect(JSON.parse(await readFile(join(dir, 'settings.json.bak'), 'utf8'))).toMatchObject({
      preferences: { theme: 'light' },
    })

    await writeFile(join(dir, 'settings.json'), '{"preferences": {"theme": "li')
    const second = await open(dir, { settings: confSettings() })
    expect(await second.client.getPreferences({})).toMatchObject({ theme: 'light' })
    const aside = (await filesIn(dir)).filter((name) => name.startsWith('settings.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(aside[0]).toMatch(/^settings\.json\.corrupt-\d{8}-\d{6}$/)
    const [notice] = (await second.client.getHostInfo({})).notices
    expect(notice!.message).toContain(join(dir, aside[0]!))
    expect(notice!.message).toContain('restored')
    await second.host.close()
  })

  it('without a good copy is set aside and the defaults used, with a notice', async () => {
    await writeFile(join(dir, 'settings.json'), '[1, 2')
    const { host, client } = await open(dir, { settings: confSettings() })
    const { notices } = await client.getHostInfo({})
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toContain('reset to their defaults')
    expect(await client.getPreferences({})).toEqual(DEFAULT_PREFERENCES)
    await host.close()
  })

  it('leaves a good file and a missing file alone', async () => {
    expect(prepareSettingsFile(dir)).toEqual([])
    await writeFile(join(dir, 'settings.json'), '{"preferences":{}}')
    expect(prepareSettingsFile(dir)).toEqual([])
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe('{"preferences":{}}')
  })
})
