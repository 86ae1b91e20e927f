import { describe, expect, it } from 'vitest'
import { WorkbenchModel } from '../services/workbenchModel'
import { messageDraftsFor, NO_MESSAGES, openFollowUp } from './messageDrafts'

const ACME = '00000000-0000-4000-8000-000000000001'
const GLOBEX = '00000000-0000-4000-8000-000000000002'

describe('message drafts', () => {
  it('keeps each interview’s edits per message while its tab is open, and forgets them when it closes', () => {
    const workbench = new WorkbenchModel({ confirmDiscard: () => true })
    const drafts = messageDraftsFor(workbench)
    expect(messageDraftsFor(workbench)).toBe(drafts)
    // Kept open, as an edit in its tab keeps it: Globex opens beside it, not in its place.
    workbench.openInterview(ACME, { keep: true })
    workbench.openInterview(GLOBEX)

    drafts.selectTask(ACME, 'task-1')
    drafts.choose(ACME, 'task-1', 'task-1:thank-you-interviewer')
    drafts.edit(ACME, 'task-1:thank-you-interviewer', 'person-2', { subject: 'Thanks', body: 'Edited' })
    drafts.edit(ACME, 'task-1:thank-you-interviewer', 'person-3', { subject: 'Thanks', body: 'Other' })
    drafts.setRecipients(ACME, 'task-1:thank-you-interviewer', ['person-2', 'person-3'])
    drafts.edit(GLOBEX, 'any:linkedin-note', '', { subject: '', body: 'Hello' })

    expect(drafts.of(ACME)).toEqual({
      taskId: 'task-1',
      choiceKeys: { 'task-1': 'task-1:thank-you-interviewer' },
      choices: {
        'task-1:thank-you-interviewer': {
          recipientIds: ['person-2', 'person-3'],
          edited: {
            'person-2': { subject: 'Thanks', body: 'Edited' },
            'person-3': { subject: 'Thanks', body: 'Other' },
          },
        },
      },
    })
    // Each person's message goes back to the template on its own.
    drafts.resetText(ACME, 'task-1:thank-you-interviewer', 'person-2')
    expect(drafts.of(ACME).choices['task-1:thank-you-interviewer']).toEqual({
      recipientIds: ['person-2', 'person-3'],
      edited: { 'person-3': { subject: 'Thanks', body: 'Other' } },
    })

    // Switching tabs keeps them; closing one drops only its own.
    workbench.showBoard()
    expect(drafts.of(GLOBEX).choices['any:linkedin-note']?.edited?.['']?.body).toBe('Hello')
    workbench.close(`interview:${GLOBEX}`)
    expect(drafts.of(GLOBEX)).toBe(NO_MESSAGES)
    expect(drafts.of(ACME).taskId).toBe('task-1')
  })

  it('opens an interview on one follow-up and asks for its focus once; without one, for the tab as a whole', () => {
    const workbench = new WorkbenchModel({ confirmDiscard: () => true })
    const drafts = messageDraftsFor(workbench)
    openFollowUp(workbench, ACME, 'task-7')
    expect(workbench.activeTab).toEqual({ key: `interview:${ACME}`, kind: 'interview', interviewId: ACME })
    expect(drafts.of(ACME)).toMatchObject({ taskId: 'task-7', focusRequested: 'follow-up' })
    drafts.focusHandled(ACME)
    expect(drafts.of(ACME).focusRequested).toBeUndefined()
    // Asked again without a follow-up: the one picked stays, and the tab as a whole has the focus.
    openFollowUp(workbench, ACME)
    expect(drafts.of(ACME)).toMatchObject({ taskId: 'task-7', focusRequested: 'next' })
  })
})
