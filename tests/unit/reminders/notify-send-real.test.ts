import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createNodeNotifier } from '../../../electron/host/follow-ups/reminders/notifier'
import { shellPayloads } from '../../support/hostile-text'
import { makeTempDir } from './support'

const hasNotifySend = ['/usr/bin/notify-send', '/bin/notify-send'].some((path) => existsSync(path))

let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
})

afterEach(async () => {
  await cleanup()
})

describe.runIf(process.platform === 'linux' && hasNotifySend)('the real notify-send', () => {
  it('is given shell syntax in a reminder as text: nothing of it runs', async () => {
    const marker = join(dir, 'pwned')
    // Without a notification daemon it is refused; what matters is what ran meanwhile.
    const refusedOrShown = createNodeNotifier({ platform: 'linux' }).show({
      title: `Follow up with ${shellPayloads(marker)}`,
      body: `Send a thank-you email — your interview at ${shellPayloads(marker)}.`,
    })
    await refusedOrShown.catch(() => undefined)
    expect(existsSync(marker)).toBe(false)
  })
})
