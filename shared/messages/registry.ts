import type { FollowUpTask, Interview, MessageChannel, Person } from '../domain/interview'
import { soleInterviewerTelling, type TaskKind } from '../workflow/task-kinds'
import type { MessageInterview, MessageRecipient, MessageRender } from './context'
import { checkAgainCallScript, checkAgainEmail, resultInquiryCallScript, resultInquiryEmail } from './result-inquiry'
import {
  formalThankYouLetter,
  linkedInNote,
  nextRoundReply,
  offerReply,
  rejectionThankYouEmail,
  thankYouArrangerEmail,
  thankYouEmail,
} from './templates'

export type { MessageChannel } from '../domain/interview'

export interface MessageTemplate {
  label: string
  channel: MessageChannel
  /** The follow-up task that marking this message sent completes. */
  completes: TaskKind
  /**
   * It works in the "Point to mention" from the notes, so the field is offered beside it; the inquiry
   * and the replies ignore it, and the field beside them did nothing (a walkthrough).
   */
  mentionsNotePoint?: true
  render: MessageRender
}

/** Every message Debrief can draft. Ids are stable; labels are display text. */
export const MESSAGE_TEMPLATES = {
  'thank-you-interviewer': {
    label: 'Thank-you email to an interviewer',
    channel: 'email',
    completes: 'thank-you-email',
    mentionsNotePoint: true,
    render: thankYouEmail,
  },
  'thank-you-arranger': {
    label: 'Thank-you email to the person who arranged it',
    channel: 'email',
    completes: 'thank-you-email',
    render: thankYouArrangerEmail,
  },
  'linkedin-note': {
    label: 'LinkedIn connection note',
    channel: 'linkedin',
    completes: 'linkedin-request',
    mentionsNotePoint: true,
    render: linkedInNote,
  },
  'formal-letter': {
    label: 'Formal thank-you letter',
    channel: 'letter',
    completes: 'formal-letter',
    mentionsNotePoint: true,
    render: formalThankYouLetter,
  },
  'result-inquiry-email': {
    label: 'Ask about the result by email',
    channel: 'email',
    completes: 'inquire-result',
    render: resultInquiryEmail,
  },
  'result-inquiry-call': {
    label: 'Ask about the result by phone',
    channel: 'phone',
    completes: 'inquire-result',
    render: resultInquiryCallScript,
  },
  'check-again-email': {
    label: 'Follow up on the result by email',
    channel: 'email',
    completes: 'check-again',
    render: checkAgainEmail,
  },
  'check-again-call': {
    label: 'Follow up on the result by phone',
    channel: 'phone',
    completes: 'check-again',
    render: checkAgainCallScript,
  },
  'offer-reply': {
    label: 'Quick reply to an offer',
    channel: 'email',
    completes: 'reply-quickly',
    render: offerReply,
  },
  'next-round-reply': {
    label: 'Quick reply to a next-round invitation',
    channel: 'email',
    completes: 'reply-quickly',
    render: nextRoundReply,
  },
  'rejection-thank-you': {
    label: 'Thank-you email after a rejection',
    channel: 'email',
    completes: 'thank-after-rejection',
    mentionsNotePoint: true,
    render: rejectionThankYouEmail,
  },
} satisfies Record<string, MessageTemplate>

export type MessageTemplateId = keyof typeof MESSAGE_TEMPLATES

export const MESSAGE_TEMPLATE_IDS = Object.keys(MESSAGE_TEMPLATES) as MessageTemplateId[]

/** The templates whose sending completes a task of this kind (none for tasks that are not messages). */
export function templatesForTask(kind: string): MessageTemplateId[] {
  return MESSAGE_TEMPLATE_IDS.filter((id) => MESSAGE_TEMPLATES[id].completes === kind)
}

export interface SuggestedMessage {
  templateId: MessageTemplateId
  recipient?: MessageRecipient
}

export type SuggestionInterview = MessageInterview & Pick<Interview, 'stage'>

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/**
 * Who will announce the decision: a known person with that name (so their email is at hand), else
 * the name alone, with the Decision section's email and phone, else the only interviewer when the
 * interviewer is to tell, else that email and phone alone. The inquiry to HR's "Monica Hall" opened the
 * mail app with no address, and the call to HR's "Rachel Kim" had no number (walkthroughs). A known
 * person's address and number are their card's, which the message offers to add.
 */
function decisionContact(interview: SuggestionInterview): MessageRecipient | undefined {
  const { informerName } = interview.decision
  const email = interview.decision.informerEmail?.trim() ?? ''
  const phone = interview.decision.informerPhone?.trim() ?? ''
  const reach = { ...(email ? { email } : {}), ...(phone ? { phone } : {}) }
  const everyone = [...interview.interviewers, ...interview.arrangers]
  if (informerName.trim()) {
    const known = everyone.find((person) => sameName(person.name, informerName))
    return known ?? { name: informerName.trim(), ...reach }
  }
  const sole = soleInterviewerTelling(interview.decision, interview.interviewers)
  if (sole) return sole
  return email || phone ? { name: '', ...reach } : undefined
}

function withRecipient(templateId: MessageTemplateId, recipient: MessageRecipient | undefined): SuggestedMessage {
  return recipient ? { templateId, recipient } : { templateId }
}

/**
 * The message that fits a task, and whom it goes to: the task's person for per-person steps, the
 * decision contact for the inquiry and the quick reply. Undefined for tasks that are not messages.
 */
export function suggestedMessage(
  interview: SuggestionInterview,
  task: Pick<FollowUpTask, 'kind' | 'personId'>,
): SuggestedMessage | undefined {
  const byId = (people: Person[]) => people.find((person) => person.id === task.personId)
  const interviewer = byId(interview.interviewers)
  switch (task.kind) {
    case 'thank-you-email': {
      const arranger = interviewer ? undefined : byId(interview.arrangers)
      return arranger
        ? withRecipient('thank-you-arranger', arranger)
        : withRecipient('thank-you-interviewer', interviewer)
    }
    case 'linkedin-request':
      return withRecipient('linkedin-note', interviewer)
    case 'formal-letter':
      return withRecipient('formal-letter', interviewer)
    case 'thank-after-rejection':
      return withRecipient('rejection-thank-you', interviewer)
    case 'inquire-result': {
      const templateId = interview.decision.channel === 'phone' ? 'result-inquiry-call' : 'result-inquiry-email'
      return withRecipient(templateId, decisionContact(interview))
    }
    case 'check-again': {
      const templateId = interview.decision.channel === 'phone' ? 'check-again-call' : 'check-again-email'
      return withRecipient(templateId, decisionContact(interview))
    }
    case 'reply-quickly':
      return withRecipient(interview.stage === 'offer' ? 'offer-reply' : 'next-round-reply', decisionContact(interview))
    default:
      return undefined
  }
}
