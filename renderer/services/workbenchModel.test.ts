import { describe, expect, it } from 'vitest'
import { BOARD_TAB, interviewTabKey, WorkbenchModel } from './workbenchModel'

const ID = '3f1d9a52-8c7e-4b6a-9d2f-1a2b3c4d5e6f'

function model(answer = true) {
  const asked: string[] = []
  const workbench = new WorkbenchModel({
    confirmDiscard: (tab) => {
      asked.push(tab.key)
      return answer
    },
  })
  return { workbench, asked }
}

describe('WorkbenchModel', () => {
  it('starts on the board and opens each interview once', () => {
    const { workbench } = model()
    expect(workbench.state.tabs).toEqual([BOARD_TAB])
    workbench.openInterview(ID)
    workbench.openInterview(ID)
    expect(workbench.state.tabs.map((tab) => tab.key)).toEqual(['board', interviewTabKey(ID)])
    expect(workbench.state.activeKey).toBe(interviewTabKey(ID))
  })

  it('opens an interview to look at as a preview, which the next one opened takes the place of', () => {
    const { workbench } = model()
    const [acme, globex, initech] = ['a', 'b', 'c'].map((letter) => ID.replace(/^3/, letter))
    const keys = () => workbench.state.tabs.map((tab) => tab.key)
    workbench.openInterview(acme!)
    workbench.openInterview(globex!)
    expect(keys()).toEqual(['board', interviewTabKey(globex!)])
    expect(workbench.state.previewKey).toBe(interviewTabKey(globex!))

    // Kept (an edit, a double click), it stays; the next preview opens beside it, in its own place.
    workbench.keep(interviewTabKey(globex!))
    workbench.openInterview(acme!)
    workbench.showSettings()
    workbench.openInterview(initech!)
    expect(keys()).toEqual(['board', interviewTabKey(globex!), interviewTabKey(initech!), 'settings'])
    expect(workbench.state.activeKey).toBe(interviewTabKey(initech!))

    // A form with unsaved changes is kept at once; opened with `keep`, a tab never is a preview.
    workbench.setDirty(interviewTabKey(initech!), true)
    expect(workbench.state.previewKey).toBeNull()
    workbench.openInterview(acme!, { keep: true })
    workbench.openInterview(globex!)
    expect(keys()).toEqual([
      'board',
      interviewTabKey(globex!),
      interviewTabKey(initech!),
      'settings',
      interviewTabKey(acme!),
    ])
    expect(workbench.state.previewKey).toBeNull()
  })

  it('reuses an untouched "New interview" tab but not one with typing in it', () => {
    const { workbench } = model()
    workbench.openNewInterview()
    workbench.openNewInterview()
    expect(workbench.state.tabs.filter((tab) => tab.kind === 'new')).toHaveLength(1)
    workbench.setDirty(workbench.state.activeKey!, true)
    workbench.openNewInterview()
    expect(workbench.state.tabs.filter((tab) => tab.kind === 'new')).toHaveLength(2)
  })

  it('asks before closing a tab with unsaved changes and keeps it when the user says no', () => {
    const { workbench, asked } = model(false)
    workbench.openNewInterview()
    const key = workbench.state.activeKey!
    workbench.setDirty(key, true)
    expect(workbench.close(key)).toBe(false)
    expect(asked).toEqual([key])
    expect(workbench.state.tabs.some((tab) => tab.key === key)).toBe(true)
    expect(workbench.close(key, { force: true })).toBe(true)
    expect(workbench.state.dirtyKeys).toEqual([])
  })

  it('closes a tab with unsaved changes once an in-app dialog answers yes, and keeps it on no', async () => {
    const answers: Array<(confirmed: boolean) => void> = []
    const workbench = new WorkbenchModel({ confirmDiscard: () => new Promise((resolve) => answers.push(resolve)) })
    workbench.openNewInterview()
    const key = workbench.state.activeKey!
    workbench.setDirty(key, true)

    expect(workbench.close(key)).toBe(false)
    answers[0]!(false)
    await Promise.resolve()
    expect(workbench.state.tabs.some((tab) => tab.key === key)).toBe(true)

    expect(workbench.close(key)).toBe(false)
    expect(workbench.state.tabs.some((tab) => tab.key === key)).toBe(true)
    answers[1]!(true)
    await Promise.resolve()
    expect(workbench.state.tabs.some((tab) => tab.key === key)).toBe(false)
    expect(workbench.state.dirtyKeys).toEqual([])
  })

  it('restores the last session’s tabs, unless the user has already opened or switched a tab', () => {
    const restored = [BOARD_TAB, { key: interviewTabKey(ID), kind: 'interview' as const, interviewId: ID }]
    const fresh = model().workbench
    fresh.restoreTabs(restored, interviewTabKey(ID))
    expect(fresh.state.tabs).toEqual(restored)
    expect(fresh.state.activeKey).toBe(interviewTabKey(ID))

    const busy = model().workbench
    busy.showBoard()
    busy.restoreTabs(restored, interviewTabKey(ID))
    expect(busy.state.tabs).toEqual([BOARD_TAB])
  })

  it('restores the last session’s side bar, unless the user has already shown, switched or hidden it', () => {
    const fresh = model().workbench
    fresh.restoreSidebar('today', true)
    expect([fresh.state.sidebarView, fresh.state.sidebarVisible]).toEqual(['today', true])

    const busy = model().workbench
    busy.toggleSidebarView('search')
    busy.restoreSidebar('today', false)
    expect([busy.state.sidebarView, busy.state.sidebarVisible]).toEqual(['search', true])
  })

  it('keeps the side bar the user chose while a narrow window hides it, for the next start', () => {
    const narrow = model().workbench
    narrow.hideSidebarForNarrowWindow()
    expect(narrow.state.sidebarVisible).toBe(false)
    expect(narrow.sidebarChosenVisible).toBe(true)
    // The last session's side bar arrives: its view is taken, the window stays clear, the choice kept.
    narrow.restoreSidebar('today', true)
    expect([narrow.state.sidebarView, narrow.state.sidebarVisible, narrow.sidebarChosenVisible]).toEqual([
      'today',
      false,
      true,
    ])
    // The user shows it (Ctrl+B) and hides it again: now hidden is their choice.
    narrow.toggleSidebar()
    narrow.toggleSidebar()
    expect(narrow.sidebarChosenVisible).toBe(false)
  })

  it('closes a clean tab without asking and activates its neighbour', () => {
    const { workbench, asked } = model()
    workbench.openInterview(ID)
    workbench.closeActive()
    expect(asked).toEqual([])
    expect(workbench.state.activeKey).toBe('board')
  })

  it('turns a saved new interview’s tab into the interview’s tab, shown, with the board’s tab at hand', () => {
    const { workbench } = model()
    workbench.close('board')
    workbench.openNewInterview()
    const newKey = workbench.state.activeKey!
    workbench.setDirty(newKey, true)
    workbench.completeNewInterview(newKey, ID)
    expect(workbench.state.tabs.map((tab) => tab.key)).toEqual(['board', interviewTabKey(ID)])
    expect(workbench.state.activeKey).toBe(interviewTabKey(ID))
    expect(workbench.state.dirtyKeys).toEqual([])
  })

  it('keeps a hidden form’s draft while its tab is open, and forgets it once closed', () => {
    const { workbench } = model()
    workbench.openNewInterview()
    const key = workbench.state.activeKey!
    const draft = { values: { company: 'Acme', role: '', date: '', time: '', timeZone: 'UTC' }, stage: null }
    workbench.keepDraft(key, draft)
    expect(workbench.takeDraft(key)).toBe(draft)
    expect(workbench.takeDraft(key)).toBeUndefined()
    workbench.keepDraft(key, draft)
    workbench.close(key)
    workbench.keepDraft(key, draft)
    expect(workbench.takeDraft(key)).toBeUndefined()
  })
})
