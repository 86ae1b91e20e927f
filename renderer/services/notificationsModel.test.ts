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

  it('shows three at most: a new one pushes out the oldest confirmation or hint, never a failure', () => {
    const notifications = new NotificationsModel()
    const messages = () => notifications.state.toasts.map((toast) => toast.message)
    notifications.error('Could not move Acme.')
    notifications.done('Marked one done.')
    notifications.info('Open an interview first.')
    notifications.done('Marked two done.')
    expect(messages()).toEqual(['Could not move Acme.', 'Open an interview first.', 'Marked two done.'])
    notifications.error('Could not move Globex.')
    notifications.error('Could not move Initech.')
    expect(messages()).toEqual(['Could not move Acme.', 'Could not move Globex.', 'Could not move Initech.'])
    // The ones pushed out are gone for good: no timer of theirs comes back to touch the list.
    vi.advanceTimersByTime(60_000)
    expect(messages()).toHaveLength(3)
  })

  it('keeps every toast while held, and gives one held past its time two seconds once let go', () => {
    const notifications = new NotificationsModel()
    const messages = () => notifications.state.toasts.map((toast) => toast.message)
    notifications.info('Copied.')
    vi.advanceTimersByTime(6_000)
    notifications.hold('pointer', true)
    notifications.done('Moved Globex to Thanked.')
    vi.advanceTimersByTime(60_000)
    expect(messages()).toEqual(['Copied.', 'Moved Globex to Thanked.'])

    // The keyboard came in while the pointer was there: letting go of one reason still holds.
    notifications.hold('focus', true)
    notifications.hold('pointer', false)
    vi.advanceTimersByTime(60_000)
    expect(messages()).toHaveLength(2)

    // Copied had 4 s left, Globex all its 10 s: the time spent held counts for neither.
    notifications.hold('focus', false)
    vi.advanceTimersByTime(3_999)
    expect(messages()).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(messages()).toEqual(['Moved Globex to Thanked.'])
    vi.advanceTimersByTime(6_000)
    expect(messages()).toEqual([])
  })

  it('lets a toast go two seconds after a hold that outlasted it, and forgets the pointer once none is left', () => {
    const notifications = new NotificationsModel()
    notifications.done('Archived Acme.')
    vi.advanceTimersByTime(9_500)
    notifications.hold('hidden', true)
    vi.advanceTimersByTime(30_000)
    notifications.hold('hidden', false)
    vi.advanceTimersByTime(1_999)
    expect(notifications.state.toasts).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(notifications.state.toasts).toEqual([])

    // The last toast went from under the pointer, which then sent no leave: the next one still goes.
    notifications.done('Snoozed.')
    notifications.hold('pointer', true)
    notifications.dismiss(notifications.state.toasts[0]!.id)
    notifications.done('Moved Globex to Thanked.')
    vi.advanceTimersByTime(10_000)
    expect(notifications.state.toasts).toEqual([])
  })

  it('a confirmation takes the place of the confirmations and refusals before it; hints and failures stay', () => {
    const notifications = new NotificationsModel()
    const undo = (id: string) => ({ label: 'Undo', run: () => undefined, undoesLastOf: id })
    const messages = () => notifications.state.toasts.map((toast) => toast.message)
    notifications.done('Undid “Move Acme to Result inquired”.')
    notifications.info('Copied.', { label: 'Open', run: () => undefined })
    notifications.refused('Hooli’s interview is still to come: it can move to Thanked once it has taken place.')
    notifications.error('Could not archive Globex.')
    // "Undid …" stood beside the next move, and the refusal beside the move made instead (a walkthrough).
    notifications.done('Moved Hooli to Not selected.', undo('hooli'))
    expect(messages()).toEqual(['Copied.', 'Could not archive Globex.', 'Moved Hooli to Not selected.'])
    // Marking two done in a row: the first notice went on without its Undo (a walkthrough); now it goes.
    notifications.done('Marked “Thank Dana” done.', undo('acme'))
    expect(messages()).toEqual(['Copied.', 'Could not archive Globex.', 'Marked “Thank Dana” done.'])
  })

  it('offers Undo on the newest notice alone, and on none once the history stepped', () => {
    const notifications = new NotificationsModel()
    const undo = (id: string) => ({ label: 'Undo', run: () => undefined, undoesLastOf: id })
    const offering = () => notifications.state.toasts.filter((toast) => toast.action).map((toast) => toast.message)
    notifications.info('Copied.', { label: 'Open', run: () => undefined })
    notifications.done('Moved Globex to Thanked.', undo('globex'))
    expect(offering()).toEqual(['Copied.', 'Moved Globex to Thanked.'])
    // Ctrl+Z of another interview's change (one with no notice): this one stays, without Undo.
    notifications.withdrawUndo('acme')
    expect(offering()).toEqual(['Copied.'])
    expect(notifications.state.toasts).toHaveLength(2)
  })

  it('takes away the notice of a change once it is undone', () => {
    const notifications = new NotificationsModel()
    const undo = (id: string) => ({ label: 'Undo', run: () => undefined, undoesLastOf: id })
    notifications.info('Copied.')
    notifications.done('Marked “Thank Dana” done.', undo('globex'))
    // "Marked … done" stayed beside "Undid “Mark done …”" (a walkthrough).
    notifications.withdrawUndo('globex')
    expect(notifications.state.toasts.map((toast) => toast.message)).toEqual(['Copied.'])
  })

  it('says a message given again once, as new', () => {
    const notifications = new NotificationsModel()
    notifications.info('Hooli’s interview is still to come.')
    notifications.done('Moved Acme to Thanked.')
    notifications.info('Hooli’s interview is still to come.')
    expect(notifications.state.toasts.map((toast) => toast.message)).toEqual([
      'Moved Acme to Thanked.',
      'Hooli’s interview is still to come.',
    ])
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
