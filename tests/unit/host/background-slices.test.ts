import { describe, expect, it } from 'vitest'
import { inSlices } from '../../../electron/host/background-slices'

const busy = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until);
}

describe('background slices', () => {
  it('run one slice per turn of the loop whatever the number of jobs, so a request waits behind one slice', async () => {
    const ran: string[] = []
    const job = (name: string) => {
      let left = 6
      return inSlices(() => {
        ran.push(name)
        busy(2)
        return --left > 0
      }, 1)
    }
    // A timer fires once per turn of the loop: it counts the slices run since it last fired.
    const perTurn: number[] = []
    let seen = 0
    let ticking = true
    const tick = () => {
      perTurn.push(ran.length - seen)
      seen = ran.length
      if (ticking) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    await Promise.all([job('compaction'), job('search'), job('strings')])
    ticking = false

    expect(ran).toHaveLength(18)
    expect(new Set(ran.slice(0, 3))).toEqual(new Set(['compaction', 'search', 'strings']))
    expect(Math.max(...perTurn)).toBe(1)
  })
})
