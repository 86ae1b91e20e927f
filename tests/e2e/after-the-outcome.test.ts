import { describe, expect, it } from 'vitest'
import { NextPage } from './pages/next.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { daysFromToday, ramanFields, seedInterviews, seedYou } from './support/lead-seed'

const LINKEDIN_MARCUS = 'Send Marcus Lee a LinkedIn request with a short note'
const THANKS_AFTER_NO = 'Email Marcus Lee to thank them for the interview'

describe.skipIf(!hasChromium)('after the result is recorded in Next, in the browser app', () => {
  const session = useAppSession()

  it('after “Not selected”, the outcome’s first step opens with the keyboard on it, not the draft picked before', async () => {
    await session.launch({
      seed: async (dataDir) => {
        await seedYou(dataDir)
        const fields = ramanFields({
          company: 'Northwind',
          interviewers: [{ id: crypto.randomUUID(), name: 'Marcus Lee', email: 'marcus@northwind.example' }],
          arrangers: [],
          decision: {
            expectedDate: daysFromToday(-3),
            informer: 'interviewer',
            informerName: 'Marcus Lee',
            channel: 'email',
          },
        })
        await seedInterviews(dataDir, [{ fields, stage: 'awaiting-result' }])
      },
    })
    const workbench = await session.newWorkbench({ width: 1280, height: 800 })
    const { page } = workbench
    await page
      .getByRole('complementary', { name: 'Interviews' })
      .getByRole('button', { name: /^Northwind/ })
      .click()
    const next = new NextPage(page)
    await next.pick(LINKEDIN_MARCUS)
    await workbench.showBoard()
    await page.getByRole('tab', { name: /^Northwind/ }).click()
    await next.panel.waitFor()
    await next.prompt('Heard back from Northwind?').getByRole('button', { name: 'Not selected', exact: true }).click()

    // The LinkedIn draft picked before the no stayed open, the view scrolled to it, and the thanks the no
    // calls for stayed folded above it (a walkthrough).
    await expect.poll(() => next.toggle(THANKS_AFTER_NO).getAttribute('aria-expanded'), { timeout: 5_000 }).toBe('true')
    expect(await next.toggle(LINKEDIN_MARCUS).getAttribute('aria-expanded')).toBe('false')
    const thanks = next.followUp(THANKS_AFTER_NO)
    await expect
      .poll(() =>
        thanks.evaluate(
          (item) => item.contains(document.activeElement) && !document.activeElement?.closest('.next-item-head'),
        ),
      )
      .toBe(true)
  })
})
