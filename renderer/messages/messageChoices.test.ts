import { describe, expect, it } from 'vitest'
import { interviewSchema, type Interview } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { generateTasks } from '../../shared/workflow'
import {
  addresseeOf,
  defaultRecipientIds,
  findChoice,
  messageChoiceGroups,
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
  const groups = messageChoiceGroups(acme)

  it('groups messages by the open follow-up they complete, soonest first, then offers every message', () => {
    expect(groups[0]?.label).toBe('Send a thank-you email to Dana Reyes')
    expect(groups.map((group) => group.label)).toContain('Call Pat Lu to ask about the result')
    expect(groups.at(-1)?.label).toBe('Any message')
    expect(groups.at(-1)?.choices).toHaveLength(9)
    const labels = groups.map((group) => group.label)
    expect(labels).not.toContain('Write your summary of the interview')
  })

  it('offers the message that fits a person’s step, and each way for a shared one, suggested first', () => {
    expect(groups[0]?.choices.map((choice) => choice.templateId)).toEqual(['thank-you-interviewer'])
    const arrangerGroup = groups.find((group) => group.label === 'Send a thank-you email to Sam Ortiz')
    expect(arrangerGroup?.choices.map((choice) => choice.templateId)).toEqual(['thank-you-arranger'])
    const inquiry = groups.find((group) => group.label.startsWith('Call Pat Lu'))
    expect(inquiry?.choices.map((choice) => choice.templateId)).toEqual(['result-inquiry-call', 'result-inquiry-email'])
    expect(findChoice(groups, 'gone:thank-you-interviewer')).toBe(groups[0]?.choices[0])
  })

  it('leaves done follow-ups out', () => {
    const title = 'Send a thank-you email to Dana Reyes'
    const done = {
      ...acme,
      tasks: acme.tasks.map((task) => (task.title === title ? { ...task, status: 'done' as const } : task)),
    }
    expect(messageChoiceGroups(done).map((group) => group.label)).not.toContain(title)
  })

  it('ticks the person the follow-up is about, and greets whoever is ticked', () => {
    const choice = groups[0]!.choices[0]!
    const [dana, lee] = acme.interviewers
    expect(defaultRecipientIds(acme, choice)).toEqual([dana!.id])
    expect(recipientOptions(acme).map(({ person, role }) => `${person.name}: ${role}`)).toEqual([
      'Dana Reyes: Interviewer',
      'Lee Wong: Interviewer',
      'Sam Ortiz: Arranged the interview',
    ])
    expect(addresseeOf(acme, choice, [dana!, lee!])?.name).toBe('Dana Reyes and Lee Wong')
    expect(addresseeOf(acme, choice, [])).toBeUndefined()
    const inquiry = groups.find((group) => group.label.startsWith('Call Pat Lu'))!.choices[0]!
    expect(addresseeOf(acme, inquiry, [])).toEqual({ name: 'Pat Lu' })
  })

  it('drafts from the interview, the point from the notes, and a call window for a phone follow-up', () => {
    const choice = groups[0]!.choices[0]!
    const base = { interview: acme, choice, preferences: DEFAULT_PREFERENCES, now: NOW }
    const draft = renderDraft({ ...base, recipients: [acme.interviewers[0]!], notePoint: 'their billing rewrite' })
    expect(draft.subject).toBe('Thank you – Platform engineer interview')
    expect(draft.body).toMatch(/^Dear Dana Reyes,/)
    expect(draft.body).toContain('the Platform engineer position at Acme & Søn')
    expect(draft.body).toContain('our conversation about their billing rewrite')

    const inquiry = groups.find((group) => group.label.startsWith('Call Pat Lu'))!.choices[0]!
    const script = renderDraft({ ...base, choice: inquiry, recipients: [], notePoint: '' })
    expect(script.body).toMatch(/^Good time to call: \w+day \d+ November, \d\d:\d\d–\d\d:\d\d\./)
    expect(script.body).toContain('May I speak with Pat Lu')
  })

  it('writes the LinkedIn note within the limit from the preferences', () => {
    const linkedIn = groups.find((group) => group.label.startsWith('Send Dana Reyes a LinkedIn request'))!.choices[0]!
    const preferences = { ...DEFAULT_PREFERENCES, linkedInNoteLimit: 120 }
    const note = renderDraft({
      interview: acme,
      choice: linkedIn,
      recipients: [acme.interviewers[0]!],
      notePoint: 'how they roll out changes across twenty regions',
      preferences,
      now: NOW,
    })
    expect(note.subject).toBeUndefined()
    expect([...new Intl.Segmenter().segment(note.body)].length).toBeLessThanOrEqual(120)
  })
})
