import { useState } from 'react'
import type { FollowUpTask, Interview } from '../../shared/domain/interview'
import { stageLabel, type StageId } from '../../shared/domain/stages'
import { courtesiesAwaitingAnswer, skippedBy, tasksToAskIfDone } from '../../shared/workflow/progress'
import { hasLaterRound } from '../../shared/workflow/rounds'
import type { ReachedStage } from '../../shared/workflow/progress'
import { OUTCOME_STAGE_IDS, resultDayWithoutOutcome } from '../../shared/workflow/stage-reached'
import type { Notice } from '../messages/PersonMessage'
import { messageOf } from '../services/dataStore'
import { changeLeaving } from '../services/history'
import { useServices, useStoreValue } from '../services/services'
import { Icon } from '../ui/Icon'
import { isRepeatClick } from '../ui/repeatClick'
import { revealFieldWhenShown } from '../ui/revealField'
import { nextRoundFields } from './formValues'
import { namedFollowUps, reachedText } from '../format/doneText'
import { movedText } from '../format/movedText'
import { dayInWords } from '../format/zonedTimes'
import { joinNames } from '../../shared/messages/wording'

/**
 * Runs a host change, keeps its result, and says what went wrong; with `report`, says what went right
 * too (a notice with Undo, as every change to the follow-ups has).
 */
function useHostChange(interviewId: string, report?: (notice: Notice) => void) {
  const { data } = useServices()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (change: () => Promise<Interview>, said?: (changed: Interview) => string) => {
    setBusy(true)
    setError(null)
    try {
      // In line with the interview's other changes, so an older answer never shows over a newer one.
      const changed = await data.change(null, interviewId, change)
      if (changed && said) report?.({ tone: 'done', text: said(changed), undo: changeLeaving(changed, interviewId) })
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run }
}

/** Moves the card from Next, said with Undo as a move on the board is: the offers below share it. */
function useCardMove(interview: Interview, report: (notice: Notice) => void) {
  const { client } = useServices()
  const { busy, error, run } = useHostChange(interview.id, report)
  const moveTo = (stage: StageId) =>
    run(
      () => client.moveInterview({ id: interview.id, stage }),
      (moved) => movedText(interview, moved, stage),
    )
  return { busy, error, moveTo }
}

function ErrorLine({ error }: { error: string | null }) {
  return (
    error && (
      <p className="field-message" role="alert">
        <Icon name="error" />
        {error}
      </p>
    )
  )
}

/** Marks "Which of these have you already done?", which takes the focus when one of its follow-ups is asked for. */
export const ASKED_IF_DONE_ATTRIBUTE = 'data-asked-if-done'

const COURTESY_NAMES: Record<string, [one: string, several: string]> = {
  'thank-you-email': ['the thank-you email', 'the thank-you emails'],
  'linkedin-request': ['the LinkedIn note', 'the LinkedIn notes'],
  'formal-letter': ['the letter', 'the letters'],
}

/**
 * What "Still send …?" asks about, by name: "the thank-you emails and the letter". It said "the letter"
 * whatever was left, a LinkedIn note alone included. Those the outcome set aside until the answer count too.
 */
function stillToSend(waiting: readonly FollowUpTask[]): string {
  const names = Object.entries(COURTESY_NAMES).flatMap(([kind, [one, several]]) => {
    const count = waiting.filter((task) => task.kind === kind).length
    return count === 0 ? [] : [count === 1 ? one : several]
  })
  return joinNames(names)
}

/**
 * Which follow-ups the answer (or the outcome, waiting for it) set aside, by name: "Skipped “Send a formal
 * thank-you letter to Dana Reyes”.", or past two, "Skipped 3 follow-ups still to send: “A”, “B” and 1
 * more.". "Skipped 2 follow-ups still to send." left the user to guess which (a walkthrough).
 */
function stillToSendSkippedText(after: Interview): string {
  const skipped = after.tasks
    .filter((task) => task.status === 'skipped' && task.closedBy === 'superseded')
    .map((task) => task.title)
  return skipped.length <= 2
    ? `Skipped ${namedFollowUps(skipped)}.`
    : `Skipped ${skipped.length} follow-ups still to send: ${namedFollowUps(skipped)}.`
}

/** "it", "both", "all 7": the follow-ups "None yet" keeps to do. */
function keptWhich(count: number): string {
  if (count === 1) return 'it'
  return count === 2 ? 'both' : `all ${count}`
}

/**
 * Which of `asked` the change closed as done, by name: "Marked “Send a thank-you email to Dana Reyes”
 * done.", or past two, "Marked 7 follow-ups done: “A”, “B” and 5 more.". "Marked 1 follow-up done."
 * left the user to guess which (a walkthrough).
 */
function markedDone(asked: readonly { id: string }[], changed: Interview): string {
  const ids = new Set(asked.map((task) => task.id))
  const done = changed.tasks.filter((task) => ids.has(task.id) && task.status === 'done').map((task) => task.title)
  return done.length <= 2
    ? `Marked ${namedFollowUps(done)} done.`
    : `Marked ${done.length} follow-ups done: ${namedFollowUps(done)}.`
}

/**
 * An interview entered after the fact arrives with follow-ups already due. Rather than a wall of
 * overdue tasks, ask which are done: tick some, or say all of them were, up to today. What an answer
 * did is said in a notice (with Undo) by `report`, which also keeps the keyboard in the panel.
 */
export function BackDatedPrompt({ interview, report }: { interview: Interview; report: (notice: Notice) => void }) {
  const { client } = useServices()
  const { busy, error, run } = useHostChange(interview.id, report)
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  // "None yet" is kept on the interview by the host: the question stays answered in every window and after a restart.
  const tasks = tasksToAskIfDone(interview)
  if (tasks.length === 0) return null

  // One change for all of them, which answers the question (the rest are kept to do, as "None yet" keeps
  // them): one Ctrl+Z takes it back. The question stayed, and took a "None yet" more (a walkthrough).
  const markTicked = () =>
    run(
      async () => {
        const taskIds = tasks.filter((each) => ticked.has(each.id)).map((each) => each.id)
        const changed = await client.markDoneUpToNow({ interviewId: interview.id, taskIds })
        setTicked(new Set())
        return changed
      },
      (changed) => {
        const kept = tasks.length - ticked.size
        return kept === 0
          ? markedDone(tasks, changed)
          : `${markedDone(tasks, changed)} Kept ${kept} to do: listed under Next.`
      },
    )

  return (
    <div
      className="progress-prompt holds-keyboard"
      role="group"
      aria-labelledby={`backdated-${interview.id}`}
      tabIndex={-1}
      {...{ [ASKED_IF_DONE_ATTRIBUTE]: '' }}
    >
      <h3 id={`backdated-${interview.id}`} className="progress-prompt-title">
        Which of these have you already done?
      </h3>
      <p className="form-hint">You added this interview after it happened, so these were due before you did.</p>
      <ul className="progress-prompt-list">
        {tasks.map((task) => (
          <li key={task.id}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(task.id)}
                onChange={(event) => {
                  const next = new Set(ticked)
                  if (event.target.checked) next.add(task.id)
                  else next.delete(task.id)
                  setTicked(next)
                }}
              />
              {task.title}
            </label>
          </li>
        ))}
      </ul>
      {/* The ticked ones lead: "All done up to today" was the blue button, one click from marking a
          thank-you sent that was never written (a walkthrough). */}
      <div className="message-buttons">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || ticked.size === 0}
          onClick={() => void markTicked()}
        >
          Mark the ticked ones done
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() =>
            void run(
              () => client.markDoneUpToNow({ interviewId: interview.id }),
              (changed) => markedDone(tasks, changed),
            )
          }
        >
          <Icon name="check-all" />
          All done up to today
        </button>
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() =>
            void run(
              () => client.markNoneDoneYet({ interviewId: interview.id }),
              () => `Kept ${keptWhich(tasks.length)} to do: listed under Next.`,
            )
          }
        >
          None yet
        </button>
      </div>
      <ErrorLine error={error} />
    </div>
  )
}

/**
 * Once an outcome is in while thank-you, LinkedIn or letter follow-ups are still open, ask once
 * whether to still send them; the answer skips or keeps them, and can be undone like any change.
 */
export function StillSendPrompt({ interview, report }: { interview: Interview; report: (notice: Notice) => void }) {
  const { client } = useServices()
  // Said in a notice with Undo, which also keeps the keyboard in Next: the prompt goes with the answer,
  // and the focus fell to the page (a walkthrough).
  const { busy, error, run } = useHostChange(interview.id, report)
  const waiting = courtesiesAwaitingAnswer(interview.tasks)
  if (interview.stillSend !== 'ask' || waiting.length === 0) return null
  const courtesies = stillToSend(waiting)
  // "Still send the letter? … Yes, still send them" asked of one (a walkthrough).
  const them = waiting.length === 1 ? 'it' : 'them'
  const answer = (send: boolean) =>
    void run(
      () => client.answerStillSend({ interviewId: interview.id, send }),
      (changed) => (send ? `Kept ${them} to send: listed under Next.` : stillToSendSkippedText(changed)),
    )
  return (
    <div className="progress-prompt" role="group" aria-labelledby={`still-send-${interview.id}`}>
      <h3 id={`still-send-${interview.id}`} className="progress-prompt-title">
        Still send {courtesies}?
      </h3>
      <p className="form-hint">The result is in. Send {courtesies} anyway, or skip?</p>
      <div className="message-buttons">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => answer(true)}>
          Yes, still send {them}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => answer(false)}>
          No, skip {them}
        </button>
      </div>
      <ErrorLine error={error} />
    </div>
  )
}

/**
 * The card's follow-ups say it is further on than its column ("completing a stage's tasks suggests the
 * next stage", stageReached): one click moves it there, said with Undo, as a move on the board is.
 */

export function StageReachedPrompt({
  interview,
  stage,
  report,
}: {
  interview: Interview
  stage: ReachedStage
  report: (notice: Notice) => void
}) {
  const { busy, error, moveTo } = useCardMove(interview, report)
  const label = stageLabel(stage)
  const skipped = skippedBy(stage, interview.tasks)
  return (
    <div
      className="progress-prompt"
      role="group"
      aria-labelledby={`reached-${interview.id}`}
      aria-describedby={skipped.length > 0 ? `reached-skips-${interview.id}` : undefined}
    >
      <p id={`reached-${interview.id}`} className="progress-prompt-title">
        {reachedText(stage, interview.tasks)}: the card is still in {stageLabel(interview.stage)}.
      </p>
      {skipped.length > 0 && (
        <p id={`reached-skips-${interview.id}`} className="form-hint">
          Moving it skips {namedFollowUps(skipped.map((task) => task.title))};{' '}
          {skipped.length === 1 ? 'it stays' : 'they stay'} under Done and skipped, to reopen if you still mean to.
        </p>
      )}
      <div className="message-buttons">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={(event) => {
            // It shows up above the list as a follow-up is done, pushing the list down: a double click's
            // second click on Done can land on it (an e2e run saw the next follow-up skipped so).
            if (!isRepeatClick(event)) void moveTo(stage)
          }}
        >
          <Icon name="arrow-right" />
          Move to {label}
        </button>
      </div>
      <ErrorLine error={error} />
    </div>
  )
}

/**
 * "Heard back?": once a card waits for its result (awaitsResult), recording it is one click, the card
 * moved to that outcome as the board would move it (the inquiry gives way to the outcome's own steps).
 */
export function ResultPrompt({
  interview,
  report,
  early = false,
}: {
  interview: Interview
  report: (notice: Notice) => void
  /** Before the decision date (mayHearEarly): asked below the follow-ups, which still come first. */
  early?: boolean
}) {
  const { busy, error, moveTo } = useCardMove(interview, report)
  // The day is in the record but not which result: asked so ("Heard back?" stood beside "Skipped: the
  // result is in", a walkthrough).
  const resultDay = resultDayWithoutOutcome(interview)
  const question = resultDay
    ? `The result came on ${dayInWords(resultDay)}: what was it?`
    : `Heard back from ${interview.company}${early ? ' early' : ''}?`
  return (
    <div
      className="result-prompt"
      role="group"
      aria-labelledby={`result-${interview.id}`}
      data-early={early || undefined}
    >
      <p id={`result-${interview.id}`} className="result-prompt-title">
        {question}
      </p>
      <div className="message-buttons">
        {OUTCOME_STAGE_IDS.map((stage) => (
          <button
            key={stage}
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={(event) => {
              // It takes the place of a message's Mark sent once that closes the last follow-up: a double
              // click's second click landed on "Not selected" and recorded a no (a walkthrough).
              if (!isRepeatClick(event)) void moveTo(stage)
            }}
          >
            {stageLabel(stage)}
          </button>
        ))}
      </div>
      <ErrorLine error={error} />
    </div>
  )
}

/**
 * A next round is on: adding it is one click, a New interview form with the company, role and round
 * filled in and the keyboard in Date, so the round gets its own reminders. Offered until a later round
 * of the company is on the board: after "Next round", a walkthrough found nothing that said to add it.
 */
export function NextRoundPrompt({ interview }: { interview: Interview }) {
  const { data, workbench } = useServices()
  const added = useStoreValue(data, (state) => hasLaterRound(interview, state.interviews))
  if (added) return null
  const round = interview.round + 1
  return (
    <div className="progress-prompt" role="group" aria-labelledby={`round-${interview.id}`}>
      <p id={`round-${interview.id}`} className="progress-prompt-title">
        Round {round} with {interview.company}: add it once you know when, for its own reminders.
      </p>
      <div className="message-buttons">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            workbench.openNewInterview(nextRoundFields(interview))
            revealFieldWhenShown('date')
          }}
        >
          <Icon name="add" />
          Add round {round}
        </button>
      </div>
    </div>
  )
}
