import { countLabel } from '../services/stageLists'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { BACKUP_KIND_LABELS, backupTimeLabel } from '../../shared/api/backup-text'
import type { BackupInfo, HostEvent } from '../../shared/api/contract'
import { useHostQuery } from '../search/useHostQuery'
import { messageOf } from '../services/dataStore'
import { useServices, useStore, useStoreValue } from '../services/services'
import { Icon } from '../ui/Icon'
import { backUpNow, exportData, type ExportFormat } from './dataActions'
import { importSession, pickExportToImport } from './importSession'
import { RestoreDialog } from './RestoreDialog'
import { NumberField, SettingsSection } from './SettingsFields'
import { SETTINGS_TARGETS } from './settingsSession'

/** A restore adds a notice (and a backup); another window's restore is heard the same way. */
const backupsMayHaveChanged = (event: HostEvent) => event.topic === 'notices'
const interviewsChanged = (event: HostEvent) => event.topic === 'interviews'

function BackupsTable() {
  const { client } = useServices()
  const load = useCallback(() => client.listBackups({}), [client])
  const { value: backups, error } = useHostQuery(load, backupsMayHaveChanged)
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)

  if (error) {
    return (
      <p className="settings-alert" role="alert">
        <Icon name="error" />
        <span>The backups could not be listed: {error}</span>
      </p>
    )
  }
  if (!backups) return <p className="settings-hint">Loading backups…</p>
  if (backups.length === 0) {
    return (
      <p className="settings-hint">
        No backups yet. Debrief takes one each day it runs with interviews in this data folder.
      </p>
    )
  }
  return (
    <>
      <table className="settings-table" aria-labelledby={SETTINGS_TARGETS.backups}>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Kind</th>
            <th scope="col">Interviews</th>
            <th scope="col">
              <span className="settings-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.name}>
              <td>{backupTimeLabel(backup)}</td>
              <td>{BACKUP_KIND_LABELS[backup.kind]}</td>
              <td>{countLabel(backup.interviewCount, 'interview')}</td>
              <td>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Restore the backup from ${backupTimeLabel(backup)}…`}
                  onClick={() => setRestoring(backup)}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </>
  )
}

function ExportButtons() {
  const services = useServices()
  const sampleIds = useStoreValue(services.data, (state) => state.sampleIds)
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Samples stay out unless asked for: they must never come back from an import as the user's own.
  const [withSamples, setWithSamples] = useState(false)
  const samplesId = useId()
  const run = async (format: ExportFormat) => {
    setBusy(format)
    setError(null)
    try {
      await exportData(services, format, withSamples && sampleIds.length > 0)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      {sampleIds.length > 0 && (
        <div className="settings-field settings-field-checkbox">
          <input
            id={samplesId}
            type="checkbox"
            checked={withSamples}
            onChange={(event) => setWithSamples(event.target.checked)}
          />
          <label htmlFor={samplesId}>Include the sample interviews</label>
        </div>
      )}
      <div className="settings-buttons">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy !== null}
          onClick={() => void run('json')}
        >
          <Icon name="export" />
          Export as JSON
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy !== null}
          onClick={() => void run('csv')}
        >
          <Icon name="export" />
          Export as CSV
        </button>
      </div>
      {error && (
        <p className="settings-alert" role="alert">
          <Icon name="error" />
          <span>The export failed: {error}</span>
        </p>
      )}
    </>
  )
}

/** Import fills an empty data folder only; archived interviews count, so they are asked for when the board is empty. */
function useFolderHasInterviews(): boolean | null {
  const { client, data } = useServices()
  const onBoard = useStoreValue(data, (state) => state.interviews.length)
  const load = useCallback(
    () => client.listInterviews({ includeArchived: true }).then((all) => all.length > 0),
    [client],
  )
  const { value: anyStored } = useHostQuery(onBoard === 0 ? load : null, interviewsChanged)
  return onBoard > 0 ? true : anyStored
}

function ImportPanel() {
  const services = useServices()
  const session = importSession(services.workbench)
  const { busy, outcome, unseen } = useStore(session)
  const hasInterviews = useFolderHasInterviews()
  // Pressable while that is still being asked, so the keyboard an error puts back here finds it (the host may
  // answer later); an import into a folder that has interviews is refused, saying so (importSession.ts).
  const blocked = hasInterviews === true
  const panelRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const outcomeRef = useRef<HTMLParagraphElement>(null)

  // An error sat below the window (its top at 636 px of 650) with the keyboard on the page's body (a
  // walkthrough): the outcome is scrolled into view, and the keyboard kept at Import, on the button while
  // it can be pressed again. Once for each outcome, and not when the keyboard has gone elsewhere.
  useEffect(() => {
    if (!unseen) return
    session.seen()
    outcomeRef.current?.scrollIntoView({ block: 'nearest' })
    const active = document.activeElement
    if (active && active !== document.body && !panelRef.current?.contains(active)) return
    const button = buttonRef.current
    if (button && !button.disabled) button.focus({ preventScroll: true })
    else headingRef.current?.focus({ preventScroll: true })
  }, [unseen, session])

  return (
    <div className="settings-subsection" ref={panelRef}>
      <h3
        ref={headingRef}
        className="settings-subtitle"
        id={blocked ? SETTINGS_TARGETS.import : undefined}
        tabIndex={-1}
      >
        Import
      </h3>
      <p className="settings-hint">
        Loads a JSON export, with its notes, into an empty data folder: one with no interviews, archived ones included.
      </p>
      {hasInterviews && (
        <p className="settings-note" role="note">
          This data folder already has interviews, so nothing can be imported into it. To import, start Debrief on a
          new, empty data folder (the --data-dir option) and import there.
        </p>
      )}
      <div className="settings-buttons">
        {/* Not disabled while importing: a disabled button drops the keyboard to the page's body. */}
        <button
          ref={buttonRef}
          type="button"
          id={blocked ? undefined : SETTINGS_TARGETS.import}
          className="button button-secondary"
          disabled={blocked}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) pickExportToImport(services)
          }}
        >
          <Icon name="cloud-upload" />
          {busy ? 'Importing…' : 'Import from a JSON export…'}
        </button>
      </div>
      {outcome && (
        <p
          ref={outcomeRef}
          className={outcome.ok ? 'settings-success' : 'settings-alert'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          <Icon name={outcome.ok ? 'pass' : 'error'} />
          <span>{outcome.message}</span>
        </p>
      )}
    </div>
  )
}

/** Takes a backup at once; the table lists it when the host says it is on disk. */
function BackUpNowButton({ onTaken }: { onTaken: () => void }) {
  const services = useServices()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const run = async () => {
    setBusy(true)
    setOutcome(null)
    try {
      const backup = await backUpNow(services)
      setOutcome({ ok: true, text: `Backed up at ${backupTimeLabel(backup)}.` })
      onTaken()
    } catch (error) {
      setOutcome({ ok: false, text: `The backup failed: ${messageOf(error)}` })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="settings-buttons">
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run()}>
        <Icon name="save-all" />
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
      {outcome && (
        <span className="settings-hint" role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </span>
      )}
    </div>
  )
}

export function DataSection() {
  // Each backup taken here lists the backups again (the host sends no event for it).
  const [taken, setTaken] = useState(0)
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.data}
      title="Data"
      // What is saved with Save is said at its field: the section said all of it acted at once, and the
      // field "saved with Save" (a walkthrough).
      description="Your interviews, notes and settings live in one data folder. Back up, restore, export and import act at once; they do not wait for Save."
    >
      <div className="settings-subsection">
        <h3 className="settings-subtitle" id={SETTINGS_TARGETS.backups} tabIndex={-1}>
          Backups
        </h3>
        <p className="settings-hint">
          Debrief backs up the data folder once a day while it runs. Copies set aside before a restore, and the ones you
          take, are always kept, so a restore can be undone.
        </p>
        <BackUpNowButton onTaken={() => setTaken(taken + 1)} />
        <BackupsTable key={taken} />
        <NumberField
          name="backupsToKeep"
          label="Daily backups to keep"
          hint="1 to 365. Saved with Save; daily backups beyond it go when the next day’s backup is taken."
          min={1}
          max={365}
        />
      </div>
      <div className="settings-subsection">
        <h3 className="settings-subtitle">Export</h3>
        <p className="settings-hint">
          Every interview, archived ones too: JSON with the notes, to import elsewhere; CSV, one row per interview, for
          a spreadsheet.
        </p>
        <ExportButtons />
      </div>
      <ImportPanel />
    </SettingsSection>
  )
}
