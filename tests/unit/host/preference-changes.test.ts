import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INTERVIEWS_SCHEMA_VERSION, type Interview } from '../../../shared/domain/interview'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/domain/settings'
import type { ReminderNotification } from '../../../shared/workflow/reminder-text'
import { nodeFileSystem } from '../../../electron/host/storage/durable-file'
import {
  applyJournalRecord,
  JournalMismatchError,
  stateFromFile,
  type JournalRecord,
} from '../../../electron/host/interviews/interview-state'
import { changePreferences, type PreferenceAccess } from '../../../electron/host/settings/preference-changes'
import { recoverInterviews } from '../../../electron/host/storage/recovery'
import { emptyInterviewsFile } from '../../../electron/host/storage/snapshot'
import { JOURNAL_FILE, storePaths } from '../../../electron/host/storage/store-files'
import { fields, memorySettings, useTempHosts, type TestHost } from './support'

/** Wednesday 12 March 2025, 09:30 in Berlin. */
const NOW = new Date('2025-03-12T08:30:00.000Z')
const temp = useTempHosts()

function openAtNow(options: Parameters<typeof temp.open>[0] = {}): Promise<TestHost> {
  return temp.open({ now: () => NOW, ...options })
}

/** Interviewed on Monday; the decision was due Tuesday, so the call about it falls due on Wednesday. */
function mondayInterview(company: string) {
  return fields(company, {
    date: '2025-03-10',
    time: '10:00',
    decision: { expectedDate: '2025-03-11', channel: 'phone' },
  })
}

function taskOf(interview: Interview, kind: string) {
  const task = interview.tasks.find((each) => each.kind === kind)
  if (!task) throw new Error(`${interview.company} has no ${kind} task`)
  return task
}

async function journalLines(): Promise<number> {
  const text = await readFile(join(temp.dir, JOURNAL_FILE), 'utf8').catch(() => '')
  return text.split('\n').filter(Boolean).length
}

/** The interviews as a restart would rebuild them from the files, read while the host still runs. */
async function onDisk(): Promise<Map<string, Interview>> {
  const recovered = await recoverInterviews({
    paths: storePaths(temp.dir),
    fs: nodeFileSystem,
    context: { timeZone: 'Europe/Berlin' },
    now: () => NOW,
  })
  return recovered.state.interviews
}

describe('changing the timings in the preferences', () => {
  it('moves the open follow-ups still to come, in one journal append, and keeps done, passed and snoozed ones', async () => {
    const { client } = await openAtNow()
    const acme = await client.createInterview({ fields: mondayInterview('Acme') })
    const globex = await client.createInterview({ fields: fields('Globex', { date: '2025-03-12', time: '14:00' }) })
    const letter = taskOf(acme, 'formal-letter')
    await client.updateTask({ interviewId: acme.id, taskId: letter.id, action: 'done' })
    const inquiry = taskOf(acme, 'inquire-result')
    expect(inquiry.due).toBe('2025-03-12T10:00')
    await client.updateTask({ interviewId: acme.id, taskId: inquiry.id, action: 'snooze', until: '2025-03-14T11:00' })
    const linesBefore = await journalLines()

    await client.setPreferences({ ...DEFAULT_PREFERENCES, workingHours: { start: '08:00', end: '18:00' } })

    const movedAcme = await client.getInterview({ id: acme.id })
    // The call window now opens an hour after 08:00; the snooze the user chose still stands.
    expect(taskOf(movedAcme, 'inquire-result')).toMatchObject({
      due: '2025-03-12T09:00',
      snoozedUntil: '2025-03-14T11:00',
    })
    expect(taskOf(movedAcme, 'formal-letter')).toMatchObject({ status: 'done', due: '2025-03-13T17:30' })
    // Monday's thank-you was due before the change: it stays where it was, and its reminder is not shown again.
    expect(taskOf(movedAcme, 'thank-you-email').due).toBe('2025-03-10T17:30')

    const movedGlobex = await client.getInterview({ id: globex.id })
    expect(taskOf(movedGlobex, 'thank-you-email').due).toBe('2025-03-12T18:00')
    expect(taskOf(movedGlobex, 'formal-letter').due).toBe('2025-03-17T18:00')
    expect(movedGlobex.tasks.map((task) => task.id)).toEqual(
      expect.arrayContaining(globex.tasks.map((task) => task.id)),
    )

    expect(await journalLines()).toBe(linesBefore + 1)
    const disk = await onDisk()
    expect(disk.get(acme.id)?.tasks).toEqual(movedAcme.tasks)
    expect(disk.get(globex.id)?.tasks).toEqual(movedGlobex.tasks)
  })

  it('moves outcome follow-ups from when the outcome came in', async () => {
    const { client } = await openAtNow()
    const offer = await client.createInterview({ fields: mondayInterview('Acme') })
    const rejection = await client.createInterview({ fields: mondayInterview('Globex') })
    await client.moveInterview({ id: offer.id, stage: 'offer' })
    await client.moveInterview({ id: rejection.id, stage: 'not-selected' })

    await client.setPreferences({
      ...DEFAULT_PREFERENCES,
      replyWithinHours: 4,
      workingHours: { start: '09:00', end: '18:00' },
    })

    // The offer came in at 09:30: answer within four hours now, not two.
    expect(taskOf(await client.getInterview({ id: offer.id }), 'reply-quickly').due).toBe('2025-03-12T13:30')
    const thanks = taskOf(await client.getInterview({ id: rejection.id }), 'thank-after-rejection')
    expect(thanks.due).toBe('2025-03-13T18:00')
  })

  it('keeps a remote interview’s follow-ups out of the user’s quiet hours, and moves them with those hours', async () => {
    // The host's clock is Berlin's; the interview is at 09:30 in New York, 14:30 in Berlin (March).
    const { client } = await openAtNow()
    const hooli = await client.createInterview({
      fields: fields('Hooli', { date: '2025-03-12', time: '09:30', timeZone: 'America/New_York' }),
    })
    // New York's end of day, 17:30, is 22:30 in Berlin: a quarter hour before 22:00 there is 16:45 in New York.
    expect(taskOf(hooli, 'write-summary').due).toBe('2025-03-12T16:45')
    await client.setPreferences({ ...DEFAULT_PREFERENCES, quietHours: { start: '23:00', end: '07:00' } })
    expect(taskOf(await client.getInterview({ id: hooli.id }), 'write-summary').due).toBe('2025-03-12T17:30')
    await client.setPreferences({ ...DEFAULT_PREFERENCES, quietHours: null })
    expect(taskOf(await client.getInterview({ id: hooli.id }), 'write-summary').due).toBe('2025-03-12T17:30')
  })

  it('writes nothing to the journal when no timing changed', async () => {
    const { client } = await openAtNow()
    const acme = await client.createInterview({ fields: mondayInterview('Acme') })
    const linesBefore = await journalLines()
    await client.setPreferences({ ...DEFAULT_PREFERENCES, theme: 'dark', linkedInNoteLimit: 200 })
    expect(await journalLines()).toBe(linesBefore)
    expect(await client.getInterview({ id: acme.id })).toEqual(acme)
  })

  it('shows the reminder of a follow-up that the new working day makes due at once', async () => {
    const shown: ReminderNotification[] = []
    const { client } = await openAtNow({ notifier: { show: async (note) => void shown.push(note) } })
    await client.createInterview({ fields: mondayInterview('Acme') })
    await expect.poll(() => shown.length).toBeGreaterThan(0)
    expect(shown.map((note) => `${note.title} ${note.body}`).join(' ')).not.toContain('ask for the result')

    await client.setPreferences({ ...DEFAULT_PREFERENCES, workingHours: { start: '08:00', end: '17:30' } })
    await expect.poll(() => shown.map((note) => `${note.title} ${note.body}`).join(' ')).toContain('ask for the result')
  })

  it('leaves the preferences as they were when the moved follow-ups cannot be saved', async () => {
    const { client } = await openAtNow()
    const acme = await client.createInterview({ fields: mondayInterview('Acme') })
    const saved: Preferences[] = []
    let current = DEFAULT_PREFERENCES
    const access: PreferenceAccess = {
      current: () => current,
      save: (preferences) => {
        current = preferences
        saved.push(preferences)
      },
      interviews: () => [acme],
      now: () => NOW,
      timeZone: 'Europe/Berlin',
      commitBatch: () => Promise.reject(new Error('Debrief could not save your change: EIO.')),
    }
    const earlier = { ...DEFAULT_PREFERENCES, workingHours: { start: '08:00', end: '17:30' } }
    await expect(changePreferences(access, earlier)).rejects.toMatchObject({
      code: 'storage',
      message: 'Debrief could not save your change: EIO. Your settings were left as they were.',
    })
    expect(current).toEqual(DEFAULT_PREFERENCES)
    expect(saved).toEqual([])
  })
})

describe('preferences that disagree with each other', () => {
  it('are refused at the door with the field to fix, and nothing is saved', async () => {
    const { client } = await openAtNow()
    await expect(
      client.setPreferences({
        workingHours: { start: '09:00', end: '17:00' },
        lunch: { start: '16:30', end: '17:30' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ path: 'lunch.end', message: 'Lunch must end within the working day, by 17:00' }],
    })
    await expect(client.setPreferences({ workingHours: { start: '10:00', end: '09:00' } })).rejects.toMatchObject({
      issues: [{ path: 'workingHours.end', message: 'The working day must end after it starts' }],
    })
    expect(await client.getPreferences({})).toEqual(DEFAULT_PREFERENCES)
  })

  it('when stored, fall back together to the default working day, and the user is told', async () => {
    const settings = memorySettings({
      preferences: {
        workingHours: { start: '13:00', end: '20:00' },
        lunch: { start: '12:00', end: '13:00' },
        fewDays: 5,
      },
    })
    const { client } = await openAtNow({ settings })
    expect(await client.getPreferences({})).toEqual({ ...DEFAULT_PREFERENCES, fewDays: 5 })
    const [notice] = (await client.getHostInfo({})).notices
    expect(notice?.message).toContain('working hours')
    expect(notice?.message).toContain('lunch break')
  })
})

describe('a replan record in the journal', () => {
  it('does not apply to an interview that is missing, so recovery sets the journal aside instead', () => {
    const state = stateFromFile(emptyInterviewsFile())
    const record: JournalRecord = {
      v: INTERVIEWS_SCHEMA_VERSION,
      seq: 1,
      op: 'replan',
      interviews: [{ id: randomUUID(), tasks: [] }],
    }
    expect(() => applyJournalRecord(state, record)).toThrow(JournalMismatchError)
    expect(state.seq).toBe(0)
  })
})
