import { describe, expect, it } from 'vitest'
import { asChange, inSlices } from '../../../electron/host/background-slices'

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

  it('wait while a change runs, so its steps queue behind no slice, and run once it is done', async () => {
    const ran: string[] = []
    let finish!: () => void
    const change = asChange(async () => {
      await new Promise<void>((resolve) => (finish = resolve))
      ran.push('change')
    })
    let left = 3
    const job = inSlices(() => {
      ran.push('slice')
      return --left > 0
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(ran).toEqual([])
    finish()
    await Promise.all([change, job])
    expect(ran).toEqual(['change', 'slice', 'slice', 'slice'])
  })

  it('still get a turn now and then while one change lasts, so the compaction is never starved', async () => {
    // A budget of 0 ms: one step a slice.
    let slices = 0
    let changing = true
    const change = asChange(() =>
      new Promise<void>((resolve) => setTimeout(resolve, 400)).then(() => (changing = false)),
    )
    let duringChange = 0
    const job = inSlices(() => {
      slices++
      if (changing) duringChange++
      return slices < 1_000
    }, 0)
    await Promise.all([change, job])
    // Held back, but not stopped: a slice every 50 ms or so (thousands when nothing holds them).
    expect(duringChange).toBeGreaterThanOrEqual(2)
    expect(duringChange).toBeLessThan(20)
  })
})
