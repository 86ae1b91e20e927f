import { describe, expect, it } from 'vitest'
import { WorkbenchModel } from '../services/workbenchModel'
import { messageDraftsFor, NO_MESSAGES } from './messageDrafts'

const ACME = '00000000-0000-4000-8000-000000000001'
const GLOBEX = '00000000-0000-4000-8000-000000000002'

describe('message drafts', () => {
  it('keeps each interview’s edits per message while its tab is open, and forgets them when it closes', () => {
    const workbench = new WorkbenchModel({ confirmDiscard: () => true })
    const drafts = messageDraftsFor(workbench)
    expect(messageDraftsFor(workbench)).toBe(drafts)
    workbench.openInterview(ACME)
    workbench.openInterview(GLOBEX)

    drafts.choose(ACME, 'task-1:thank-you-interviewer')
    drafts.edit(ACME, 'task-1:thank-you-interviewer', { subject: 'Thanks', body: 'Edited' })
    drafts.setRecipients(ACME, 'task-1:thank-you-interviewer', ['person-2'])
    drafts.edit(GLOBEX, 'any:linkedin-note', { subject: '', body: 'Hello' })

    expect(drafts.of(ACME)).toEqual({
      choiceKey: 'task-1:thank-you-interviewer',
      choices: {
        'task-1:thank-you-interviewer': { recipientIds: ['person-2'], edited: { subject: 'Thanks', body: 'Edited' } },
      },
    })
    drafts.resetText(ACME, 'task-1:thank-you-interviewer')
    expect(drafts.of(ACME).choices['task-1:thank-you-interviewer']).toEqual({ recipientIds: ['person-2'] })

    // Switching tabs keeps them; closing one drops only its own.
    workbench.showBoard()
    expect(drafts.of(GLOBEX).choices['any:linkedin-note']?.edited?.body).toBe('Hello')
    workbench.close(`interview:${GLOBEX}`)
    expect(drafts.of(GLOBEX)).toBe(NO_MESSAGES)
    expect(drafts.of(ACME).choiceKey).toBe('task-1:thank-you-interviewer')
  })
})
