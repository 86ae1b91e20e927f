import type { Decision, Person } from '../domain/interview'

/**
 * The follow-up steps. Ids are stored on disk with each task and never change; titles are display
 * text, built per person where the step is per person.
 */
export const TASK_KINDS = [
  'ask-decision-details',
  'collect-card',
  'thank-you-email',
  'write-summary',
  'linkedin-request',
  'formal-letter',
  'inquire-result',
  'check-again',
  'reply-quickly',
  'thank-after-rejection',
  'decide-on-offer',
] as const

export type TaskKind = (typeof TASK_KINDS)[number]

export function isTaskKind(kind: string): kind is TaskKind {
  return (TASK_KINDS as readonly string[]).includes(kind)
}

/**
 * Steps the user's own actions add (an inquiry that got no answer, an offer's answer-by day:
 * offer-decision.ts), not the checklist the interview's data asks for: its regeneration leaves them as they are.
 */
export const ADDED_TASK_KINDS: readonly TaskKind[] = ['check-again', 'decide-on-offer']

/**
 * Steps whose moment is the point of the app: asking for the result once the decision date has passed
 * with no word (and checking again after), replying to an offer or a next round. Due, they lead the
 * follow-ups due now, ahead of older chores (a card not collected ten days ago); and "already done"
 * in bulk never closes them unseen.
 */
export const LEADING_TASK_KINDS: readonly TaskKind[] = [
  'inquire-result',
  'check-again',
  'reply-quickly',
  'decide-on-offer',
]

export function leadsWhenDue(task: { kind: string }): boolean {
  return (LEADING_TASK_KINDS as readonly string[]).includes(task.kind)
}

/** Steps whose due time counts from when the outcome came in, not from the interview. */
export const OUTCOME_TASK_KINDS: readonly TaskKind[] = ['reply-quickly', 'thank-after-rejection']

/** One of the outcome's own steps (OUTCOME_TASK_KINDS): replying to an offer or a next round, thanking after a no. */
export function isOutcomeStep(task: { kind: string }): boolean {
  return (OUTCOME_TASK_KINDS as readonly string[]).includes(task.kind)
}

/**
 * Steps wanted from the moment they are planned, before they are due: an outcome's own (isOutcomeStep), and
 * answering an offer by its day. Today lists them under "Reply now", "by" their time. "Decide on the offer"
 * came last under "Due now" on its day, "overdue since 09:00", below week-old chores (a walkthrough).
 */
export function isWantedBeforeDue(task: { kind: string }): boolean {
  return isOutcomeStep(task) || task.kind === 'decide-on-offer'
}

/**
 * A step that reaches the other party at a moment that matters to them: a call (asking for the result,
 * or checking again, by phone). Only these say their time beside the user's: a thank-you "due 07:00 your
 * time · 01:00 in New York" read as "email them at 1 a.m.", and the user's own summary and snoozes said
 * New York's time too (a walkthrough).
 */
export function isCall(task: { kind: string }, decision: Pick<Decision, 'channel'>): boolean {
  return (task.kind === 'inquire-result' || task.kind === 'check-again') && decision.channel === 'phone'
}

/**
 * Who tells the decision when "the interviewer" will and no name is given: the only interviewer, else
 * no one known. The inquiry's title and its message both ask this, so they name the same person: the
 * title said "Email Kranich Mobility to ask about the result" above "Email Stefan Krause" (a walkthrough).
 */
export function soleInterviewerTelling<P>(
  decision: Pick<Decision, 'informer'>,
  interviewers: readonly P[],
): P | undefined {
  return decision.informer === 'interviewer' && interviewers.length === 1 ? interviewers[0] : undefined
}

/** Who will tell the decision, by name where known (soleInterviewerTelling), else HR at the company or the company. */
function whoTells(decision: Decision, company: string, interviewers: readonly Pick<Person, 'name'>[]): string {
  if (decision.informerName) return decision.informerName
  const sole = soleInterviewerTelling(decision, interviewers)
  if (sole) return sole.name
  return decision.informer === 'hr' ? `HR at ${company}` : company
}

export const taskTitles = {
  /** Names only what the user has not noted yet: asking again for a date already entered read as a mistake. */
  askDecisionDetails: (decision: Decision) => {
    if (decision.expectedDate !== '' && decision.channel === '') return 'Ask how they will tell you the decision'
    if (decision.expectedDate === '' && decision.channel !== '') return 'Ask when they will decide'
    return 'Ask when they will decide, who will tell you, and how'
  },
  collectCard: (person: Person) => `Get ${person.name}'s business card`,
  /** A video or phone interview's card: no card changes hands. */
  collectContactDetails: (person: Person) => `Ask ${person.name} for their email address`,
  thankYouEmail: (person: Person) => `Send a thank-you email to ${person.name}`,
  writeSummary: () => 'Write your summary of the interview',
  linkedinRequest: (person: Person) => `Send ${person.name} a LinkedIn request with a short note`,
  formalLetter: (person: Person) => `Send a formal thank-you letter to ${person.name}`,
  inquireResult: (decision: Decision, company: string, interviewers: readonly Pick<Person, 'name'>[]) => {
    const whom = whoTells(decision, company, interviewers)
    if (decision.channel === 'phone') return `Call ${whom} to ask about the result`
    if (decision.channel === 'email') return `Email ${whom} to ask about the result`
    return `Ask ${whom} about the result`
  },
  checkAgain: (decision: Decision, company: string, interviewers: readonly Pick<Person, 'name'>[]) =>
    `Check again with ${whoTells(decision, company, interviewers)} about the result`,
  replyToOffer: (company: string) => `Reply to the offer from ${company}`,
  decideOnOffer: (company: string) => `Decide on the offer from ${company}`,
  replyToNextRound: (company: string) => `Confirm the next round with ${company}`,
  thankAfterRejection: (person: Person) => `Email ${person.name} to thank them for the interview`,
}
