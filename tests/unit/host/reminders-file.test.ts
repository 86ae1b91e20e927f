import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir, open, type TestHost } from './support'

let opened: { host: TestHost; cleanup: () => Promise<void> } | undefined

afterEach(async () => {
  await opened?.host.host.close()
  await opened?.cleanup()
  opened = undefined
})

describe('a damaged reminders.json', () => {
  it('is set aside with a notice, like every other file', async () => {
    const { dir, cleanup } = await makeTempDir()
    await writeFile(join(dir, 'reminders.json'), '{ garbage')
    const host = await open(dir, { notifier: { show: async () => undefined } })
    opened = { host, cleanup }

    await expect
      .poll(async () => (await host.client.getHostInfo({})).notices.map(({ message }) => message).join('\n'))
      .toMatch(/Your reminders file reminders\.json was damaged\. It was moved to .*reminders\.json\.corrupt-/)
    expect((await readdir(dir)).some((name) => name.startsWith('reminders.json.corrupt-'))).toBe(true)
  })
})
