import { beforeEach, describe, expect, it } from 'vitest'
import type { WorkbenchPage } from './pages/workbench.page'
import { useAppSession } from './support/app-session'
import { hasChromium } from './support/browser'
import { readDataFolder } from './support/data-folder'

if (!hasChromium) console.log('e2e: skipped, no Chromium at /usr/bin/chromium (apt-get install chromium)')

describe.skipIf(!hasChromium)('the browser app on a fresh data folder', () => {
  const session = useAppSession()
  let workbench: WorkbenchPage

  beforeEach(async () => {
    workbench = await session.open()
  })

  it('creates an interview through the form, opens it on what to do next, shows its card under Interviewed, and keeps it after a reload', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Acme Robotics', Role: 'Backend Engineer', Date: '2026-11-20', Time: '10:00' })
    await form.addInterviewer({ Name: 'Dana Smith', Email: 'dana@acme.example' })
    await form.save()

    // Saved, its tab shows what to do next, with the keyboard there (entered after the day, on the question
    // "Which of these have you already done?").
    const { page } = workbench
    await page.getByRole('tab', { name: /^Acme Robotics/, selected: true }).waitFor()
    const next = page.getByRole('tabpanel').getByRole('region', { name: /^Next/ })
    await expect.poll(() => next.evaluate((panel) => panel.contains(document.activeElement))).toBe(true)
    await page.getByRole('status').filter({ hasText: 'Added Acme Robotics to the board, under Interviewed.' }).waitFor()

    await workbench.showBoard()
    await workbench.board.card('Acme Robotics', 'Backend Engineer', 'Interviewed').waitFor()
    expect(await workbench.board.card('Acme Robotics', 'Backend Engineer', 'Thanked').count()).toBe(0)
    const onDisk = await readDataFolder(session.dataDir)
    expect(onDisk).toContain('Acme Robotics')
    expect(onDisk).toContain('dana@acme.example')

    await workbench.reload()
    await workbench.board.card('Acme Robotics', 'Backend Engineer', 'Interviewed').waitFor()
  })

  it('offers Undo on the notice of an interview just added, which takes it off the board', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Globex', Role: 'Data Analyst', Date: '2026-11-21', Time: '14:30' })
    await form.save()
    const { page } = workbench
    // Every other change's notice offered Undo; this one alone did not (a walkthrough).
    const added = page.getByRole('status').filter({ hasText: /^Added Globex to the board/ })
    await added.getByRole('button', { name: 'Undo' }).click()
    await page.getByRole('status').filter({ hasText: 'Undid “Add Globex”.' }).waitFor()
    await workbench.showBoard()
    await expect.poll(() => workbench.board.card('Globex', 'Data Analyst', 'Interviewed').count()).toBe(0)
    expect(await page.getByRole('tab', { name: /^Globex/ }).count()).toBe(0)
  })

  it('shows an inline error for an invalid email and saves nothing', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Company: 'Globex', Role: 'Data Analyst', Date: '2026-11-21', Time: '14:30' })
    await form.addInterviewer({ Name: 'Sam Lee', Email: 'not-an-email' })
    await form.save()

    const email = form.field('Email', form.interviewer(1))
    const message = await form.errorOf(email)
    expect(message).toMatch(/email/i)
    // Back in the field to mend it, it still shows it is wrong (its border in the message's red), and its
    // ring, in the focus colour outside that border, tells it from the other fields in error: a red ring on
    // the red border looked like them all (a walkthrough).
    await email.focus()
    const colours = await form.coloursOf(email)
    expect(colours.border).toBe(colours.message)
    expect(colours.ring).not.toBe(colours.message)
    const ring = await email.evaluate((field) => {
      const style = getComputedStyle(field)
      return { width: style.outlineWidth, offset: parseFloat(style.outlineOffset) }
    })
    expect(ring.width).toBe('2px')
    expect(ring.offset).toBeGreaterThanOrEqual(0)
    expect(await readDataFolder(session.dataDir)).not.toContain('Globex')

    await workbench.reload()
    expect(await workbench.board.card('Globex', 'Data Analyst').count()).toBe(0)
  })

  it('after a failed save, says nothing new on a field still being typed or just added until the next save', async () => {
    const form = await workbench.newInterview()
    await form.fill({ Role: 'Analyst', Date: '2026-11-21', Time: '14:30' })
    await form.save()
    const company = form.field('Company')
    expect(await form.errorOf(company)).toBe('Company is required')

    // A zone typed a letter at a time, and a new interviewer card, left for later: no message yet.
    await form.field('Time zone').pressSequentially('Europe/Ber')
    await form.panel.getByRole('button', { name: 'Add interviewer', exact: true }).click()
    const name = form.field('Name', form.interviewer(1))
    await name.focus()
    await expect.poll(() => form.descriptionOf(form.field('Time zone'))).not.toMatch(/time zone/i)
    expect(await name.getAttribute('aria-invalid')).not.toBe('true')
    // A message already shown still follows each keystroke, and goes once the field is right.
    await form.fill({ Company: 'Initech' })
    await expect.poll(() => company.getAttribute('aria-invalid')).not.toBe('true')

    await form.save()
    expect(await form.errorOf(name)).toBe('Name is required')
    expect(await form.errorOf(form.field('Time zone'))).toMatch(/time zone/i)
  })

  it('asks whether the year is right for a date decades ahead, and saves it as typed all the same', async () => {
    const form = await workbench.newInterview()
    const farYear = new Date().getFullYear() + 36
    await form.fill({ Company: 'Initech', Role: 'Analyst', Date: `${farYear}-03-10`, Time: '10:00' })
    const date = form.field('Date')
    await expect.poll(() => form.descriptionOf(date)).toBe('That is 36 years from today: is the year right?')
    await form.fill({ Date: `${farYear - 36}-03-10` })
    await expect.poll(() => form.descriptionOf(date)).toBe('')

    await form.fill({ Date: `${farYear}-03-10` })
    await form.save()
    await expect.poll(() => readDataFolder(session.dataDir)).toContain(`"date":"${farYear}-03-10"`)
  })
})
