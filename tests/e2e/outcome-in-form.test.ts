import { describe, expect, it } from 'vitest'
import { dayText } from '../../shared/workflow/zone-text'
import { InterviewFormPage } from './pages/interview-form.page'
import { NextPage } from './pages/next.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { daysFromToday } from './support/lead-seed'
import { addInterviews, storedInterview } from './support/seed-board'

/**
 * The form's Outcome says which result came, as Next's "Heard back?" and the board do, and by the same
 * move. A walkthrough's interview entered with its result stayed in Interviewed, asked "Heard back from
 * Globex?" beside "Skipped: the result is in", offered "Move to Thanked", and had no reply to the offer.
 */
describe.skipIf(!hasChromium)('the outcome recorded in the interview form', () => {
  const session = useAppSession()

  it('puts a new interview entered with its offer straight into Offer, with the reply first', async () => {
    const workbench = await session.open()
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Globex', Role: 'Analyst', Date: daysFromToday(-10), Time: '10:00' })
    await form.addInterviewer({ Name: "Sam O'Neil" })
    await form.fill({ 'Result received on': daysFromToday(-3), 'What they said': 'Offer: 60k, start in January' })
    await form.field('Result').selectOption({ label: 'Offer' })
    await form.save()

    const { page } = workbench
    await page.getByRole('status').filter({ hasText: 'Added Globex to the board, under Offer.' }).waitFor()
    const next = new NextPage(page)
    await expect.poll(async () => (await next.titles())[0]).toBe('Reply to the offer from Globex')
    expect(await next.panel.getByText(/^Heard back from Globex/).count()).toBe(0)
    expect(await next.panel.getByText(/the card is still in/).count()).toBe(0)
    await workbench.showBoard()
    await workbench.board.card('Globex', 'Analyst', 'Offer').waitFor()
  })

  it('keeps an offer’s day to answer by as a follow-up, refusing one before the offer came', async () => {
    const workbench = await session.open()
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Globex', Role: 'Analyst', Date: daysFromToday(-10), Time: '10:00' })
    await form.fill({ 'Result received on': daysFromToday(-3) })
    await form.field('Result').selectOption({ label: 'Offer' })
    await form.fill({ 'Answer by': daysFromToday(-4) })
    await form.save()
    expect(await form.errorOf(form.field('Answer by'))).toBe(
      'The day to answer by cannot be before the day the result came',
    )
    await form.fill({ 'Answer by': daysFromToday(3) })
    await form.save()

    // The day had nowhere to go: after the quick reply nothing was left (a walkthrough).
    const next = new NextPage(workbench.page)
    await expect.poll(() => next.titles()).toContain('Decide on the offer from Globex')
    await next.followUp('Reply to the offer from Globex').waitFor()
    // It said "Nothing to write for this one", and never by when.
    await next.pick('Decide on the offer from Globex')
    expect(await next.followUp('Decide on the offer from Globex').innerText()).toContain(
      `They asked for your answer by ${dayText(daysFromToday(3), 'en-GB')}: mark this done once you have given it.`,
    )
  })

  it('asks what the result was, by its day, when only the day it came is recorded', async () => {
    const workbench = await session.open()
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Initech', Role: 'Analyst', Date: daysFromToday(-10), Time: '10:00' })
    await form.addInterviewer({ Name: 'Dana Reyes' })
    await form.fill({ 'Result received on': daysFromToday(-3) })
    await form.save()

    const next = new NextPage(workbench.page)
    // On the user's calendar, as every other day (it said "Thu, Dec 3" beside "Thu 3 Dec": a walkthrough).
    const question = next.prompt(`The result came on ${dayText(daysFromToday(-3), 'en-GB')}: what was it?`)
    await question.waitFor()
    expect(await next.panel.getByText(/^Heard back from Initech/).count()).toBe(0)
    expect(await next.panel.getByText(/the card is still in/).count()).toBe(0)
    await question.getByRole('button', { name: 'Not selected', exact: true }).click()
    await workbench.page.getByRole('status').filter({ hasText: 'Moved Initech to Not selected.' }).waitFor()
    await expect.poll(() => next.titles()).toContain('Email Dana Reyes to thank them for the interview')
  })

  it('moves a stored interview to the outcome picked in its form, and Undo takes it back', async () => {
    let acmeId = ''
    const workbench = await session.open({
      seed: async (dataDir) => {
        const [acme] = await addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes' }])
        acmeId = acme!.id
      },
    })
    await workbench.board.cardOf('Acme').click()
    const form = new InterviewFormPage(workbench.page)
    await form.field('Result').selectOption({ label: 'Next round' })
    await form.save()

    const next = new NextPage(workbench.page)
    await expect.poll(async () => (await next.titles())[0]).toBe('Confirm the next round with Acme')
    await expect.poll(async () => (await storedInterview(session.dataDir, acmeId))?.stage).toBe('next-round')
    await workbench.page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await storedInterview(session.dataDir, acmeId))?.stage).toBe('interviewed')
    await expect.poll(() => form.field('Result').inputValue()).toBe('')
  })

  it('“Not yet” on an interview in an outcome takes the day the result came with it', async () => {
    const workbench = await session.open({
      seed: (dataDir) =>
        addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes', stage: 'offer' }]),
    })
    await workbench.board.cardOf('Acme', 'Offer').click()
    const form = new InterviewFormPage(workbench.page)
    await expect.poll(() => form.field('Result received on').inputValue()).not.toBe('')
    await form.field('Result').selectOption({ label: 'Not yet' })
    expect(await form.field('Result received on').inputValue()).toBe('')
    await form.save()
    // Kept, Next asked "The result came on Fri 4 Dec: what was it?" of the "Not yet" just saved (a walkthrough).
    const next = new NextPage(workbench.page)
    await next.prompt('Heard back from Acme?').waitFor()
    expect(await next.panel.getByText(/^The result came on/).count()).toBe(0)
  })

  it('the reply to an offer recorded from Next leads to the day to answer by, and the day to its follow-up', async () => {
    const workbench = await session.open({
      seed: (dataDir) =>
        addInterviews(dataDir, [{ company: 'Acme', day: -5, interviewer: 'Dana Reyes', stage: 'offer' }]),
    })
    await workbench.board.cardOf('Acme', 'Offer').click()
    const next = new NextPage(workbench.page)
    const REPLY = 'Reply to the offer from Acme'
    await next.pick(REPLY)
    // Recorded from "Heard back?", the offer never asked for the day, though the draft asks "[… by when …]".
    await next.followUp(REPLY).getByRole('button', { name: 'Add the day to answer by', exact: true }).click()
    const form = new InterviewFormPage(workbench.page)
    const answerBy = form.field('Answer by')
    await expect.poll(() => answerBy.evaluate((field) => field === document.activeElement)).toBe(true)
    await answerBy.fill(daysFromToday(3))
    await form.save()
    await expect.poll(() => next.titles()).toContain('Decide on the offer from Acme')
    await expect
      .poll(() => next.followUp(REPLY).getByRole('button', { name: 'Add the day to answer by' }).count())
      .toBe(0)
  })
})
