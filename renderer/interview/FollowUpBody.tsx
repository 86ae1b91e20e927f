import type { ReactNode } from 'react'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { SUMMARY_MIN_WORDS, summaryWordCount } from '../../shared/notes/summary'
import { choicesFor } from '../messages/messageChoices'
import { TaskMessage, type Notice } from '../messages/TaskMessage'
import type { NotesSession } from '../services/notesSession'
import { useServices, useStore } from '../services/services'
import { revealField } from '../ui/revealField'
import { dayInWords } from '../format/zonedTimes'
import { waitText } from './followUpStatus'

/** A message ready to send, or for a step that is not a message (the summary, a card), what to do. */
export function FollowUpBody({
  interview,
  task,
  askedInThanks,
  early,
  report,
}: {
  interview: Interview
  task: FollowUpTask
  /** A question about the decision that a thank-you still to send asks (progress.ts decisionStillToAsk). */
  askedInThanks: boolean
  /** Not due yet. */
  early: boolean
  report: (notice: Notice | null) => void
}) {
  if (task.kind === 'write-summary') return <SummaryHint interviewId={interview.id} />
  const interviewer = interview.interviewers.findIndex((person) => person.id === task.personId)
  if (task.kind === 'collect-card' && interviewer >= 0) {
    return interview.format === 'in-person' ? (
      <BusinessCardHint interview={interview} index={interviewer} />
    ) : (
      <AddressHint interview={interview} index={interviewer} />
    )
  }
  if (askedInThanks) {
    return (
      <p className="form-hint next-item-hint">Your thank-you email asks it: sending the thank-you marks this done.</p>
    )
  }
  if (task.kind === 'decide-on-offer' && interview.outcome.answerBy) {
    // It said "Nothing to write for this one", and never by when (a walkthrough).
    return (
      <p className="form-hint next-item-hint">
        They asked for your answer by {dayInWords(interview.outcome.answerBy)}: mark this done once you have given it.
      </p>
    )
  }
  if (choicesFor(interview, task).length === 0) {
    return <p className="form-hint next-item-hint">Nothing to write for this one: mark it done once you have.</p>
  }
  const wait = early ? waitText(interview, task) : null
  // Replying to an offer with no day to answer by on record: where to note it, one click away. Recorded
  // from "Heard back?", the offer never asked for it, though the reply's draft says "[… by when you will
  // give your answer]" (a walkthrough).
  const asksAnswerBy = task.kind === 'reply-quickly' && interview.stage === 'offer' && !interview.outcome.answerBy
  return (
    <>
      {wait && <p className="form-hint next-item-hint">{wait}</p>}
      {asksAnswerBy && (
        <p className="form-hint next-item-hint">
          Did they ask for your answer by a day? Note it, and Debrief keeps it before you.{' '}
          <RevealField field="outcome.answerBy">Add the day to answer by</RevealField>
        </p>
      )}
      <TaskMessage interview={interview} task={task} report={report} />
    </>
  )
}

/**
 * "Ask Anna Schmidt for their email address" (a video or phone interview's step): where to note the
 * address, one click away. Marked Done, it left nowhere to type it, and Anna still had "no email
 * address" (a walkthrough). Saved on their card, the address closes the step: the workflow asks it
 * only of interviewers without one (generate.ts cardSteps).
 */
function AddressHint({ interview, index }: { interview: Interview; index: number }) {
  const { name } = interview.interviewers[index]!
  return (
    <p className="form-hint next-item-hint">
      Once {name} gives it, note it on their card, below; saved, it closes this step.{' '}
      <RevealField field={`interviewers.${index}.email`}>Add {name}’s email</RevealField>
    </p>
  )
}

/**
 * "Get Priya Raman's business card" (an interview in person): what to copy from it and where, one click
 * away. It said "Nothing to write for this one: mark it done once you have", though the card is asked
 * for the title and email the thank-you needs, and with both saved the step closes by itself
 * (generate.ts cardSteps).
 */
function BusinessCardHint({ interview, index }: { interview: Interview; index: number }) {
  const { name, title, email } = interview.interviewers[index]!
  const missing = (
    [
      ['title', 'job title', title],
      ['email', 'email', email],
    ] as const
  ).filter(([, , value]) => !value)
  const first = missing[0]
  if (!first) return null
  return (
    <p className="form-hint next-item-hint">
      From the card, note {name}’s {missing.map(([, what]) => what).join(' and ')} under Interviewers, below; saved,{' '}
      {missing.length > 1 ? 'they close' : 'it closes'} this step.{' '}
      <RevealField field={`interviewers.${index}.${first[0]}`}>
        Add {name}’s {first[1]}
      </RevealField>
    </p>
  )
}

/** A link-styled button that opens the record below on `field` and puts the keyboard in it. */
function RevealField({ field, children }: { field: string; children: ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={(event) => revealField(event.currentTarget, field)}>
      {children}
    </button>
  )
}

/**
 * What counts as the summary, and how far the notes are: "Write your summary" stayed open under a line of
 * 14 words with nothing to say why, and closed unannounced at the 20th (a walkthrough).
 */
function SummaryHint({ interviewId }: { interviewId: string }) {
  const { notes } = useServices()
  useStore(notes)
  const session = notes.get(interviewId)
  const rule = ` (Ctrl+Alt+N). A sentence or two of your own (${SUMMARY_MIN_WORDS} words, not counting the template's headings) marks this done once saved.`
  // A button, where F8 and Today put the keyboard: it went to the follow-up's fold button (a walkthrough).
  return (
    <p className="form-hint next-item-hint">
      <button
        type="button"
        className="link-button"
        aria-keyshortcuts="Control+Alt+N"
        onClick={() => notes.focusEditor(interviewId)}
      >
        Write it in this interview’s notes
      </button>
      {rule}
      {session && <SummarySoFar session={session} />}
    </p>
  )
}

/**
 * " · 17 of 20 words" on the follow-up's own line, folded or not: a summary under way kept it overdue, and
 * only its opened hint said why, so the notes looked ignored (a walkthrough).
 */
export function SummaryProgress({ interviewId }: { interviewId: string }) {
  const { notes } = useServices()
  useStore(notes)
  const session = notes.get(interviewId)
  return session ? <SummaryWords session={session} /> : null
}

function SummaryWords({ session }: { session: NotesSession }) {
  const { text, status } = useStore(session)
  if (status === 'loading') return null
  const words = summaryWordCount(text)
  return words > 0 && words < SUMMARY_MIN_WORDS ? <> · {`${words} of ${SUMMARY_MIN_WORDS} words`}</> : null
}

function SummarySoFar({ session }: { session: NotesSession }) {
  const { text, status } = useStore(session)
  if (status === 'loading') return null
  const words = summaryWordCount(text)
  return words > 0 ? <> So far: {words === 1 ? '1 word' : `${words} words`}.</> : null
}
