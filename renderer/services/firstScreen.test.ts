import { describe, expect, it } from 'vitest'
import type { Client } from '../../shared/api/client'
import { DataStore } from './dataStore'
import { afterFirstScreen, firstPagesIn } from './firstScreen'

/** A client whose first pages wait until released, or fail. */
function boardClient(outcome: 'pages' | 'failure') {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const client = {
    listStagePage: async () => {
      await released
      if (outcome === 'failure') throw new Error('Lost the connection')
      return { interviews: [], more: false }
    },
    listSamples: async () => ({ ids: [] }),
    getHostInfo: async () => ({ notices: [] }),
    getPreferences: async () => ({}),
    onEvent: () => () => {},
  } as unknown as Client
  return { client, release: () => release() }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('afterFirstScreen', () => {
  it.each(['pages', 'failure'] as const)(
    'waits while the board loads, and resolves once it shows its %s',
    async (outcome) => {
      const { client, release } = boardClient(outcome)
      const data = new DataStore(client)
      data.start()
      let painted = false
      void afterFirstScreen(data).then(() => (painted = true))
      await settled()
      expect(painted).toBe(false)
      release()
      await settled()
      expect(data.state.status).toBe(outcome === 'pages' ? 'ready' : 'failed')
      expect(painted).toBe(true)
      await expect(afterFirstScreen(data)).resolves.toBeUndefined()
    },
  )
})

describe('firstPagesIn', () => {
  it.each(['pages', 'failure'] as const)('resolves as soon as the board shows its %s', async (outcome) => {
    const { client, release } = boardClient(outcome)
    const data = new DataStore(client)
    data.start()
    let rendered = false
    void firstPagesIn(data, 60_000).then(() => (rendered = true))
    await settled()
    expect(rendered).toBe(false)
    release()
    await settled()
    expect(rendered).toBe(true)
  })

  it('gives up waiting after the time it is given, so a slow host still gets its window drawn', async () => {
    const { client } = boardClient('pages')
    const data = new DataStore(client)
    data.start()
    const started = Date.now()
    await firstPagesIn(data, 30)
    expect(data.state.status).toBe('loading')
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
  })
})
