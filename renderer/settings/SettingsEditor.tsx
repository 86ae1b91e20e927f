import './settings.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form'
import { ApiError } from '../../shared/api/errors'
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/domain/settings'
import { messageOf } from '../services/dataStore'
import { useServices, useStore, useStoreValue } from '../services/services'
import { SETTINGS_TAB } from '../services/workbenchModel'
import { Icon } from '../ui/Icon'
import { AppearanceSection } from './AppearanceSection'
import { CalendarsSection } from './CalendarsSection'
import { DataSection } from './DataSection'
import { YouSection } from './YouSection'
import { DesktopSection, FollowUpsSection, RemindersSection, WorkingDaySection } from './PreferenceSections'
import {
  changesFollowUps,
  editsBetween,
  formValuesOf,
  isAboutYou,
  SETTINGS_PATHS,
  settingsChangeOf,
  settingsFormSchema,
  type SettingsChange,
  type SettingsFormValues,
  type SettingsPath,
} from './settingsForm'
import { SETTINGS_FORM_ID, SETTINGS_TARGETS, settingsSession, type SettingsTarget } from './settingsSession'

type SettingsForm = UseFormReturn<SettingsFormValues, unknown, SettingsChange>

const CONTENTS: Array<[SettingsTarget, string]> = [
  ['you', 'You'],
  ['workingDay', 'Working day'],
  ['followUps', 'Follow-ups'],
  ['reminders', 'Reminders'],
  ['desktop', 'Desktop app'],
  ['appearance', 'Appearance'],
  ['calendars', 'Calendars'],
  ['data', 'Data'],
]

/** Puts one of the user's edits back on top of other values, as an edit (it counts as unsaved). */
function applyEdits(form: SettingsForm, edits: Array<[SettingsPath, unknown]>): void {
  for (const [path, value] of edits) {
    form.setValue(path, value as SettingsFormValues['fewDays'], { shouldDirty: true, shouldValidate: true })
  }
}

/** How long a section revealed is kept in place while the sections above it fill in. */
const SETTLE_MS = 3000

/**
 * Scrolls the editor panel (not the window, as scrollIntoView would at the end of the page) so the
 * target sits below the sticky header, and focuses it. The calendars and the backups above a section
 * load after the form: until they have (or the user scrolls), the target is put back in place as they
 * grow. The palette's "Import from a JSON export…" showed Calendars, the Import heading 1,580 px below (a walkthrough).
 */
function scrollToAndFocus(target: HTMLElement): void {
  target.focus({ preventScroll: true })
  let panel = target.parentElement
  while (panel && !/(auto|scroll)/.test(getComputedStyle(panel).overflowY)) panel = panel.parentElement
  if (!panel) return
  const scroller = panel
  const place = () => {
    const offset = parseFloat(getComputedStyle(target).scrollMarginTop) || 0
    const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - offset
    scroller.scrollTo({ top })
    return scroller.scrollTop
  }
  let placed = place()
  const observer = new ResizeObserver(() => {
    if (Math.abs(scroller.scrollTop - placed) > 1) stop()
    else placed = place()
  })
  const timer = setTimeout(() => stop(), SETTLE_MS)
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
  }
  for (const child of scroller.children) observer.observe(child)
}

function isSettingsPath(path: string): path is SettingsPath {
  return (SETTINGS_PATHS as readonly string[]).includes(path)
}

/** The Settings tab: the preferences as a form, saved with Save, and the data folder's backups, export and import. */
export function SettingsEditor() {
  const { data } = useServices()
  const preferences = useStoreValue(data, (state) => state.preferences)
  const loadError = useStoreValue(data, (state) => state.loadError)
  if (!preferences) {
    return (
      <div className="settings">
        <p className="settings-hint" role="status">
          {loadError ? `Your settings could not be loaded: ${loadError}` : 'Loading your settings…'}
        </p>
      </div>
    )
  }
  return <SettingsForm preferences={preferences} />
}

function SettingsForm({ preferences }: { preferences: Preferences }) {
  const services = useServices()
  const { data, workbench, notifications } = services
  const session = settingsSession(workbench)
  const { reveal } = useStore(session)
  const titleId = useId()
  const [initialValues] = useState(() => formValuesOf(preferences))
  const [draft] = useState(() => session.takeDraft())
  /** The host's values the form was last brought in line with: whatever differs from them is the user's edit. */
  const baseline = useRef(initialValues)
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm<SettingsFormValues, unknown, SettingsChange>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: initialValues,
    // Each change is checked at once: the values are few, and a wrong time is best told while it is typed.
    mode: 'onChange',
  })
  const { isDirty, isSubmitting } = form.formState
  const [formError, setFormError] = useState<string | null>(null)

  useEffect(() => workbench.setDirty(SETTINGS_TAB.key, isDirty), [workbench, isDirty])

  // Back from another tab: the unsaved edits return, on top of the host's values as they are now.
  useEffect(() => {
    if (draft) applyEdits(form, editsBetween(draft.values, draft.baseline))
  }, [draft, form])

  // Hidden behind another tab, the form unmounts: keep its edits, unless the tab was closed.
  useEffect(
    () => () => {
      const open = workbench.state.tabs.some((tab) => tab.key === SETTINGS_TAB.key)
      const unsaved = open && workbench.isDirty(SETTINGS_TAB.key)
      session.keepDraft(unsaved ? { values: form.getValues(), baseline: baseline.current } : null)
    },
    [workbench, session, form],
  )

  // Another window (or a restore) changed the preferences: show its values, keeping the edits made here.
  useEffect(() => {
    const incoming = formValuesOf(preferences, baseline.current.quietHours)
    if (editsBetween(incoming, baseline.current).length === 0) return
    const edits = editsBetween(form.getValues(), baseline.current)
    baseline.current = incoming
    form.reset(incoming)
    applyEdits(form, edits)
  }, [preferences, form])

  // A command or the contents asked to go somewhere: scroll there and move focus.
  useEffect(() => {
    if (!reveal) return
    const target = document.getElementById(SETTINGS_TARGETS[reveal])
    if (target) scrollToAndFocus(target)
    session.revealed()
  }, [reveal, session])

  const showHostError = (error: unknown) => {
    const issues = error instanceof ApiError ? error.issues : []
    const shown = issues.filter((issue) => isSettingsPath(issue.path))
    shown.forEach((issue, index) =>
      form.setError(issue.path as SettingsPath, { type: 'host', message: issue.message }, { shouldFocus: index === 0 }),
    )
    if (shown.length === 0 || shown.length < issues.length) setFormError(messageOf(error))
  }

  /**
   * Save and Discard are disabled once they have done their work: the keyboard on either is moved to the
   * form first, or it fell to the page's body and Tab started again from the window's top.
   */
  const keepKeyboard = () => {
    if (document.activeElement?.closest('.settings-buttons')) formRef.current?.focus({ preventScroll: true })
  }

  const save = async (change: SettingsChange) => {
    setFormError(null)
    const previous = data.state.preferences
    workbench.setSaveStatus(SETTINGS_TAB.key, 'saving')
    try {
      await data.savePreferences(change)
      const saved = data.state.preferences ?? { ...DEFAULT_PREFERENCES, ...change }
      baseline.current = formValuesOf(saved, form.getValues('quietHours'))
      form.reset(baseline.current)
      workbench.setSaveStatus(SETTINGS_TAB.key, 'saved')
      const moved = previous !== null && changesFollowUps(previous, saved)
      const message = moved
        ? 'Settings saved. Open follow-ups still to come now follow the new times.'
        : 'Settings saved.'
      const undo = previous && {
        label: 'Undo',
        run: () => {
          data.savePreferences(settingsChangeOf(previous)).then(
            () => notifications.done('Your previous settings are back.'),
            (error: unknown) =>
              notifications.error(`Your previous settings could not be put back: ${messageOf(error)}`),
          )
        },
      }
      notifications.done(message, undo ?? undefined)
    } catch (error) {
      workbench.setSaveStatus(SETTINGS_TAB.key, 'failed')
      showHostError(error)
    }
  }

  const discard = () => {
    setFormError(null)
    keepKeyboard()
    form.reset(baseline.current)
  }

  const restoreDefaults = () => {
    setFormError(null)
    const defaults = formValuesOf(DEFAULT_PREFERENCES, baseline.current.quietHours)
    applyEdits(
      form,
      editsBetween(defaults, form.getValues()).filter(([path]) => !isAboutYou(path)),
    )
  }

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        id={SETTINGS_FORM_ID}
        className="settings holds-keyboard"
        tabIndex={-1}
        noValidate
        aria-labelledby={titleId}
        onSubmit={(event) => {
          // Before Save greys out while it saves.
          keepKeyboard()
          void form.handleSubmit(save)(event)
        }}
      >
        <header className="settings-header">
          <div className="settings-heading">
            <h1 id={titleId} className="settings-title">
              <Icon name="settings-gear" />
              Settings
            </h1>
            <p className="settings-hint" role="status">
              {isDirty ? 'You have unsaved changes.' : 'Shared by the desktop and browser apps on this data folder.'}
            </p>
          </div>
          <div className="settings-buttons">
            <button type="submit" className="button button-primary" disabled={!isDirty || isSubmitting}>
              <Icon name="save" />
              Save
            </button>
            <button type="button" className="button button-secondary" disabled={!isDirty} onClick={discard}>
              <Icon name="discard" />
              Discard changes
            </button>
            <button type="button" className="button button-secondary" onClick={restoreDefaults}>
              <Icon name="history" />
              Restore defaults
            </button>
          </div>
        </header>
        {formError && (
          <div role="alert" className="settings-alert settings-form-alert">
            <Icon name="error" />
            <span>{formError}</span>
          </div>
        )}
        <div className="settings-body">
          <nav className="settings-contents" aria-label="Settings sections">
            <ul>
              {CONTENTS.map(([target, label]) => (
                <li key={target}>
                  <button type="button" className="settings-contents-link" onClick={() => session.reveal(target)}>
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="settings-sections">
            <YouSection />
            <WorkingDaySection />
            <FollowUpsSection />
            <RemindersSection />
            <DesktopSection />
            <AppearanceSection />
            <CalendarsSection />
            <DataSection />
          </div>
        </div>
      </form>
    </FormProvider>
  )
}
