import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mailtoUrl, parseMailtoUrl } from '../../../shared/messages'
import { setupSecurity } from '../../../electron/main/security'
import { app, FakeWebContents, resetFakeElectron, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

/** The Messages pane's "Email …" links are plain <a href="mailto:…">: the desktop app must hand them on intact. */
describe('a mail link clicked in the desktop app', () => {
  beforeEach(() => {
    resetFakeElectron()
    setupSecurity({ kind: 'app', root: '/opt/debrief/resources/app/out/renderer' })
  })

  it('goes to the mail app with its subject and text unchanged, and the page stays', () => {
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    const subject = `Thank you – "Zoë" O'Brien & Søn`
    const body = 'Dear Zoë,\n\n100% #1? a+b=c; <img src=x onerror=alert(1)>\n株式会社 😀'
    const href = mailtoUrl({ to: 'zoe@obrien.example', subject, body })
    const click = { url: href, isMainFrame: true, isSameDocument: false, preventDefault: vi.fn() }

    contents.emit('will-navigate', click)

    expect(click.preventDefault).toHaveBeenCalled()
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
    const opened = shell.openExternal.mock.calls[0]![0]
    expect(parseMailtoUrl(opened)).toEqual({ to: ['zoe@obrien.example'], cc: [], bcc: [], subject, body })
  })
})
