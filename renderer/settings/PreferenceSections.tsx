import { useWatch } from 'react-hook-form'
import type { SettingsFormValues, SettingsPath } from './settingsForm'
import { CheckboxField, NumberField, SettingsSection, TimeField } from './SettingsFields'
import { SETTINGS_TARGETS } from './settingsSession'
import { BrowserNotifications } from './BrowserNotifications'

/** The working day's four times are checked against each other: a change to one re-checks the rest. */
const WORKING_DAY: SettingsPath[] = ['workingHours.start', 'workingHours.end', 'lunch.start', 'lunch.end']
const othersOf = (path: SettingsPath) => WORKING_DAY.filter((other) => other !== path)

export function WorkingDaySection() {
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.workingDay}
      title="Working day"
      description="Same-day follow-ups fall due at the end of the working day. Calls about a result are planned away from its first and last hour and from lunch."
    >
      <div className="settings-grid settings-grid-pairs">
        <TimeField name="workingHours.start" label="Working day starts" deps={othersOf('workingHours.start')} />
        <TimeField name="workingHours.end" label="Working day ends" deps={othersOf('workingHours.end')} />
        <TimeField name="lunch.start" label="Lunch starts" deps={othersOf('lunch.start')} />
        <TimeField name="lunch.end" label="Lunch ends" deps={othersOf('lunch.end')} />
      </div>
    </SettingsSection>
  )
}

export function FollowUpsSection() {
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.followUps}
      title="Follow-ups"
      description="Saving new timings moves the open follow-ups that are still to come. Follow-ups already due, done or skipped keep their time, and snoozes stay as you set them."
    >
      <div className="settings-grid settings-grid-aligned">
        <NumberField
          name="fewDays"
          label="Days until the formal letter"
          hint="After the interview; 1 to 30."
          min={1}
          max={30}
        />
        <NumberField
          name="replyWithinHours"
          label="Reply to an offer or next round within (hours)"
          hint="From when it comes in; 1 to 48."
          min={1}
          max={48}
        />
        <NumberField
          name="checkAgainAfterDays"
          label="Ask again after no answer (business days)"
          hint="When an inquiry gets no answer, one more follow-up comes after this; 1 to 30."
          min={1}
          max={30}
        />
        <NumberField
          name="linkedInNoteLimit"
          label="LinkedIn note limit (characters)"
          hint="LinkedIn allows 300 on most accounts, fewer on some free ones."
          min={1}
          max={2000}
        />
      </div>
      <CheckboxField
        name="businessDays"
        label="Count business days only"
        hint="Skip Saturdays and Sundays when counting the days until the formal letter."
      />
      <CheckboxField
        name="stillSendAfterOutcome"
        label="Still send thank-yous and the letter after the result is in"
        hint="The answer first offered when the result is in and some are still to send, which each interview asks once."
      />
    </SettingsSection>
  )
}

export function RemindersSection() {
  const quietHoursEnabled = useWatch<SettingsFormValues, 'quietHoursEnabled'>({ name: 'quietHoursEnabled' })
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.reminders}
      title="Reminders"
      description="Debrief tells you on the desktop when a follow-up falls due, even with its window closed."
    >
      <CheckboxField name="notificationsEnabled" label="Show desktop notifications for due follow-ups" />
      <BrowserNotifications />
      <CheckboxField
        name="quietHoursEnabled"
        label="Quiet hours"
        hint="Follow-ups timed by your working day fall due before these hours; any other reminder in them waits until they end. They may run overnight."
        deps={['quietHours.start', 'quietHours.end']}
      />
      <div className="settings-grid settings-grid-pairs">
        <TimeField name="quietHours.start" label="Quiet from" disabled={!quietHoursEnabled} deps={['quietHours.end']} />
        <TimeField
          name="quietHours.end"
          label="Quiet until"
          disabled={!quietHoursEnabled}
          deps={['quietHours.start']}
        />
      </div>
    </SettingsSection>
  )
}

export function DesktopSection() {
  const inBrowser = window.debrief === undefined
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.desktop}
      title="Desktop app"
      description={
        inBrowser ? (
          <p className="settings-note" role="note">
            These apply to the desktop app. You are in the browser app; the desktop app reads them from the same data
            folder the next time it runs.
          </p>
        ) : undefined
      }
    >
      <CheckboxField name="startAtLogin" label="Start Debrief when you log in" />
      <CheckboxField
        name="keepRunningInTray"
        label="Keep running in the tray when the window is closed"
        hint="So reminders still come with the window closed."
      />
    </SettingsSection>
  )
}
