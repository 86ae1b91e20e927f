import { describe, expect, it } from 'vitest'
import { interviewSchema, type Interview } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { messageTargets } from '../../shared/messages'
import { generateTasks, orderOpenTasks } from '../../shared/workflow'
import {
  callWindowFor,
  choicesFor,
  defaultRecipientIds,
  findChoice,
  recipientOptions,
  renderDraft,
} from './messageChoices'

let ids = 0
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`
const NOW = new Date('2026-10-23T08:00:00Z')

function interview(extra: Record<string, unknown> = {}): Interview {
  const fields = interviewSchema.parse({
    id: newId(),
    company: 'Acme & Søn',
    role: 'Platform engineer',
    date: '2026-10-23',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    interviewers: [
      { id: newId(), name: 'Dana Reyes', title: 'Head of Platform', email: 'dana@acme.example' },
      { id: newId(), name: 'Lee Wong' },
    ],
    arrangers: [{ id: newId(), name: 'Sam Ortiz', email: 'sam@acme.example' }],
    decision: { expectedDate: '2026-11-06', informer: 'hr', informerName: 'Pat Lu', channel: 'phone' },
    stage: 'interviewed',
    order: 'a0',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...extra,
  })
  return { ...fields, tasks: generateTasks(fields, DEFAULT_PREFERENCES, { now: NOW, newId }) }
}

describe('the messages offered for an interview', () => {
  const acme = interview()
  const open = orderOpenTasks(acme.tasks, '2026-10-23T09:00')
  const task = (title: string) => open.find((each) => each.title.startsWith(title))!
  const thankDana = task('Send a thank-you email to Dana Reyes')

  it('lists the open follow-ups soonest first before any is due, and every message when none is named', () => {
    const dues = open.map((each) => each.due)
    expect(dues).toEqual([...dues].sort())
    expect(open.map((each) => each.title).indexOf('Send a thank-you email to Dana Reyes')).toBeLessThan(
      open.map((each) => each.title).indexOf('Call Pat Lu to ask about the result'),
    )
    expect(open.map((each) => each.title)).toContain('Call Pat Lu to ask about the result')
    expect(choicesFor(acme)).toHaveLength(11)
  })

  it('offers the message that fits a person’s step, and each way for a shared one, suggested first', () => {
    expect(choicesFor(acme, thankDana).map((choice) => choice.templateId)).toEqual(['thank-you-interviewer'])
    const arranger = choicesFor(acme, task('Send a thank-you email to Sam Ortiz'))
    expect(arranger.map((choice) => choice.templateId)).toEqual(['thank-you-arranger'])
    const inquiry = choicesFor(acme, task('Call Pat Lu'))
    expect(inquiry.map((choice) => choice.templateId)).toEqual(['result-inquiry-call', 'result-inquiry-email'])
    expect(findChoice(inquiry, 'gone:thank-you-interviewer')).toBe(inquiry[0])
    expect(choicesFor(acme, task('Write your summary'))).toEqual([])
  })

  it('leaves done follow-ups out', () => {
    const done = {
      ...acme,
      tasks: acme.tasks.map((each) => (each.id === thankDana.id ? { ...each, status: 'done' as const } : each)),
    }
    expect(orderOpenTasks(done.tasks, '2026-10-23T09:00').map((each) => each.id)).not.toContain(thankDana.id)
  })

  it('ticks the person the follow-up is about, and writes one message per ticked person, closing their own task', () => {
    const choice = choicesFor(acme, thankDana)[0]!
    const [dana, lee] = acme.interviewers
    expect(defaultRecipientIds(acme, choice)).toEqual([dana!.id])
    expect(recipientOptions(acme).map(({ person, role }) => `${person.name}: ${role}`)).toEqual([
      'Dana Reyes: Interviewer',
      'Lee Wong: Interviewer',
      'Sam Ortiz: Arranged the interview',
    ])
    const targets = messageTargets(acme, choice.task, [dana!, lee!])
    expect(targets.map((target) => target.recipient?.name)).toEqual(['Dana Reyes', 'Lee Wong'])
    expect(targets[0]?.closes?.id).toBe(thankDana.id)
    expect(targets[1]?.closes?.id).toBe(task('Send a thank-you email to Lee Wong').id)
    expect(messageTargets(acme, choice.task, [])).toEqual([{ key: '', closes: thankDana }])
    const inquiry = choicesFor(acme, task('Call Pat Lu'))[0]!
    expect(messageTargets(acme, inquiry.task, [])[0]?.recipient).toEqual({ name: 'Pat Lu' })
  })

  it('drafts from the interview, the point from the notes, and a call window for a phone follow-up', () => {
    const choice = choicesFor(acme, thankDana)[0]!
    const base = { interview: acme, choice, preferences: DEFAULT_PREFERENCES }
    const draft = renderDraft({ ...base, recipient: acme.interviewers[0]!, notePoint: 'their billing rewrite' })
    expect(draft.subject).toBe('Thank you – Platform engineer interview')
    expect(draft.body).toMatch(/^Dear Dana/)
    expect(draft.body).toContain('the Platform engineer position at Acme & Søn')
    expect(draft.body).toContain('our conversation about your billing rewrite')

    const inquiryTask = task('Call Pat Lu')
    const window = callWindowFor(acme, inquiryTask, DEFAULT_PREFERENCES, NOW)
    expect(window.date >= '2026-11-06').toBe(true)
    expect(window.start).toMatch(/^\d\d:[0-5]\d$/)
    const inquiry = choicesFor(acme, inquiryTask)[0]!
    const script = renderDraft({
      ...base,
      choice: inquiry,
      recipient: { name: 'Pat Lu' },
      notePoint: '',
      callWindow: 'Fri, 6 Nov, 10:00–12:00',
    })
    expect(script.body).toContain('Fri, 6 Nov, 10:00–12:00')
    expect(script.body).toContain('Pat Lu')
  })

  it('writes a person ticked in another person’s thank-you what their own follow-up would: the arranger is thanked for arranging', () => {
    const choice = choicesFor(acme, thankDana)[0]!
    const base = { interview: acme, choice, notePoint: 'their billing rewrite', preferences: DEFAULT_PREFERENCES }
    const [sam] = acme.arrangers
    // Sam got Dana's "Thank you for taking the time to speak with me…" (a walkthrough).
    const toSam = renderDraft({ ...base, recipient: sam! })
    const samsOwn = renderDraft({
      ...base,
      choice: choicesFor(acme, task('Send a thank-you email to Sam Ortiz'))[0]!,
      recipient: sam!,
    })
    expect(toSam).toEqual(samsOwn)
    expect(toSam.subject).toBe('Thank you for arranging my interview')
    expect(toSam.body).toMatch(/^Dear Sam Ortiz,\n\nThank you for organising my interview/)
    // Another interviewer gets the interviewer's text; a message picked on its own goes as picked.
    expect(renderDraft({ ...base, recipient: acme.interviewers[1]! }).body).toContain(
      'taking the time to speak with me',
    )
    const pickedOnItsOwn = choicesFor(acme).find((each) => each.templateId === 'thank-you-interviewer')!
    expect(renderDraft({ ...base, choice: pickedOnItsOwn, recipient: sam! }).body).toContain('taking the time')
  })

  it('writes the LinkedIn note within the limit from the preferences', () => {
    const linkedIn = choicesFor(acme, task('Send Dana Reyes a LinkedIn request'))[0]!
    const preferences = { ...DEFAULT_PREFERENCES, linkedInNoteLimit: 120 }
    const note = renderDraft({
      interview: acme,
      choice: linkedIn,
      recipient: acme.interviewers[0]!,
      notePoint: 'how they roll out changes across twenty regions',
      preferences,
    })
    expect(note.subject).toBeUndefined()
    expect([...new Intl.Segmenter().segment(note.body)].length).toBeLessThanOrEqual(120)
  })
})
