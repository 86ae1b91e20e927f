import { describe, expect, it } from 'vitest'
import { TASK_KINDS } from '../../../shared/workflow/task-kinds'
import {
  MESSAGE_TEMPLATES,
  MESSAGE_TEMPLATE_IDS,
  suggestedMessage,
  type MessageTemplate,
  type MessageTemplateId,
  templatesForTask,
} from '../../../shared/messages/registry'
import { dana, fullInterview, lee, person, sam, sparseInterview } from './fixtures'

describe('the message templates registry', () => {
  it('ties every template to a follow-up task it completes', () => {
    for (const id of MESSAGE_TEMPLATE_IDS) {
      expect(TASK_KINDS).toContain(MESSAGE_TEMPLATES[id].completes)
      expect(MESSAGE_TEMPLATES[id].label).not.toBe('')
    }
  })

  it('offers a message for every task that is a message, and none for the others', () => {
    expect(templatesForTask('thank-you-email')).toEqual(['thank-you-interviewer', 'thank-you-arranger'])
    expect(templatesForTask('inquire-result')).toEqual(['result-inquiry-email', 'result-inquiry-call'])
    // Asked again after no answer, with messages of its own that recall the first asking.
    expect(templatesForTask('check-again')).toEqual(['check-again-email', 'check-again-call'])
    expect(templatesForTask('reply-quickly')).toEqual(['offer-reply', 'next-round-reply'])
    for (const kind of ['linkedin-request', 'formal-letter', 'thank-after-rejection']) {
      expect(templatesForTask(kind)).toHaveLength(1)
    }
    for (const kind of ['ask-decision-details', 'collect-card', 'write-summary', 'unknown']) {
      expect(templatesForTask(kind)).toEqual([])
    }
  })

  it('says which templates work in the point to mention, as their text shows', () => {
    const context = { interview: fullInterview, recipient: dana, sender: { name: 'Alex Kim' } }
    const point = 'the new billing platform'
    const mentioning = MESSAGE_TEMPLATE_IDS.filter((id) => {
      const { render } = MESSAGE_TEMPLATES[id]
      return render({ ...context, notePoint: point }).body !== render(context).body
    })
    const template = (id: MessageTemplateId): MessageTemplate => MESSAGE_TEMPLATES[id]
    expect(MESSAGE_TEMPLATE_IDS.filter((id) => template(id).mentionsNotePoint)).toEqual(mentioning)
    expect(mentioning).toEqual(['thank-you-interviewer', 'linkedin-note', 'formal-letter', 'rejection-thank-you'])
  })
})

describe('the message suggested for a task', () => {
  it('thanks an interviewer or an arranger with the matching variant', () => {
    expect(suggestedMessage(fullInterview, { kind: 'thank-you-email', personId: lee.id })).toEqual({
      templateId: 'thank-you-interviewer',
      recipient: lee,
    })
    expect(suggestedMessage(fullInterview, { kind: 'thank-you-email', personId: sam.id })).toEqual({
      templateId: 'thank-you-arranger',
      recipient: sam,
    })
    const both = { ...fullInterview, arrangers: [dana] }
    expect(suggestedMessage(both, { kind: 'thank-you-email', personId: dana.id })?.templateId).toBe(
      'thank-you-interviewer',
    )
  })

  it('asks about the result by the channel the company named, addressed to whoever will tell', () => {
    expect(suggestedMessage(fullInterview, { kind: 'inquire-result' })).toEqual({
      templateId: 'result-inquiry-call',
      recipient: sam,
    })
    const byEmail = {
      ...fullInterview,
      decision: { ...fullInterview.decision, channel: 'email' as const, informerName: 'Robin Hale' },
    }
    expect(suggestedMessage(byEmail, { kind: 'inquire-result' })).toEqual({
      templateId: 'result-inquiry-email',
      recipient: { name: 'Robin Hale' },
    })
    expect(suggestedMessage(byEmail, { kind: 'check-again' })).toEqual({
      templateId: 'check-again-email',
      recipient: { name: 'Robin Hale' },
    })
    expect(suggestedMessage(fullInterview, { kind: 'check-again' })).toEqual({
      templateId: 'check-again-call',
      recipient: sam,
    })
    const soleInterviewer = { ...sparseInterview, interviewers: [dana] }
    expect(suggestedMessage(soleInterviewer, { kind: 'inquire-result' })?.recipient).toEqual(dana)
    expect(suggestedMessage(sparseInterview, { kind: 'inquire-result' })).toEqual({
      templateId: 'result-inquiry-email',
    })
  })

  it('addresses the inquiry to the email the Decision section gives, when whoever will tell has none', () => {
    const monica = {
      ...fullInterview,
      decision: { ...fullInterview.decision, channel: 'email' as const, informerName: 'Monica Hall' },
    }
    expect(suggestedMessage(monica, { kind: 'inquire-result' })?.recipient).toEqual({ name: 'Monica Hall' })
    const withAddress = { ...monica, decision: { ...monica.decision, informerEmail: ' monica@hr.example ' } }
    expect(suggestedMessage(withAddress, { kind: 'inquire-result' })?.recipient).toEqual({
      name: 'Monica Hall',
      email: 'monica@hr.example',
    })
    expect(suggestedMessage(withAddress, { kind: 'check-again' })?.recipient?.email).toBe('monica@hr.example')
    // A known person's address is the one on their card.
    const samByEmail = { ...withAddress, decision: { ...withAddress.decision, informerName: 'Sam Ortiz' } }
    expect(suggestedMessage(samByEmail, { kind: 'inquire-result' })?.recipient).toEqual(sam)
    // With no name, the address alone is enough to write to.
    const addressOnly = {
      ...sparseInterview,
      decision: { ...sparseInterview.decision, informer: 'hr' as const, informerEmail: 'jobs@initech.example' },
    }
    expect(suggestedMessage(addressOnly, { kind: 'inquire-result' })?.recipient).toEqual({
      name: '',
      email: 'jobs@initech.example',
    })
  })

  it('puts the Decision section’s phone in the call to whoever will tell, when they are not among the people', () => {
    // A walkthrough's call to HR's Rachel Kim said "No phone number for Rachel Kim" with nowhere to add one.
    const rachel = {
      ...fullInterview,
      decision: {
        ...fullInterview.decision,
        informerName: 'Rachel Kim',
        informerEmail: 'rachel@kestrel.example',
        informerPhone: ' +1 415 555 0100 ',
      },
    }
    const inquiry = suggestedMessage(rachel, { kind: 'inquire-result' })
    expect(inquiry).toEqual({
      templateId: 'result-inquiry-call',
      recipient: { name: 'Rachel Kim', email: 'rachel@kestrel.example', phone: '+1 415 555 0100' },
    })
    expect(suggestedMessage(rachel, { kind: 'check-again' })?.recipient?.phone).toBe('+1 415 555 0100')
    const script = MESSAGE_TEMPLATES['result-inquiry-call'].render({ interview: rachel, recipient: inquiry!.recipient })
    expect(script.body).toContain('Number to call: +1 415 555 0100 (Rachel Kim).')
    // A known person's number is the one on their card.
    const samByPhone = { ...rachel, decision: { ...rachel.decision, informerName: 'Sam Ortiz' } }
    expect(suggestedMessage(samByPhone, { kind: 'inquire-result' })?.recipient).toEqual(sam)
    // With no name, the number alone is enough to call.
    const numberOnly = {
      ...sparseInterview,
      decision: { ...sparseInterview.decision, informer: 'hr' as const, informerPhone: '+49 30 1234567' },
    }
    expect(suggestedMessage(numberOnly, { kind: 'inquire-result' })?.recipient).toEqual({
      name: '',
      phone: '+49 30 1234567',
    })
  })

  it('replies to an offer or a next round according to the stage', () => {
    expect(suggestedMessage({ ...fullInterview, stage: 'offer' }, { kind: 'reply-quickly' })?.templateId).toBe(
      'offer-reply',
    )
    expect(suggestedMessage({ ...fullInterview, stage: 'next-round' }, { kind: 'reply-quickly' })?.templateId).toBe(
      'next-round-reply',
    )
  })

  it('has no message for tasks that are not messages, and no recipient for someone since removed', () => {
    expect(suggestedMessage(fullInterview, { kind: 'collect-card', personId: dana.id })).toBeUndefined()
    expect(suggestedMessage(fullInterview, { kind: 'formal-letter', personId: person('Gone').id })).toEqual({
      templateId: 'formal-letter',
    })
  })
})
