import './interview.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import {
  interviewFieldsSchema,
  type Interview,
  type InterviewFields,
  type InterviewFieldsInput,
} from '../../shared/domain/interview'
import { isOutcomeStage, STAGE_IDS, stageLabel, type StageId } from '../../shared/domain/stages'
import { tasksToAskIfDone } from '../../shared/workflow/progress'
import { openRoundReply, roundsConfirmedBy } from '../../shared/workflow/rounds'
import { savedText } from '../format/savedText'
import { tooEarlyText } from '../format/tooEarly'
import { interviewWhen } from '../format/zonedTimes'
import { isUpcoming } from '../../shared/workflow/due-times'
import { messageDraftsFor } from '../messages/messageDrafts'
import { changeLeaving, undoOffer } from '../services/history'
import { messageOf } from '../services/dataStore'
import { useServices } from '../services/services'
import { Icon } from '../ui/Icon'
import { BasicsSection } from './BasicsSection'
import { DecisionSection } from './DecisionSection'
import type { FieldName } from './fields/Field'
import { messagesBetweenSaves } from './fields/messagesBetweenSaves'
import { emptyFields, fieldsOf } from './formValues'
import { interviewersHint } from './interviewersHint'
import { sortHostError } from './hostIssues'
import { OutcomeSection } from './OutcomeSection'
import { PeopleSection } from './PeopleSection'
import { undoAndReopen } from './undoAndReopen'

interface InterviewFormProps {
  tabKey: string
  /** null while creating a new interview. */
  interview: Interview | null
}

/** Creates or edits an interview. Validation runs in the form with the host's own schema, so nothing invalid is sent. */
export function InterviewForm({ tabKey, interview }: InterviewFormProps) {
  const services = useServices()
  const { client, data, workbench, notifications } = services
  const titleId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [initialValues] = useState(() => (interview ? fieldsOf(interview) : emptyFields()))
  const [draft] = useState(() => workbench.takeDraft(tabKey))
  const [checks] = useState(() => messagesBetweenSaves(zodResolver(interviewFieldsSchema)))
  const form = useForm<InterviewFieldsInput, unknown, InterviewFields>({
    resolver: checks.resolver,
    defaultValues: initialValues,
    // Messages appear on the first save and then follow each keystroke. Validating on blur instead would
    // insert a message as focus leaves a field, shifting the button being clicked out from under the pointer.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  useEffect(
    () => checks.follow(() => ({ errors: form.formState.errors, isSubmitting: form.formState.isSubmitting })),
    [checks, form],
  )
  const { isDirty, isSubmitting } = form.formState
  const [date, time, timeZone] = useWatch({ control: form.control, name: ['date', 'time', 'timeZone'] })
  const [stageDraft, setStageDraft] = useState<StageId | null>(draft?.stage ?? null)
  const [formError, setFormError] = useState<string | null>(null)
  const stageChanged = interview !== null && stageDraft !== null && stageDraft !== interview.stage
  const isNew = interview === null
  // Which result came is the card's outcome stage: the Outcome section's Result and the Stage field are one draft.
  const shownStage = stageDraft ?? interview?.stage ?? STAGE_IDS[0]
  const pickResult = (stage: StageId | '') => {
    if (stage !== '') return setStageDraft(stage)
    // "Not yet" takes an outcome back: the card waits for its result again, and the day it came goes with
    // it. Kept, Next asked "The result came on Fri 4 Dec: what was it?" of the "Not yet" just saved (a walkthrough).
    setStageDraft(interview && isOutcomeStage(interview.stage) ? 'awaiting-result' : null)
    form.setValue('outcome.receivedOn', '', { shouldDirty: true })
  }

  useEffect(() => workbench.setDirty(tabKey, isDirty || stageChanged), [workbench, tabKey, isDirty, stageChanged])

  // Back from another tab: restore the unsaved values, measured against the stored ones so they stay dirty.
  useEffect(() => {
    if (draft) form.reset(draft.values, { keepDefaultValues: true })
  }, [draft, form])

  // Leaving for another tab unmounts the form: keep its unsaved values, unless the tab was closed.
  const stageDraftOnLeave = useRef(stageDraft)
  useEffect(() => {
    stageDraftOnLeave.current = stageDraft
  }, [stageDraft])
  useEffect(
    () => () => {
      if (workbench.isDirty(tabKey)) {
        workbench.keepDraft(tabKey, { values: form.getValues(), stage: stageDraftOnLeave.current })
      } else {
        workbench.dropDraft(tabKey)
      }
    },
    [workbench, tabKey, form],
  )

  useEffect(() => {
    if (isNew && !draft) form.setFocus('company')
  }, [isNew, draft, form])

  // Another window saved this interview: show its version, unless the user is in the middle of editing here.
  const syncedAt = useRef(interview?.updatedAt)
  useEffect(() => {
    if (!interview || interview.updatedAt === syncedAt.current) return
    syncedAt.current = interview.updatedAt
    if (!form.formState.isDirty) form.reset(fieldsOf(interview))
  }, [interview, form])

  const showHostError = (error: unknown) => {
    const isShownField = (path: string) => formRef.current?.elements.namedItem(path) != null
    const { fieldIssues, formMessage } = sortHostError(error, isShownField)
    fieldIssues.forEach((issue, index) =>
      form.setError(issue.path as FieldName, { type: 'host', message: issue.message }, { shouldFocus: index === 0 }),
    )
    setFormError(formMessage)
  }

  const save = async (fields: InterviewFields) => {
    setFormError(null)
    // The board's rule at this door too: the Stage field moved next week's interview to Thanked, where
    // Alt+→ and a drop were refused (a walkthrough).
    const tooEarly = stageDraft && stageDraft !== interview?.stage ? tooEarlyText(fields, stageDraft) : null
    if (tooEarly) {
      setFormError(`${tooEarly} If it already has, change its date.`)
      return
    }
    workbench.setSaveStatus(tabKey, 'saving')
    try {
      if (!interview) {
        // The host closes an earlier round's "Confirm the next round" with it, out of sight: the notice says so.
        const confirmed = roundsConfirmedBy({ id: '', ...fields }, data.state.interviews)
        // With its result picked, into that outcome, by the move "Heard back?" makes (the host plans it so).
        const created = await client.createInterview({ fields, stage: stageDraft ?? 'interviewed' })
        data.applyChanged(created)
        form.reset(fieldsOf(created))
        workbench.setSaveStatus(tabKey, 'saved')
        workbench.completeNewInterview(tabKey, created.id)
        // Its tab now shows what to do next, and the keyboard goes there: entered after it happened, to the
        // question at the top, "Which of these have you already done?" (it went to the inquiry's "Copy text"
        // below the question, 1,000 px down, when asking for the result led: a walkthrough); else Next's first follow-up.
        const askedFirst = tasksToAskIfDone(created).length > 0
        messageDraftsFor(workbench).requestFocus(created.id, undefined, askedFirst ? 'question' : 'action')
        notifications.done(
          [
            // "Under Interviewed" alone read as held for next week's interview (a walkthrough).
            isUpcoming(created, new Date())
              ? `Added ${created.company} to the board, under ${stageLabel(created.stage)} as Upcoming: ${interviewWhen(created)}.`
              : `Added ${created.company} to the board, under ${stageLabel(created.stage)}.`,
            ...confirmed.map((earlier) => `“${openRoundReply(earlier)?.title}” is done.`),
          ].join(' '),
          // As every other change's notice: it alone had none (a walkthrough).
          undoOffer(services, changeLeaving(created, created.id)),
        )
        return
      }
      let saved = interview
      const edited = form.formState.isDirty
      if (edited) saved = await client.updateInterview({ id: interview.id, fields })
      const moved = stageDraft !== null && stageDraft !== saved.stage
      if (moved) saved = await client.moveInterview({ id: saved.id, stage: stageDraft })
      syncedAt.current = saved.updatedAt
      data.applyChanged(saved)
      form.reset(fieldsOf(saved))
      setStageDraft(null)
      workbench.setSaveStatus(tabKey, 'saved')
      // An edit and a move are two changes, and a notice's Undo takes back the one it reports (Ctrl+Z, both).
      if (saved !== interview) {
        notifications.done(
          savedText(interview, saved),
          edited && moved ? undefined : undoOffer(services, changeLeaving(saved, saved.id)),
        )
      }
    } catch (error) {
      workbench.setSaveStatus(tabKey, 'failed')
      showHostError(error)
    }
  }

  const deleteInterview = async () => {
    if (!interview) return
    setFormError(null)
    try {
      await client.deleteInterview({ id: interview.id })
      data.applyDeleted(interview.id)
      workbench.close(tabKey, { force: true })
      notifications.done(`Deleted ${interview.company}, ${interview.role}.`, {
        label: 'Undo',
        run: () => undoAndReopen(services),
      })
    } catch (error) {
      setFormError(messageOf(error))
    }
  }

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="interview-form"
        noValidate
        {...(isNew ? { 'aria-labelledby': titleId } : { 'aria-label': 'Interview record' })}
        onSubmit={(event) => {
          if (isSubmitting) event.preventDefault()
          else void form.handleSubmit(save)(event)
        }}
      >
        {/* A stored interview's title sits above its Next panel (InterviewEditor). */}
        {isNew && (
          <header className="form-header">
            <h1 id={titleId} className="form-title">
              New interview
            </h1>
            <p className="form-subtitle">
              {draft && draft.values.round !== undefined && draft.values.round > 1
                ? `Round ${draft.values.round}: when it is, and who will interview you if you know.`
                : 'Add it while it is fresh: who you met, and what they said about the decision.'}
            </p>
          </header>
        )}
        <BasicsSection stage={interview ? { value: stageDraft ?? interview.stage, onChange: setStageDraft } : null} />
        <PeopleSection
          name="interviewers"
          title="Interviewers"
          legend="Interviewer"
          addLabel="Add interviewer"
          emptyText={interviewersHint(
            { date, time, timeZone },
            draft?.values.round ?? interview?.round ?? 1,
            new Date(),
          )}
        />
        <PeopleSection
          name="arrangers"
          title="People who arranged it"
          legend="Arranger"
          addLabel="Add person who arranged it"
          emptyText="A recruiter or assistant who set the interview up deserves a thank-you too."
        />
        <DecisionSection />
        <OutcomeSection result={{ value: isOutcomeStage(shownStage) ? shownStage : '', onChange: pickResult }} />
        <footer className="form-actions">
          {formError && (
            <div role="alert" className="form-alert">
              <Icon name="error" />
              <span>{formError}</span>
            </div>
          )}
          <div className="form-buttons">
            {/* Not disabled while saving: a disabled button loses the focus, and the keyboard fell to the page. */}
            <button type="submit" className="button button-primary" aria-disabled={isSubmitting || undefined}>
              <Icon name="save" />
              Save interview
            </button>
            {interview && (
              <button type="button" className="button button-secondary" onClick={() => void deleteInterview()}>
                <Icon name="trash" />
                Delete interview
              </button>
            )}
          </div>
        </footer>
      </form>
    </FormProvider>
  )
}
