import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ActionRefused, NotificationsModel } from './notificationsModel'

describe('NotificationsModel', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('lets a confirmation and a hint go after ten seconds, and keeps a failure until it is closed', () => {
    const notifications = new NotificationsModel()
    notifications.done('Archived Acme.')
    notifications.info('Open an interview first.')
    notifications.error('Could not archive Globex: the host is gone.')
    expect(notifications.state.toasts.map((toast) => toast.kind)).toEqual(['done', 'info', 'error'])

    vi.advanceTimersByTime(60_000)
    const left = notifications.state.toasts
    expect(left.map((toast) => toast.message)).toEqual(['Could not archive Globex: the host is gone.'])

    notifications.dismiss(left[0]!.id)
    expect(notifications.state.toasts).toEqual([])
  })

  it('tells a refused command as a hint in its own words, and names the command that failed', () => {
    const notifications = new NotificationsModel()
    notifications.commandFailed('Board: Archive card', new ActionRefused('Select a card on the board first.'))
    notifications.commandFailed('Board: Archive card', new Error('The host is gone.'))
    expect(notifications.state.toasts.map(({ kind, message }) => [kind, message])).toEqual([
      ['info', 'Select a card on the board first.'],
      ['error', 'Board: Archive card failed: The host is gone.'],
    ])
  })
})
