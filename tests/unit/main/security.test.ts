import { beforeEach, describe, expect, it, vi } from 'vitest'
import { isSafeExternalUrl, setupSecurity } from '../../../electron/main/security'
import { app, FakeWebContents, resetFakeElectron, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

function navigation(url: string, extra: { isMainFrame?: boolean; isSameDocument?: boolean } = {}) {
  return { url, isMainFrame: true, isSameDocument: false, ...extra, preventDefault: vi.fn() }
}

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/dana-smith', true],
    ['HTTPS://example.com/jobs', true],
    ['mailto:dana@acme.example', true],
    ['mailto:dana@acme.example?subject=Thank%20you&body=Hello', true],
    // Look-alikes: the system browser shows the real host (evil.example / linkedin.com); any https page may open.
    ['https://linkedin.com@evil.example/login', true],
    ['https://evil.com@linkedin.com', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://server/share/payload.exe', false],
    ['smb://attacker.example/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['vscode://file/etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['mailto:dana@acme.example?attach=/home/user/.ssh/id_rsa', false],
    ['mailto:dana@acme.example?ATTACHMENT=C:\\secrets.txt', false],
    ['//linkedin.com/in/dana', false],
    ['linkedin.com/in/dana', false],
    ['https://', false],
    ['', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe)
  })
})

describe('setupSecurity on every web page', () => {
  let contents: FakeWebContents

  beforeEach(() => {
    resetFakeElectron()
    setupSecurity({ kind: 'app', root: '/opt/debrief/resources/app/out/renderer' })
    contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
  })

  it('denies window.open and sends only https and mailto links to the system', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://www.linkedin.com/in/dana' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'mailto:dana@acme.example' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'smb://attacker.example/share' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'http://example.com' })).toEqual({ action: 'deny' })

    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.linkedin.com/in/dana',
      'mailto:dana@acme.example',
    ])
  })

  it('keeps the page in place on any navigation, opening a clicked web link in the browser', () => {
    const toWeb = navigation('https://example.com/jobs')
    const toFile = navigation('file:///etc/passwd')
    contents.emit('will-navigate', toWeb)
    contents.emit('will-navigate', toFile)

    expect(toWeb.preventDefault).toHaveBeenCalled()
    expect(toFile.preventDefault).toHaveBeenCalled()
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://example.com/jobs'])
  })

  it('stops redirects that leave the document, and any webview', () => {
    const away = navigation('https://evil.example/', { isSameDocument: false })
    const inPage = navigation('http://localhost:5173/#board', { isSameDocument: true })
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-redirect', away)
    contents.emit('will-redirect', inPage)
    contents.emit('will-attach-webview', webview)

    expect(away.preventDefault).toHaveBeenCalled()
    expect(inPage.preventDefault).not.toHaveBeenCalled()
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('denies every permission request and check but copying to the clipboard from our own page', () => {
    const ours = 'app://debrief/index.html'
    const request = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined
      contents.session.permissionRequestHandler?.(contents, permission, (allow: boolean) => (granted = allow), {
        requestingUrl,
      })
      return granted
    }
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(request(permission, ours)).toBe(false)
      expect(contents.session.permissionCheckHandler?.(contents, permission, 'app://debrief', {})).toBe(false)
    }
    expect(request('clipboard-sanitized-write', ours)).toBe(true)
    expect(contents.session.permissionCheckHandler?.(contents, 'clipboard-sanitized-write', 'app://debrief', {})).toBe(
      true,
    )
    // A page that is not ours (the letter printed to PDF, a stray frame) gets nothing.
    expect(request('clipboard-sanitized-write', 'data:text/html,letter')).toBe(false)
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(
      contents.session.permissionCheckHandler?.(contents, 'clipboard-sanitized-write', 'https://evil.example', {}),
    ).toBe(false)
  })
})
