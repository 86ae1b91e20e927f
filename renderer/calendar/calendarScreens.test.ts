import { describe, expect, it } from 'vitest'
import { messageDraftsFor } from '../messages/messageDrafts'
import { WorkbenchModel } from '../services/workbenchModel'
import { addressOf, calendarScreensFor, openTarget, targetFromAddress } from './calendarScreens'

describe("the browser app's address", () => {
  it('opens the quick debrief or the preparation view of one interview', () => {
    const id = '8a6e0804-2bd0-4c43-8a3c-1b6e2d8f6a11'
    expect(targetFromAddress(`?debrief=${id}`)).toEqual({ interviewId: id, view: 'quick-debrief' })
    expect(targetFromAddress(`?prepare=${id}&other=1`)).toEqual({ interviewId: id, view: 'prepare' })
    expect(targetFromAddress(addressOf({ view: 'prepare', interviewId: id }))).toEqual({
      interviewId: id,
      view: 'prepare',
    })
  })

  it('asks for nothing without a parameter, or with one that is no interview id', () => {
    expect(targetFromAddress('')).toBeNull()
    expect(targetFromAddress('?debrief=')).toBeNull()
    expect(targetFromAddress('?debrief=%3Cscript%3E')).toBeNull()
  })
})

describe('a reminder’s click', () => {
  it('opens a calendar prompt’s screen over its interview’s tab', () => {
    const workbench = new WorkbenchModel({ confirmDiscard: () => true })
    openTarget(workbench, { interviewId: 'acme', view: 'quick-debrief' })
    expect(workbench.activeTab).toEqual({ key: 'interview:acme', kind: 'interview', interviewId: 'acme' })
    expect(calendarScreensFor(workbench).state.open).toEqual({ view: 'quick-debrief', interviewId: 'acme' })

    openTarget(workbench, { interviewId: 'globex', view: 'prepare' })
    expect(calendarScreensFor(workbench).state.open).toEqual({ view: 'prepare', interviewId: 'globex' })
  })

  it('opens any other reminder on its interview and follow-up, with no screen over it', () => {
    const workbench = new WorkbenchModel({ confirmDiscard: () => true })
    openTarget(workbench, { interviewId: 'acme', taskId: 'thank-dana' })
    expect(workbench.activeTab).toMatchObject({ interviewId: 'acme' })
    expect(messageDraftsFor(workbench).of('acme')).toMatchObject({ taskId: 'thank-dana', focusRequested: 'follow-up' })
    expect(calendarScreensFor(workbench).state.open).toBeNull()
  })
})
