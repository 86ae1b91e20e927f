import { basename } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { trayContents } from '../../../electron/main/upcoming'
import { setupTray, trayMenuTemplate } from '../../../electron/main/tray'
import { interviewWith, shellHost, task } from './fake-host'
import { app, resetFakeElectron, Tray } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const actions = { show: vi.fn(), open: vi.fn(), quit: vi.fn() }

function contents(labels: string[], waiting = 0, interviews: string[] = []) {
  return {
    lines: labels.map((label, index) => ({ label, target: { interviewId: `i${index}`, taskId: `t${index}` } })),
    interviews: interviews.map((label, index) => ({
      label,
      target: { interviewId: `n${index}`, view: 'prepare' as const },
    })),
    waiting,
  }
}

function labels(template: MenuItemConstructorOptions[]): (string | undefined)[] {
  return template.filter((item) => item.type !== 'separator').map((item) => item.label)
}

function click(template: MenuItemConstructorOptions[], label: string) {
  const item = template.find((candidate) => candidate.label === label)
  ;(item?.click as (() => void) | undefined)?.()
}

function liveTrays() {
  return Tray.trays.filter((tray) => !tray.destroyed)
}

function menuOf(tray: Tray | undefined): MenuItemConstructorOptions[] {
  return (tray?.menu?.template ?? []) as MenuItemConstructorOptions[]
}

describe('the tray menu', () => {
  it('offers Show Debrief, the next follow-ups, and Quit', () => {
    const template = trayMenuTemplate(contents(['Today 14:30 · Thank Dana (Acme)']), actions, 'linux')
    expect(labels(template)).toEqual(['Show Debrief', 'Next follow-ups', 'Today 14:30 · Thank Dana (Acme)', 'Quit'])
    expect(labels(trayMenuTemplate(contents([]), actions, 'linux'))).toEqual([
      'Show Debrief',
      'No follow-ups to do',
      'Quit',
    ])
  })

  it('lists the next interviews below the follow-ups, a next round opening on its preparation view', () => {
    const template = trayMenuTemplate(
      contents(['Today 14:30 · Thank Dana (Acme)'], 0, ['Tue 21 Oct 10:00 · Acme, round 2']),
      actions,
      'linux',
    )
    expect(labels(template)).toEqual([
      'Show Debrief',
      'Next follow-ups',
      'Today 14:30 · Thank Dana (Acme)',
      'Next interviews',
      'Tue 21 Oct 10:00 · Acme, round 2',
      'Quit',
    ])
    click(template, 'Tue 21 Oct 10:00 · Acme, round 2')
    expect(actions.open).toHaveBeenCalledWith({ interviewId: 'n0', view: 'prepare' })
  })

  it('opens the interview on the follow-up a line names', () => {
    const template = trayMenuTemplate(contents(['Overdue · Thank Dana (Acme)']), actions, 'linux')
    click(template, 'Overdue · Thank Dana (Acme)')
    expect(actions.open).toHaveBeenCalledWith({ interviewId: 'i0', taskId: 't0' })
  })

  it('says how many reminders wait while desktop notifications are unavailable', () => {
    expect(labels(trayMenuTemplate(contents([], 3), actions, 'linux'))).toContain(
      '3 reminders wait for desktop notifications',
    )
  })

  it('shows an ampersand in a company name as written, on every platform', () => {
    const line = 'Overdue · Call (Procter & Gamble)'
    expect(labels(trayMenuTemplate(contents([line]), actions, 'win32'))).toContain('Overdue · Call (Procter && Gamble)')
    expect(labels(trayMenuTemplate(contents([line]), actions, 'linux'))).toContain('Overdue · Call (Procter && Gamble)')
    expect(labels(trayMenuTemplate(contents([line]), actions, 'darwin'))).toContain(line)
  })
})

describe('setupTray', () => {
  beforeEach(() => resetFakeElectron())

  function start(keepRunningInTray: boolean) {
    const shell = shellHost({ keepRunningInTray }, [interviewWith('Acme', [task('Thank Dana', '2099-01-05T10:00')])])
    const showMainWindow = vi.fn()
    const openFollowUp = vi.fn()
    const tray = setupTray({
      host: shell.host,
      upcoming: () => trayContents(shell.host),
      showMainWindow,
      openFollowUp,
    })
    return { ...shell, tray, showMainWindow, openFollowUp }
  }

  it('puts Debrief in the tray with its icon and the next follow-ups when keepRunningInTray is on', async () => {
    const { tray } = start(true)

    await vi.waitFor(() => expect(menuOf(liveTrays()[0]).length).toBeGreaterThan(0))
    const [icon] = liveTrays()
    expect(icon?.image.isEmpty()).toBe(false)
    expect(basename(icon?.image.path ?? '')).toBe('tray.png')
    expect(icon?.toolTip).toBe('Debrief')
    expect(labels(menuOf(icon)).some((label) => label?.endsWith('Thank Dana (Acme)'))).toBe(true)
    expect(tray.keepsAppRunning()).toBe(true)
  })

  it('shows the window and quits from the menu', async () => {
    const { showMainWindow } = start(true)
    await vi.waitFor(() => expect(menuOf(liveTrays()[0]).length).toBeGreaterThan(0))

    click(menuOf(liveTrays()[0]), 'Show Debrief')
    click(menuOf(liveTrays()[0]), 'Quit')

    expect(showMainWindow).toHaveBeenCalledTimes(1)
    expect(app.quit).toHaveBeenCalledTimes(1)
  })

  it('leaves and comes back as the user turns keepRunningInTray off and on', async () => {
    const { tray, setPreferences } = start(false)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(liveTrays()).toHaveLength(0)
    expect(tray.keepsAppRunning()).toBe(false)

    setPreferences({ keepRunningInTray: true })
    await vi.waitFor(() => expect(liveTrays()).toHaveLength(1))
    expect(tray.keepsAppRunning()).toBe(true)

    setPreferences({ keepRunningInTray: false })
    await vi.waitFor(() => expect(liveTrays()).toHaveLength(0))
    expect(tray.keepsAppRunning()).toBe(false)
  })

  it('redraws the follow-ups when interviews change', async () => {
    const { replaceInterviews } = start(true)
    await vi.waitFor(() => expect(menuOf(liveTrays()[0]).length).toBeGreaterThan(0))

    replaceInterviews([interviewWith('Globex', [task('Ask Sam for the result', '2099-01-02T10:00')])])

    await vi.waitFor(() =>
      expect(labels(menuOf(liveTrays()[0])).some((label) => label?.endsWith('Ask Sam for the result (Globex)'))).toBe(
        true,
      ),
    )
    expect(labels(menuOf(liveTrays()[0])).some((label) => label?.includes('Acme'))).toBe(false)
  })
})
