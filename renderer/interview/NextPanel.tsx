import './next.css'
import { useEffect, useRef, useState } from 'react'
import type { FollowUpTask, Interview, TaskAction } from '../../shared/domain/interview'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import { isOutcomeStage } from '../../shared/domain/stages'
import {
  awaitsResult,
  isOnALaterDay,
  instantToWallTime,
  mayHearEarly,
  orderOpenTasks,
  stageReached,
  tasksToAskIfDone,
} from '../../shared/workflow'
import { isAskedIfDone, isAskedInThanks, leadingTask } from '../../shared/workflow/progress'
import { canSnooze } from '../../shared/workflow/snooze'
import { isCall } from '../../shared/workflow/task-kinds'
import { dayOf, type WallDateTime } from '../../shared/workflow/wall-time'
import { doneText } from '../format/doneText'
import { interviewWhen, zonedWall } from '../format/zonedTimes'
import { changeTask } from '../messages/changeTask'
import { messageDraftsFor } from '../messages/messageDrafts'
import { TaskMessage, type Notice } from '../messages/TaskMessage'
import { messageOf } from '../services/dataStore'
import { changeLeaving, undoOffer } from '../services/history'
import { useServices, useStore, useStoreValue } from '../services/services'
import { SnoozeMenu } from '../today/SnoozeMenu'
import { useMinuteClock } from '../ui/useMinuteClock'
import { isRepeatClick } from '../ui/repeatClick'
import { Icon } from '../ui/Icon'
import {
  ASKED_IF_DONE_ATTRIBUTE,
  BackDatedPrompt,
  NextRoundPrompt,
  ResultPrompt,
  StageReachedPrompt,
  StillSendPrompt,
} from './ProgressPrompts'
import { NEXT_ITEM_TOGGLE_CLASS, NEXT_PANEL_ATTRIBUTE } from './anchors'
import { closedText, dueText, isOverdue } from './followUpStatus'
import { firstAction, focusFollowUp } from './followUpFocus'
import { FollowUpBody, SummaryProgress } from './FollowUpBody'

/**
 * "Next": the interview's open follow-ups in the order to do them (orderOpenTasks: asking for the result
 * first once it is due, else soonest first). The picked one (the first, unless the
 * user, a Today row or a reminder picked another) shows its message ready to send; each can be
 * marked done, snoozed or skipped. Closed ones follow, with why, and reopen in one click.
 */
export function NextPanel({ interview }: { interview: Interview }) {
  const services = useServices()
  const { data, notifications, workbench } = services
  const preferences = useStoreValue(data, (state) => state.preferences) ?? DEFAULT_PREFERENCES
  const drafts = messageDraftsFor(workbench)
  const saved = useStore(drafts).byInterview[interview.id]
  const now = useMinuteClock()
  const [busyId, setBusyId] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  // What went right is said in a notice at the window's corner, in view however far the panel is scrolled
  // (a confirmation at the panel's top was 740 px above the Copy button), with Undo for a change to the
  // follow-ups, as Today's are; gone by itself, it never stays behind an undo. What failed is said here.
  const report = (notice: Notice | null) => {
    if (notice?.tone !== 'done') return setFailure(notice?.text ?? null)
    setFailure(null)
    notifications.done(notice.text, notice.undo ? undoOffer(services, notice.undo) : undefined)
    // A follow-up done, skipped or snoozed leaves the list with the button pressed: the keyboard goes on
    // to what is next here, as Today's does, where it fell to the tab strip; to its title, which stays in
    // view (its first action, under a long message, scrolled the title out of sight: a walkthrough).
    const lead = outcomeLead(interview, data.interviewById(interview.id))
    if (lead) drafts.requestFocus(interview.id, lead.id)
    else if (notice.undo && keyboardHere.current) drafts.requestFocus(interview.id, undefined, 'title')
  }
  const panelRef = useRef<HTMLElement>(null)
  /**
   * The keyboard is in the panel, or was when what held it went: left the page (no focusout then), or
   * blurred to nothing (a button disabled while its change runs, a prompt that answered itself).
   */
  const keyboardHere = useRef(false)
  const nowThere = instantToWallTime(now, interview.timeZone)
  const open = orderOpenTasks(interview.tasks, nowThere)
  const closed = interview.tasks.filter((task) => task.status !== 'open')
  // An interview of a later day opens none by itself: its first follow-up's draft thanked the interviewer
  // "for taking the time to speak with me on Tuesday" days before it (a walkthrough's screenshot).
  const ahead = isOnALaterDay(interview, dayOf(nowThere))
  // Once it has begun, what was not asked there a thank-you asks: the thank-you's draft opens first, not
  // the question's line pointing to it (leadingTask; a walkthrough's first view).
  const selected =
    open.find((task) => task.id === saved?.taskId) ?? (ahead ? undefined : leadingTask(interview, nowThere))
  const reached = stageReached(interview, nowThere)
  const askResult = awaitsResult(interview, dayOf(nowThere))
  // Never both: mayHearEarly holds only while awaitsResult does not.
  const hearEarly = mayHearEarly(interview, nowThere)

  // A Today row, a reminder or opening the tab asked for attention: the follow-up's first action takes the
  // focus, once; asked for the tab as a whole, the question "Which of these have you already done?" if it
  // asks about the picked one, as a whole, so Tab leads to its boxes (its first button, "All done up to
  // today", took it, and one Enter after a tab closed marked every follow-up of the next one done).
  // A follow-up asked for by name gets its own first action (its message).
  const focusRequested = saved?.focusRequested
  const askedIfDone =
    focusRequested === 'question' ||
    (focusRequested === 'next' && selected !== undefined && isAskedIfDone(interview, selected))
  useEffect(() => {
    if (!focusRequested) return
    const panel = panelRef.current
    const question = askedIfDone ? panel?.querySelector<HTMLElement>(`[${ASKED_IF_DONE_ATTRIBUTE}]`) : null
    const item = panel?.querySelector(`[data-task-id="${selected?.id ?? ''}"]`)
    if (question) question.focus()
    else if (focusRequested === 'title') item?.querySelector<HTMLElement>(`.${NEXT_ITEM_TOGGLE_CLASS}`)?.focus()
    // A follow-up: its first action, its title in view; asked for by name (a Today row, F8, a reminder),
    // where the user must type first, the draft's first placeholder.
    else if (item) focusFollowUp(item, focusRequested === 'follow-up')
    // An interview still to come, none picked: the panel, where "Still to come: …" is read. The first
    // follow-up's Done took it, and the tab scrolled its title and date out of view (a walkthrough).
    else if (!ahead && panel) firstAction(panel)?.focus()
    // Nothing took it (with nothing left open, the first button found was in the folded "Write any other
    // message", which cannot take the focus): the panel as a whole, where "Nothing left to do" is read.
    if (!panel?.contains(document.activeElement)) panel?.focus()
    drafts.focusHandled(interview.id)
  }, [focusRequested, askedIfDone, selected?.id, ahead, drafts, interview.id])

  const act = async (task: FollowUpTask, action: TaskAction, until?: WallDateTime) => {
    setFailure(null)
    setBusyId(task.id)
    try {
      const changed = await changeTask(services, interview, {
        interviewId: interview.id,
        taskId: task.id,
        action,
        until,
      })
      const said: Record<TaskAction, string> = {
        done: doneText(task, changed),
        dismiss: `Skipped “${task.title}”.`,
        reopen: `Reopened “${task.title}”.`,
        snooze: `Snoozed “${task.title}” until ${until ? zonedWall(until, interview.timeZone, { theirClock: isCall(task, interview.decision) }) : ''}.`,
      }
      report({ tone: 'done', text: said[action], undo: changeLeaving(changed, interview.id) })
    } catch (caught) {
      setFailure(`Could not change “${task.title}”: ${messageOf(caught)}`)
    } finally {
      setBusyId(null)
    }
  }

  return (
    <section
      ref={panelRef}
      className="next-panel holds-keyboard"
      aria-labelledby={`next-${interview.id}`}
      tabIndex={-1}
      onFocus={() => (keyboardHere.current = true)}
      onBlur={(event) => {
        // To another element: the user moved on. To nothing: what held it went, the keyboard stays ours.
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) keyboardHere.current = false
      }}
      {...{ [NEXT_PANEL_ATTRIBUTE]: '' }}
    >
      <h2 id={`next-${interview.id}`} className="next-title">
        Next {open.length > 0 && <span className="badge">{open.length}</span>}
      </h2>
      {failure && (
        <p className="field-message" role="alert">
          <Icon name="error" />
          {failure}
        </p>
      )}
      <BackDatedPrompt interview={interview} report={report} />
      {/* One question at a time: what was already done, then whether to still send what is left (both
          stacked asked about the same thank-yous, and the second stayed behind with one: a walkthrough). */}
      {tasksToAskIfDone(interview).length === 0 && <StillSendPrompt interview={interview} report={report} />}
      {reached && <StageReachedPrompt interview={interview} stage={reached} report={report} />}
      {/* Above the inquiry: heard back, the inquiry and its message are moot; not, they follow. */}
      {askResult && <ResultPrompt interview={interview} report={report} />}
      {open.length === 0 && <p className="form-hint">{nothingLeftText(interview, askResult || hearEarly)}</p>}
      {ahead && open.length > 0 && (
        <p className="form-hint">
          Still to come: {interviewWhen(interview)}. Prepare in the notes; these follow-ups start with the interview.
        </p>
      )}
      <ol className="next-list">
        {open.map((task) => {
          const isSelected = task.id === selected?.id
          const busy = busyId === task.id
          const overdue = isOverdue(task, nowThere)
          return (
            <li key={task.id} className="next-item" data-task-id={task.id} data-selected={isSelected || undefined}>
              <article aria-label={task.title}>
                <div className="next-item-head">
                  <button
                    type="button"
                    className={NEXT_ITEM_TOGGLE_CLASS}
                    aria-expanded={isSelected}
                    onClick={() => drafts.selectTask(interview.id, task.id)}
                  >
                    <Icon name={isSelected ? 'chevron-down' : 'chevron-right'} />
                    <span className="next-item-text">
                      <span className="next-item-title">{task.title}</span>
                      <span className="next-item-due" data-overdue={overdue || undefined}>
                        {overdue && !task.snoozedUntil ? 'overdue · ' : ''}
                        {dueText(task, interview)}
                        {task.kind === 'write-summary' && <SummaryProgress interviewId={interview.id} />}
                      </span>
                    </span>
                  </button>
                  <span className="next-item-actions">
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={`Mark “${task.title}” done`}
                      disabled={busy}
                      onClick={(event) => {
                        if (!isRepeatClick(event)) void act(task, 'done')
                      }}
                    >
                      <Icon name="check" />
                      Done
                    </button>
                    {canSnooze(task, now, interview.timeZone) && (
                      <SnoozeMenu
                        taskName={`“${task.title}”`}
                        timeZone={interview.timeZone}
                        theirClock={isCall(task, interview.decision)}
                        workdayStart={preferences.workingHours.start}
                        businessDays={preferences.businessDays}
                        disabled={busy}
                        labelled
                        onSnooze={(until) => void act(task, 'snooze', until)}
                      />
                    )}
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={`Skip “${task.title}”`}
                      disabled={busy}
                      onClick={(event) => {
                        if (!isRepeatClick(event)) void act(task, 'dismiss')
                      }}
                    >
                      Skip
                    </button>
                  </span>
                </div>
                {isSelected && (
                  <FollowUpBody
                    interview={interview}
                    task={task}
                    askedInThanks={isAskedInThanks(interview, task, nowThere)}
                    early={!overdue}
                    report={report}
                  />
                )}
              </article>
            </li>
          )
        })}
      </ol>
      {hearEarly && <ResultPrompt interview={interview} report={report} early />}
      {/* Below the follow-ups: replying to the invitation comes first. */}
      {interview.stage === 'next-round' && !interview.archived && <NextRoundPrompt interview={interview} />}
      {closed.length > 0 && (
        <ClosedFollowUps tasks={closed} busyId={busyId} onReopen={(task) => void act(task, 'reopen')} />
      )}
      <details className="next-closed">
        <summary>Write any other message</summary>
        <TaskMessage interview={interview} report={report} />
      </details>
    </section>
  )
}

/**
 * An outcome just recorded from Next ("Heard back?"): its own first step, to open with the keyboard on its
 * first action. The LinkedIn draft picked before a no stayed open, the view scrolled to it, and the thanks
 * the no calls for stayed folded above it (a walkthrough).
 */
function outcomeLead(before: Interview, after: Interview | undefined): FollowUpTask | undefined {
  if (!after || after.stage === before.stage || !isOutcomeStage(after.stage)) return undefined
  return leadingTask(after, instantToWallTime(new Date(), after.timeZone))
}

/**
 * What Next says with nothing open. Waiting for word, where to record it; with the result in, nothing
 * to wait for: "Move the card when you hear back" stood under a Not selected already moved (a walkthrough).
 */
function nothingLeftText(interview: Interview, askedAboutResult: boolean): string {
  if (interview.stage === 'not-selected') return 'Nothing left to do for this interview: the result is in.'
  if (isOutcomeStage(interview.stage) || askedAboutResult) return 'Nothing left to do for this interview right now.'
  return 'Nothing left to do for this interview right now. Move the card when you hear back.'
}

/** "Done (4)", "Skipped (1)", "Done and skipped (10 done, 1 skipped)": counts that add up, each named. */
function closedSummary(done: number, skipped: number): string {
  if (skipped === 0) return `Done (${done})`
  if (done === 0) return `Skipped (${skipped})`
  return `Done and skipped (${done} done, ${skipped} skipped)`
}

function ClosedFollowUps({
  tasks,
  busyId,
  onReopen,
}: {
  tasks: FollowUpTask[]
  busyId: string | null
  onReopen: (task: FollowUpTask) => void
}) {
  const done = tasks.filter((task) => task.status === 'done').length
  // Skipped by the user (dismissed) or by their progress (skipped), as each item says.
  const skipped = tasks.length - done
  const byProgress = tasks.filter((task) => task.status === 'skipped').length
  // Tasks skipped by progress are shown at first, so the user sees what moved and can take it back.
  const [open, setOpen] = useState(byProgress > 0)
  return (
    <details className="next-closed" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{closedSummary(done, skipped)}</summary>
      <ul className="next-closed-list">
        {tasks.map((task) => (
          <li key={task.id} className="next-closed-item" data-status={task.status}>
            <Icon name={task.status === 'done' ? 'pass-filled' : 'circle-slash'} />
            <span className="next-item-text">
              <span className="next-item-title">{task.title}</span>
              <span className="next-item-due">{closedText(task)}</span>
            </span>
            <button
              type="button"
              className="link-button"
              aria-label={`Reopen “${task.title}”`}
              disabled={busyId === task.id}
              onClick={() => onReopen(task)}
            >
              Reopen
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
