import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { addInterviews } from './support/seed-board'

/** Whether two elements' boxes share any point. */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = await Promise.all([a.boundingBox(), b.boundingBox()])
  if (!one || !two) return false
  return (
    one.x < two.x + two.width && two.x < one.x + one.width && one.y < two.y + two.height && two.y < one.y + one.height
  )
}

describe.skipIf(!hasChromium)('the board’s edge and the notices', () => {
  const session = useAppSession()

  for (const [width, height] of [
    [1280, 800],
    [1000, 700],
  ] as const) {
    it(`at ${width}×${height}, a notice never covers the pointer to columns out of view`, async () => {
      const workbench = await session.open({
        seed: (dataDir) =>
          addInterviews(dataDir, [
            { company: 'Acme', stage: 'thanked', day: -3 },
            { company: 'Initech', stage: 'next-round', day: -3 },
            { company: 'Brightline', stage: 'offer', day: -3 },
            { company: 'Hooli', stage: 'not-selected', day: -3 },
          ]),
      })
      const { board, page } = workbench
      await page.setViewportSize({ width, height })
      const edge = page.getByRole('button', { name: /^Scroll right to .*Not selected 1/ })
      await edge.waitFor()
      // A notice raised on another tab, then the board shown.
      await board.cardOf('Acme').click()
      await page.getByRole('tab', { name: /^Acme/, selected: true }).waitFor()
      await board.runCommand('archive card', 'Board: Archive card Acme')
      const notices = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo' }) })
      const notice = notices.filter({ hasText: /^Archived Acme/ })
      await notice.waitFor()
      await workbench.showBoard()
      await edge.waitFor()
      // It sat under the notice, which came while the board was hidden (a walkthrough).
      await expect.poll(() => overlap(edge, notice)).toBe(false)
      expect(await notice.isVisible()).toBe(true)
    })
  }
})
