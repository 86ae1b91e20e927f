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

describe.skipIf(!hasChromium)('times on the other party’s clock, in the browser app', () => {
  const session = useAppSession()

  it('a thank-you and its snooze say the user’s time alone; the call to ask for the result says New York’s too', async () => {
    const THANK_MARCUS = 'Send a thank-you email to Marcus Lee'
    await session.launch({
      seed: async (dataDir) => {
        await seedYou(dataDir)
        const fields = ramanFields({
          company: 'Northwind',
          timeZone: 'America/New_York',
          interviewers: [{ id: crypto.randomUUID(), name: 'Marcus Lee', email: 'marcus@northwind.example' }],
          arrangers: [],
          decision: {
            expectedDate: daysFromToday(-7),
            informer: 'interviewer',
            informerName: 'Marcus Lee',
            informerPhone: '+1 212 555 0100',
            channel: 'phone',
          },
        })
        await seedInterviews(dataDir, [{ fields }])
      },
    })
    const { page } = await session.newWorkbench()
    await page
      .getByRole('complementary', { name: 'Interviews' })
      .getByRole('button', { name: /^Northwind/ })
      .click()
    const next = new NextPage(page)
    await next.panel.waitFor()
    // "overdue · due Sat 5 Dec, 07:00 your time · 01:00 in New York" read as "email them at 1 a.m." (a walkthrough).
    const thanks = await next.toggle(THANK_MARCUS).textContent()
    expect(thanks).toMatch(/due \w{3},? .+, \d\d:\d\d$/)
    expect(thanks).not.toContain('New York')
    await next
      .followUp(THANK_MARCUS)
      .getByRole('button', { name: `Snooze “${THANK_MARCUS}”` })
      .click()
    const menu = page.getByRole('menu', { name: `Snooze “${THANK_MARCUS}”` })
    await menu.waitFor()
    expect(await menu.innerText()).not.toContain('New York')
    await page.keyboard.press('Escape')
    // A call reaches them at a moment that matters to them: its time on their clock too.
    expect(await next.toggle('Call Marcus Lee to ask about the result').textContent()).toMatch(
      /\d\d:\d\d your time · (.+, )?\d\d:\d\d in New York/,
    )
  })
})
