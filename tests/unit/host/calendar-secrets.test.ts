import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECRETS_FILE, SecretStore } from '../../../electron/host/calendar/secrets'
import { filesIn, useTempHosts } from './support'

const temp = useTempHosts()

describe('calendar secrets file', () => {
  it('is readable by the user alone, even over a world-readable temporary file a crash left', async () => {
    const dir = temp.dir
    const calendar = join(dir, 'calendar')
    await mkdir(calendar, { recursive: true })
    // The same process id again after a crash: its temporary file is reused, not created.
    const leftover = join(calendar, `.secrets.json.${process.pid}.tmp`)
    await writeFile(leftover, 'stale')
    await chmod(leftover, 0o644)

    const store = new SecretStore(dir, undefined)
    await store.set('work', 'https://calendar.example/private-7f3a9c2e.ics')

    expect((await stat(join(dir, SECRETS_FILE))).mode & 0o777).toBe(0o600)
    expect(await filesIn(calendar)).toEqual(['secrets.json'])
    expect(await new SecretStore(dir, undefined).get('work')).toBe('https://calendar.example/private-7f3a9c2e.ics')

    await store.delete('work')
    expect((await stat(join(dir, SECRETS_FILE))).mode & 0o777).toBe(0o600)
    expect(await readFile(join(dir, SECRETS_FILE), 'utf8')).not.toContain('private-7f3a9c2e')
  })
})
