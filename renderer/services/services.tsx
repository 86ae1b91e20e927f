import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { Client } from '../../shared/api/client'
import { taskTitles } from '../../shared/workflow/task-kinds'
import { BoardModel } from './boardModel'
import { localStorageBackup } from './notesBackup'
import { NotesSessions } from './notesSessions'
import { sendOnUnload } from './unloadSave'
import { askChoice } from '../ui/ConfirmDialog'
import { DataStore } from './dataStore'
import { NotificationsModel } from './notificationsModel'
import { saveBeforeClosing } from './saveBeforeClosing'
import type { Store } from './store'
import { ThemeService } from './themeService'
import { WorkbenchModel, type Tab } from './workbenchModel'

/** Everything the workbench's components and commands share; one instance per window. */
export interface Services {
  client: Client
  data: DataStore
  board: BoardModel
  workbench: WorkbenchModel
  notifications: NotificationsModel
  theme: ThemeService
  notes: NotesSessions
}

/** A tab's title. An interview archived while its tab is open keeps its own: the tab read "Interview" (a walkthrough). */
export function tabTitle(data: DataStore, tab: Tab): string {
  if (tab.kind === 'board') return 'Board'
  if (tab.kind === 'new') return 'New interview'
  if (tab.kind === 'insights') return 'Insights'
  if (tab.kind === 'settings') return 'Settings'
  const parts = interviewTabParts(data, tab)
  if (!parts) return 'Interview'
  return `${parts.company}${parts.round > 1 ? `, round ${parts.round}` : ''} · ${parts.role}`
}

/**
 * An interview tab's title in its parts: two rounds of one process open side by side read the same
 * without the round, so the tab strip shows it apart, where a narrow tab does not cut it off (a
 * walkthrough's two tabs both read "Cont…", then "North…", at 1000 px).
 */
export function interviewTabParts(data: DataStore, tab: Tab): { company: string; round: number; role: string } | null {
  if (tab.kind !== 'interview') return null
  const interview = data.knownInterview(tab.interviewId)
  if (!interview) return null
  return { company: interview.company, round: interview.round, role: interview.role }
}

/** `data`: the window's data store when it was made, and set loading, before the UI (boot.ts). */
export function createServices(client: Client, data = new DataStore(client)): Services {
  const workbench: WorkbenchModel = new WorkbenchModel({
    confirmDiscard: async (tab) => {
      const choice = await askChoice({
        title: 'Save changes before closing?',
        message: `“${tabTitle(data, tab)}” has changes that are not saved. Closing it without saving throws them away.`,
        preferredLabel: 'Save',
        confirmLabel: 'Don’t save',
        cancelLabel: 'Cancel',
        danger: true,
      })
      if (choice === 'preferred') void saveBeforeClosing(workbench, tab.key)
      return choice === 'confirm'
    },
  })
  const notifications = new NotificationsModel()
  const notes = new NotesSessions({
    client,
    backup: localStorageBackup(),
    sendOnUnload: (write) => void sendOnUnload(client, 'writeNotes', write).catch(() => undefined),
    onClosedUnsaved: (id, reason) =>
      notifications.error(
        `The notes for ${data.interviewById(id)?.company ?? 'that interview'} are not saved yet: ${reason} ` +
          'They are kept in this window and come back when you open the interview again.',
      ),
    // Said as a click on Done says it ("Marked “…” done."): the follow-up leaves Next with no click of the user's.
    onSummaryWritten: (id) =>
      notifications.done(
        `Marked “${taskTitles.writeSummary()}” done for ${data.interviewById(id)?.company ?? 'this interview'}: your notes hold a summary.`,
      ),
  })
  return {
    client,
    data,
    board: new BoardModel(data),
    workbench,
    notifications,
    theme: new ThemeService(data),
    notes,
  }
}

const ServicesContext = createContext<Services | null>(null)

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext value={services}>{children}</ServicesContext>
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>')
  return services
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/**
 * One part of a store's state: the component renders again only when that part changes, not on every
 * change of the store (a card moved re-renders the board, not each toolbar and prompt holding a field,
 * whose inputs React sets again on every render). `select` returns a value of the state as it is, never a new object.
 */
export function useStoreValue<T, V>(store: Store<T>, select: (state: T) => V): V {
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()))
}
