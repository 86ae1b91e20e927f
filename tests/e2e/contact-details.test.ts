import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { InterviewFormPage } from './pages/interview-form.page'
import { NextPage } from './pages/next.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { daysFromToday, ramanFields, seedInterviews, seedYou } from './support/lead-seed'
import { storedInterview } from './support/seed-board'

/** Kestrel Labs, ten days ago: Anna Schmidt interviewed the user; HR's Rachel Kim will tell the decision. */
function kestrelFields(overrides: Parameters<typeof ramanFields>[0] = {}) {
  return ramanFields({
    company: 'Kestrel Labs',
    interviewers: [{ id: crypto.randomUUID(), name: 'Anna Schmidt', title: 'Engineering manager' }],
    arrangers: [],
    decision: {
      expectedDate: daysFromToday(-3),
      informer: 'hr',
      informerName: 'Rachel Kim',
      informerEmail: 'rachel@kestrel.example',
      channel: 'phone',
    },
    ...overrides,
  })
}

describe.skipIf(!hasChromium)('noting how to reach people from Next, in the browser app', () => {
  const session = useAppSession()

  /** The Kestrel Labs interview, open on Next in a browser; returns its id. */
  async function open(fields: ReturnType<typeof kestrelFields>): Promise<{ page: Page; next: NextPage; id: string }> {
    let id = ''
    const seed = async (dataDir: string) => {
      await seedYou(dataDir)
      id = (await seedInterviews(dataDir, [{ fields }]))[0]!.id
    }
    await session.launch({ seed })
    const { page } = await session.newWorkbench()
    await page
      .getByRole('complementary', { name: 'Interviews' })
      .getByRole('button', { name: /^Kestrel Labs/ })
      .click()
    const next = new NextPage(page)
    await next.panel.waitFor()
    return { page, next, id }
  }

  it('the call to someone known only by name rings the Decision section’s phone, which its hint opens', async () => {
    const { page, next, id } = await open(kestrelFields())
    const CALL_RACHEL = 'Call Rachel Kim to ask about the result'
    await next.pick(CALL_RACHEL)
    const rachel = next.message('Rachel Kim')
    // It said "No phone number for Rachel Kim: add them under Interviewers or People who arranged it", a dead end.
    await rachel.getByText('No phone number for Rachel Kim').waitFor()
    const sendTo = next.panel.getByRole('group', { name: 'Send to', exact: true })
    expect(await sendTo.innerText()).toContain('Rachel Kim, named under Decision, below, with no phone number yet.')

    await rachel.getByRole('button', { name: 'Add Rachel Kim’s phone number' }).click()
    const form = new InterviewFormPage(page)
    const phone = form.field('Their phone')
    await expect.poll(() => phone.evaluate((input) => input === document.activeElement)).toBe(true)
    // Checked as the people's phones are.
    await phone.fill('call reception')
    await form.save()
    await expect.poll(() => form.errorOf(phone)).toBe('Must be a phone number: digits, spaces and + ( ) - . /')
    await phone.fill('+1 415 555 0100')
    await form.save()

    const dial = rachel.getByRole('link', { name: 'Call Rachel Kim · +1 415 555 0100' })
    await dial.waitFor()
    expect(await dial.getAttribute('href')).toBe('tel:+14155550100')
    expect(await next.body(rachel).inputValue()).toContain('Number to call: +1 415 555 0100 (Rachel Kim).')
    expect(await rachel.getByText('No phone number').count()).toBe(0)
    expect(await sendTo.innerText()).toContain('Rachel Kim · +1 415 555 0100, as named under Decision, below.')
    expect((await storedInterview(session.dataDir, id))?.decision).toMatchObject({
      informerEmail: 'rachel@kestrel.example',
      informerPhone: '+1 415 555 0100',
    })
  })

  it('a call leads with its link, Copy text grey beside it, and once the link is used Mark called leads', async () => {
    const decision = { ...kestrelFields().decision, informerPhone: '+49 30 5555 0199' }
    const { page, next } = await open(kestrelFields({ decision }))
    await next.pick('Call Rachel Kim to ask about the result')
    const rachel = next.message('Rachel Kim')
    const CALL = 'Call Rachel Kim · +49 30 5555 0199'
    // The call link and Copy text were both blue: neither stood out as the next thing to do (a walkthrough).
    expect(await next.primaryActions(rachel)).toEqual([CALL])
    // Chromium would hand tel: to the system's phone app, which the test machine has not got.
    await page.evaluate(() =>
      document.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('a[href^="tel:"]')) event.preventDefault()
      }),
    )
    await rachel.getByRole('link', { name: CALL }).click()
    await expect.poll(() => next.primaryActions(rachel)).toEqual(['Mark called'])
  })

  it('a LinkedIn note to an interviewer with no profile on file says so, and its Add it leads to the field', async () => {
    const { page, next } = await open(kestrelFields())
    await next.pick('Send Anna Schmidt a LinkedIn request with a short note')
    const anna = next.message('Anna Schmidt')
    // It offered only "Copy text" and "Mark sent", and said nothing of the missing profile (a walkthrough).
    const hint = anna.getByText('No LinkedIn profile for Anna Schmidt to open from here:')
    await hint.waitFor()
    await anna.getByRole('button', { name: 'Add Anna Schmidt’s LinkedIn profile' }).click()

    const form = new InterviewFormPage(page)
    const linkedin = form.field('LinkedIn', form.interviewer(1))
    await expect.poll(() => linkedin.evaluate((input) => input === document.activeElement)).toBe(true)
    await linkedin.fill('https://www.linkedin.com/in/anna-schmidt')
    await form.save()
    const profile = anna.getByRole('link', { name: 'Open Anna Schmidt on LinkedIn', exact: true })
    await profile.waitFor()
    expect(await profile.getAttribute('href')).toBe('https://www.linkedin.com/in/anna-schmidt')
    expect(await hint.count()).toBe(0)
  })

  it('asking a video interviewer for their email address leads to its field, and saving it closes the step', async () => {
    const { page, next } = await open(kestrelFields({ format: 'video', location: 'https://meet.example/kestrel' }))
    const ASK_ANNA = 'Ask Anna Schmidt for their email address'
    await next.pick(ASK_ANNA)
    // It said "Nothing to write for this one: mark it done once you have", and Done left nowhere to type it.
    const step = next.followUp(ASK_ANNA)
    expect(await step.innerText()).toContain('Once Anna Schmidt gives it, note it on their card, below')
    await step.getByRole('button', { name: 'Add Anna Schmidt’s email' }).click()

    const form = new InterviewFormPage(page)
    const email = form.field('Email', form.interviewer(1))
    await expect.poll(() => email.evaluate((input) => input === document.activeElement)).toBe(true)
    await email.fill('anna@kestrel.example')
    await form.save()
    await expect.poll(() => next.followUp(ASK_ANNA).count()).toBe(0)
  })

  it('getting an in-person interviewer’s business card says what to copy from it and leads to its field', async () => {
    const anna = { id: crypto.randomUUID(), name: 'Anna Schmidt', title: '' }
    const { page, next } = await open(kestrelFields({ format: 'in-person', interviewers: [anna] }))
    const GET_CARD = "Get Anna Schmidt's business card"
    await next.pick(GET_CARD)
    // It said "Nothing to write for this one: mark it done once you have".
    const step = next.followUp(GET_CARD)
    expect(await step.innerText()).toContain(
      'From the card, note Anna Schmidt’s job title and email under Interviewers, below; saved, they close this step.',
    )
    await step.getByRole('button', { name: 'Add Anna Schmidt’s job title' }).click()

    const form = new InterviewFormPage(page)
    const title = form.field('Title', form.interviewer(1))
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true)
    await title.fill('Engineering manager')
    await form.save()
    await expect.poll(() => next.followUp(GET_CARD).innerText()).toContain('note Anna Schmidt’s email under')
    await form.field('Email', form.interviewer(1)).fill('anna@kestrel.example')
    await form.save()
    await expect.poll(() => next.followUp(GET_CARD).count()).toBe(0)
  })

  it('“The interviewer” offers the interviewers entered: one pick fills who tells, and the email sent in place of the call is said as sent', async () => {
    const anna = { name: 'Anna Schmidt', email: 'anna@kestrel.example', phone: '+49 30 555 0101' }
    const ben = { id: crypto.randomUUID(), name: 'Ben Ortiz' }
    const { page, next, id } = await open(kestrelFields({ interviewers: [{ id: crypto.randomUUID(), ...anna }, ben] }))
    const form = new InterviewFormPage(page)
    // The user retyped Anna's name and address from her card above (a walkthrough).
    await form.whoWillTell('The interviewer', 'Anna Schmidt')
    expect(await form.field('Their name').inputValue()).toBe(anna.name)
    expect(await form.field('Their email').inputValue()).toBe(anna.email)
    expect(await form.field('Their phone').inputValue()).toBe(anna.phone)
    await form.save()
    await expect
      .poll(async () => (await storedInterview(session.dataDir, id))?.decision)
      .toMatchObject({ informer: 'interviewer', informerName: anna.name, informerEmail: anna.email })

    // The Decision section says Phone; the user emails instead. It said "Marked “Call Anna Schmidt …” done."
    const CALL_ANNA = 'Call Anna Schmidt to ask about the result'
    await next.pick(CALL_ANNA)
    await next
      .followUp(CALL_ANNA)
      .getByLabel('Message', { exact: true })
      .selectOption({ label: 'Ask about the result by email' })
    await next.message(anna.name).getByRole('button', { name: 'Mark sent', exact: true }).click()
    const notice = page.getByRole('status').filter({ hasText: `Marked sent: the email to ${anna.name}.` })
    await notice.getByRole('button', { name: 'Undo' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Undid “Mark sent: the email to ${anna.name}”.` })
      .waitFor()
  })

  it('“HR” offers those who arranged the interview: one pick fills who tells', async () => {
    const lena = { id: crypto.randomUUID(), name: 'Lena Vogel', email: 'lena@talent.example', phone: '+49 30 555 0199' }
    const { page, id } = await open(
      kestrelFields({
        arrangers: [lena],
        decision: { ...kestrelFields().decision, informerName: '', informerEmail: '' },
      }),
    )
    const form = new InterviewFormPage(page)
    // "Someone else" and "HR" had no picker: the user retyped the recruiter's details (a walkthrough).
    await form.whoWillTell('HR', 'Lena Vogel')
    expect(await form.field('Their name').inputValue()).toBe(lena.name)
    expect(await form.field('Their email').inputValue()).toBe(lena.email)
    expect(await form.field('Their phone').inputValue()).toBe(lena.phone)
    await form.save()
    await expect
      .poll(async () => (await storedInterview(session.dataDir, id))?.decision)
      .toMatchObject({ informer: 'hr', informerName: lena.name, informerEmail: lena.email, informerPhone: lena.phone })
  })
})
